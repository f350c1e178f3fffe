import { openAlmanacExport } from '@/db/store';
import { fail } from '@/lib/failure';
import { parseExportFilter } from '@/lib/import/export-filter';
import { cmsRoute, NO_STORE } from '@/server/route';

/**
 * GET /api/cms/export?category=&status=&kind=&yearFrom=&yearTo=&updatedSince=&trash=1 (admins):
 * the events the filter takes as an Almanac JSON file, streamed as an attachment from one read
 * transaction. 400 `{ error }` for a bad filter, 401/403 without an admin.
 */
export const GET = cmsRoute({ role: 'admin', sameSiteOnly: true }, async (request, { actor }) => {
  const parsed = parseExportFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return fail('invalid', parsed.error);
  const opened = await openAlmanacExport(actor, parsed.filter);
  const { chunks, close } = opened;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    // One batch of events per pull: the response is written as the reader takes it.
    pull(controller) {
      try {
        const next = chunks.next();
        if (next.done) {
          close();
          controller.close();
        } else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        close();
        controller.error(error);
      }
    },
    cancel() {
      chunks.return(undefined);
      close();
    },
  });
  return new Response(stream, {
    headers: {
      ...NO_STORE,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${opened.fileName}"`,
      'X-Almanac-Event-Count': String(opened.eventCount),
    },
  });
});
