import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { isValidRevalidateSecret } from '@/lib/server/revalidate-secret';

const bodySchema = z.object({
  tags: z
    .array(z.string().regex(/^[a-z]+(?::[\w-]+)?$/, 'not a cache tag'))
    .min(1)
    .max(200),
});

/**
 * Lets local command-line tools (the importer) expire cached pages after writing to the database.
 * Authorised only by the secret file beside the database, which only someone with access to the
 * server's data directory can read.
 */
export async function POST(request: Request) {
  if (!isValidRevalidateSecret(request.headers.get('x-revalidate-secret'))) {
    return Response.json({ error: 'Not allowed' }, { status: 403 });
  }
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return Response.json({ error: 'Body must be JSON: {"tags": [...]}' }, { status: 400 });
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues[0]?.message ?? 'Invalid body' }, { status: 400 });
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags });
}
