import { after } from 'next/server';
import { beginImportJob, discardImportJob, getImportJob, runImportJob } from '@/db/store';
import { fail } from '@/lib/failure';
import { cmsRoute, NO_STORE } from '@/server/route';
import { revalidateEventTags } from '@/server/revalidate-event';

type Context = { params: Promise<{ id: string }> };

/** GET /api/cms/import/{id} (admins): the job, its preview, progress and result; the import page polls it. */
export const GET = cmsRoute<Context>({ role: 'admin' }, async (_request, { actor, context }) => {
  const { id } = await context.params;
  const job = await getImportJob(actor, id);
  if (!job) return fail('not_found', 'That import no longer exists.');
  return Response.json({ job }, { headers: NO_STORE });
});

/**
 * POST /api/cms/import/{id} (admins): starts the previewed import (or resumes one that stopped) and
 * answers 202 at once; the import runs after the response, one transaction per batch, and expires
 * the public pages it changed when it is done.
 */
export const POST = cmsRoute<Context>(
  { role: 'admin', sameSiteOnly: true },
  async (_request, { actor, context }) => {
    const { id } = await context.params;
    const started = await beginImportJob(actor, id);
    if (!started.ok) return fail(started.code, started.error);
    after(() =>
      runImportJob(id, { onFinished: (tags) => revalidateEventTags(tags, 'route-handler') }),
    );
    return Response.json({ job: started.job }, { status: 202, headers: NO_STORE });
  },
);

/** DELETE /api/cms/import/{id} (admins): drops a job that is not running (cancel after the preview). */
export const DELETE = cmsRoute<Context>(
  { role: 'admin', sameSiteOnly: true },
  async (_request, { actor, context }) => {
    const { id } = await context.params;
    if (!(await discardImportJob(actor, id)))
      return fail('conflict', 'That import is running or no longer exists.');
    return Response.json({ ok: true }, { headers: NO_STORE });
  },
);
