import { z } from 'zod';
import { createImportJob, IMPORT_MAX_BYTES } from '@/db/store';
import { fail } from '@/lib/failure';
import { SLUG_PATTERN } from '@/lib/slugs';
import { cmsRoute, NO_STORE, readBodyWithin } from '@/server/route';

// Multipart form parts beyond the files themselves (names, options, boundaries).
const FORM_OVERHEAD = 256 * 1024;

const optionsSchema = z.object({
  status: z.enum(['draft', 'published'], {
    error: 'Choose whether to import as drafts or published.',
  }),
  category: z
    .string({ error: 'Choose a category.' })
    .regex(SLUG_PATTERN, { error: 'Choose a category.' }),
});

/**
 * POST /api/cms/import (admins): multipart `file` (one or more JSON files), `status`, `category`.
 * Keeps the upload as an import job and answers 201 `{ job }` with its preview; 400 `{ error }` for
 * a file that is not JSON or in no known format, 413 beyond the size limit, 401/403 without an admin.
 */
export const POST = cmsRoute({ role: 'admin', sameSiteOnly: true }, async (request, { actor }) => {
  const body = await readBodyWithin(request, IMPORT_MAX_BYTES + FORM_OVERHEAD);
  if (!body)
    return fail(
      'too_large',
      `The upload is too large: at most ${IMPORT_MAX_BYTES / 1048576} MB of files at once.`,
    );
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return fail('invalid', 'Send the files as a multipart form (field "file").');
  }

  const options = optionsSchema.safeParse({
    status: form.get('status'),
    category: form.get('category'),
  });
  if (!options.success)
    return fail('invalid', options.error.issues[0]?.message ?? 'Check the options.');
  const uploads = form.getAll('file').filter((f): f is File => typeof f !== 'string' && f.size > 0);
  const files: { name: string; text: string }[] = [];
  for (const file of uploads) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('invalid', `${file.name}: not a text file (JSON must be UTF-8).`);
    }
    files.push({ name: file.name, text });
  }

  const result = await createImportJob(actor, { files, ...options.data });
  if (!result.ok) return fail('invalid', result.error);
  return Response.json({ job: result.job }, { status: 201, headers: NO_STORE });
});
