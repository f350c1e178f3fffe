import { after } from 'next/server';
import {
  beginImportJob,
  discardImportJob,
  getImportJob,
  runImportJob,
} from '@/db/queries/import-jobs';
import { jsonError, NO_STORE, refusal, refuseCrossSite } from '@/server/cms-route';
import { revalidateEventTags } from '@/server/revalidate-event';

type Context = { params: Promise<{ id: string }> };

/** GET /api/cms/import/{id} (admins): the job, its preview, progress and result; the import page polls it. */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  try {
    const job = await getImportJob(id);
    if (!job) return jsonError(404, 'That import no longer exists.');
    return Response.json({ job }, { headers: NO_STORE });
  } catch (error) {
    return refusal(error);
  }
}

/**
 * POST /api/cms/import/{id} (admins): starts the previewed import (or resumes one that stopped) and
 * answers 202 at once; the import runs after the response, one transaction per batch, and expires
 * the public pages it changed when it is done.
 */
export async function POST(request: Request, { params }: Context) {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const { id } = await params;
  try {
    const started = await beginImportJob(id);
    if (!started.ok) return jsonError(started.code === 'not_found' ? 404 : 409, started.error);
    after(() =>
      runImportJob(id, { onFinished: (tags) => revalidateEventTags(tags, 'route-handler') }),
    );
    return Response.json({ job: started.job }, { status: 202, headers: NO_STORE });
  } catch (error) {
    return refusal(error);
  }
}

/** DELETE /api/cms/import/{id} (admins): drops a job that is not running (cancel after the preview). */
export async function DELETE(request: Request, { params }: Context) {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const { id } = await params;
  try {
    if (!(await discardImportJob(id)))
      return jsonError(409, 'That import is running or no longer exists.');
    return Response.json({ ok: true }, { headers: NO_STORE });
  } catch (error) {
    return refusal(error);
  }
}
