import { renderEventCardImage } from '@/components/site/event-og-image';
import { dateLabel } from '@/components/site/format';
import { getCachedEvent, resolveEventSlug } from '@/server/public-cache';
import { getConfig } from '@/lib/config';
import { decodeParam } from '../../../_lib/params';

/*
 * The event page's Open Graph / Twitter image. A route of its own rather than the opengraph-image file
 * convention: its address is known to the page (the JSON-LD names it too, and it carries the event's
 * version so social networks fetch a new card after an edit), where the convention's address gets a
 * hashed suffix inside a route group. Rendered on first request, then cached like the page (ISR, tagged
 * by the event read).
 */
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

const KIND = { event: 'Event', birth: 'Birth', death: 'Death', observance: 'Observance' } as const;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const found = await resolveEventSlug(decodeParam((await params).slug));
  const event = found ? await getCachedEvent(found.eventId) : null;
  if (!event) return Response.json({ error: 'No such event.' }, { status: 404 });
  const { siteName, siteUrl } = getConfig();
  const date = dateLabel(event);
  const image = renderEventCardImage({
    siteName,
    host: new URL(siteUrl).host,
    title: event.title,
    date: event.kind === 'observance' ? `Every year on ${date}` : date,
    kind: KIND[event.kind],
    category: { name: event.category.name, color: event.category.color },
  });
  // Pages name the card with the event's version (?v=), so a day's reuse cannot show a stale card.
  image.headers.set('Cache-Control', 'public, max-age=86400');
  return image;
}
