import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { BROAD_CACHE_TAGS } from '@/lib/cache-tags';

/**
 * Expires the cached public pages an event change touched (the tags come from the data layer).
 * From a server action (the default) the pages of the event itself (its page, days, years,
 * category, tags, people, linked events) are expired at once with updateTag, so the editor's next
 * look, and every reader's, shows the change, and an unpublished event is gone at once; the broad
 * 'events' and 'categories' tags are marked stale ('max': served once more while they refresh).
 * Route handlers cannot call updateTag: there `{ expire: 0 }` does the same.
 */
export function revalidateEventTags(
  tags: readonly string[],
  from: 'action' | 'route-handler' = 'action',
): void {
  for (const tag of new Set(tags)) {
    if (BROAD_CACHE_TAGS.has(tag)) revalidateTag(tag, 'max');
    else if (from === 'action') updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
}
