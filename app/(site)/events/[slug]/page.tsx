import type { Metadata } from 'next';
import { Breadcrumbs, type Crumb } from '@/components/site/breadcrumbs';
import { catStyle, CategoryChip } from '@/components/site/category-chip';
import { EventCards } from '@/components/site/event-lists';
import { agoLabel, dateLabel, formatCount, plural, siteToday } from '@/components/site/format';
import { LinkedText } from '@/components/site/linked-text';
import { JsonLd } from '@/components/site/json-ld';
import { SourceLine } from '@/components/site/source-line';
import { PreviewBanner } from '@/components/site/preview-banner';
import { getEventPreview, type EventDetail, type EventPreview } from '@/db/store';
import { readPreview } from '@/server/preview';
import { getCachedEventPublishedAt } from '@/server/feed-cache';
import {
  getCachedEvent,
  listCachedGraphNeighbours,
  listCachedInlineLinks,
  listCachedMoreFromDay,
  listCachedRelatedEvents,
  resolveEventSlug,
} from '@/server/public-cache';
import { getConfig } from '@/lib/config';
import { formatMonthDay, formatYear } from '@/lib/dates';
import { summaryUnderTitle, textUnderShortTitle } from '@/lib/events/entry-text';
import { isImportedEntry } from '@/lib/events/provenance';
import { SHORT_TITLE_MAX, shortTitle } from '@/lib/events/short-title';
import { absoluteUrl, feedPaths } from '@/lib/feeds/paths';
import { renderMarkdown } from '@/lib/markdown';
import { eventArticleJsonLd } from '@/lib/seo/json-ld';
import { OG_IMAGE_SIZE } from '@/lib/seo/og-text';
import { sitePaths } from '@/lib/site-urls';
import {
  decodeParam,
  orNotFound,
  orNull,
  type Resolved,
  unresolvedMetadata,
} from '../../_lib/params';
import { eventCardPath, siteOpenGraph } from '../../_lib/seo';

export const revalidate = 3600;
const BREADCRUMB_TITLE_MAX = 60;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

/**
 * The public event a URL names. An old slug, or a slug the event has since left, redirects (308) to the
 * current one; anything not public is a 404. The cached event (tagged with its id) is the authority on
 * the current slug, so a rename shows up as soon as that tag is revalidated.
 */
async function findEvent(params: Props['params']): Promise<Resolved<EventDetail>> {
  const slug = decodeParam((await params).slug);
  const found = await resolveEventSlug(slug);
  const event = found ? await getCachedEvent(found.eventId) : null;
  if (!event) return null;
  return event.slug === slug ? { ok: event } : { redirect: sitePaths.event(event.slug) };
}

/**
 * An editor's preview (server/preview.ts: draft mode, a signed-in editor): the event at this slug
 * whatever its status, read uncached. Null for every reader's request, which reads no cookie.
 */
async function findPreview(params: Props['params']): Promise<EventPreview | null> {
  const preview = await readPreview();
  if (!preview) return null;
  return getEventPreview(preview.actor, { slug: decodeParam((await params).slug) });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const preview = await findPreview(params);
  if (preview)
    return { title: `Preview: ${shortTitle(preview.event.title)}`, robots: { index: false } };
  const event = orNull(await findEvent(params));
  if (!event) return unresolvedMetadata;
  const date = dateLabel(event);
  // The short title, and beside it the rest: the whole text when the short title left part out.
  const title = shortTitle(event.title);
  const description = (textUnderShortTitle(event) || event.title).slice(0, 300);
  const publishedAt = await getCachedEventPublishedAt(event.id);
  return {
    title: date && event.kind !== 'observance' ? `${title} (${date})` : title,
    description,
    alternates: { canonical: sitePaths.event(event.slug) },
    openGraph: {
      ...siteOpenGraph(),
      type: 'article',
      title,
      description,
      url: sitePaths.event(event.slug),
      // The generated card (./card.png); Twitter's image follows Open Graph's.
      images: [
        {
          url: eventCardPath(event),
          ...OG_IMAGE_SIZE,
          type: 'image/png',
          alt: `${title}: ${event.kind === 'observance' ? `every year on ${date}` : date}, ${event.category.name}`,
        },
      ],
      ...(publishedAt !== null ? { publishedTime: new Date(publishedAt).toISOString() } : {}),
      modifiedTime: new Date(event.updatedAt).toISOString(),
      section: event.category.name,
      tags: event.tags.map((t) => t.name),
    },
    twitter: { card: 'summary_large_image' },
  };
}

/** Where a day-precision event's (or an observance's) yearly anniversary can be added to a calendar. */
const calendarPath = (e: EventDetail) =>
  e.precision === 'day' && e.month !== null && e.day !== null
    ? feedPaths.eventCalendar(e.slug)
    : null;

async function eventJsonLd(event: EventDetail) {
  const { siteUrl, siteName } = getConfig();
  const url = absoluteUrl(siteUrl, sitePaths.event(event.slug));
  const publishedAt = await getCachedEventPublishedAt(event.id);
  return eventArticleJsonLd({
    url,
    title: event.title,
    summary: event.summary,
    imageUrl: absoluteUrl(siteUrl, eventCardPath(event)),
    datePublished: publishedAt !== null ? new Date(publishedAt) : null,
    dateModified: new Date(event.updatedAt),
    siteName,
    siteUrl: absoluteUrl(siteUrl, sitePaths.home()),
    category: event.category.name,
    tags: event.tags.map((t) => t.name),
    people: event.people.map((p) => ({
      name: p.name,
      url: absoluteUrl(siteUrl, sitePaths.person(p.slug)),
    })),
    kind: event.kind,
    date: event,
    end:
      event.end?.year != null
        ? {
            ...event.end,
            precision: event.end.precision ?? 'day',
            circa: false,
            calendar: event.calendar,
          }
        : null,
    location: event.location,
    latitude: event.latitude,
    longitude: event.longitude,
  });
}

const KIND_LABEL = {
  event: 'Event',
  birth: 'Birth',
  death: 'Death',
  observance: 'Observance',
} as const;

function formatAccessed(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  try {
    return `${formatMonthDay(Number(m[2]), Number(m[3]))} ${m[1]}`;
  } catch {
    return iso;
  }
}

function formatCoordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string) =>
    `${Math.abs(v).toFixed(3)}° ${v >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}

function Facts({ event, ago }: { event: EventDetail; ago: string }) {
  const date = dateLabel(event);
  const calendar = calendarPath(event);
  const end =
    event.end?.year != null
      ? dateLabel({
          ...event.end,
          year: event.end.year,
          precision: event.end.precision ?? 'day',
          circa: false,
          calendar: event.calendar,
        })
      : '';
  return (
    <dl className="space-y-4 rounded-xl border border-line bg-surface p-5 text-[0.95rem] [&_dd]:mt-0.5 [&_dt]:text-xs [&_dt]:font-semibold [&_dt]:tracking-wider [&_dt]:text-muted [&_dt]:uppercase">
      <div>
        <dt>Date</dt>
        <dd className="font-serif text-lg text-ink">
          {event.kind === 'observance' ? `Every year on ${date}` : date}
          {end ? ` – ${end}` : null}
        </dd>
        {event.month !== null && event.day !== null && event.precision === 'day' ? (
          <dd className="text-sm">
            More from{' '}
            <a href={sitePaths.day(event.month, event.day)}>
              {formatMonthDay(event.month, event.day)}
            </a>
            {event.year !== null ? (
              <>
                {' '}
                or <a href={sitePaths.year(event.year)}>{formatYear(event.year)}</a>
              </>
            ) : null}
          </dd>
        ) : event.year !== null ? (
          <dd className="text-sm">
            More from <a href={sitePaths.year(event.year)}>{formatYear(event.year)}</a>
          </dd>
        ) : null}
        {calendar ? (
          <dd className="mt-1 text-sm">
            <a
              href={calendar}
              type="text/calendar"
              download
              className="inline-flex min-h-6 items-center gap-1.5"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 16 16"
                className="size-3.5 shrink-0"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
              >
                <rect x="1.75" y="2.75" width="12.5" height="11.5" rx="1.5" />
                <path d="M1.75 6.25h12.5M5 1v3M11 1v3" />
              </svg>
              Add to calendar (.ics)
            </a>
          </dd>
        ) : null}
      </div>
      {ago ? (
        <div>
          <dt>How long ago?</dt>
          <dd>{ago}</dd>
        </div>
      ) : null}
      {event.location ? (
        <div>
          <dt>Location</dt>
          <dd>{event.location}</dd>
          {event.latitude !== null && event.longitude !== null ? (
            <dd className="text-sm">
              <a
                href={`https://www.openstreetmap.org/?mlat=${event.latitude}&mlon=${event.longitude}#map=8/${event.latitude}/${event.longitude}`}
              >
                {formatCoordinates(event.latitude, event.longitude)}
                <span className="sr-only"> (map on OpenStreetMap)</span>
              </a>
            </dd>
          ) : null}
        </div>
      ) : null}
      <div>
        <dt>Category</dt>
        <dd className="mt-1">
          <CategoryChip category={event.category} />
        </dd>
      </div>
      {event.people.length > 0 ? (
        <div>
          <dt>People</dt>
          <dd>
            <ul className="mt-1 space-y-1">
              {event.people.map((p) => (
                <li key={p.id}>
                  <a href={sitePaths.person(p.slug)} className="font-medium">
                    {p.name}
                  </a>
                  {p.role ? <span className="text-muted"> — {p.role}</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {event.tags.length > 0 ? (
        <div>
          <dt>Topics &amp; tags</dt>
          <dd>
            <ul className="mt-1 flex flex-wrap gap-1.5">
              {event.tags.map((t) => (
                <li key={t.id}>
                  <a href={sitePaths.tag(t.slug)} className="chip tag">
                    {t.name}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

export default async function EventPage({ params }: Props) {
  const preview = await findPreview(params);
  const event = preview ? preview.event : orNotFound(await findEvent(params));
  const hasDay = event.month !== null && event.day !== null && event.precision === 'day';
  const [related, more, jsonLd, inlineLinks, neighbours] = await Promise.all([
    listCachedRelatedEvents(event.id),
    hasDay
      ? listCachedMoreFromDay({ month: event.month!, day: event.day!, excludeId: event.id })
      : Promise.resolve([]),
    eventJsonLd(event),
    listCachedInlineLinks(event.id),
    listCachedGraphNeighbours(event),
  ]);
  const today = siteToday();
  const ago = agoLabel(event, today);
  const dayName = hasDay ? formatMonthDay(event.month!, event.day!) : null;
  const lead = summaryUnderTitle(event);
  // Links inline where the text is: an imported event's first sentence is its title, the others its
  // summary, so both carry links; otherwise the lead does when there is one (a birth's title is the
  // person's name, an editor's a headline).
  const linkTitle = !lead || (event.kind === 'event' && isImportedEntry(event.source));
  const body = renderMarkdown(event.body);
  const funFact = event.funFact ? renderMarkdown(event.funFact) : '';
  const furtherReading = event.furtherReading ? renderMarkdown(event.furtherReading) : '';

  const crumbs: Crumb[] = [];
  if (hasDay) crumbs.push({ label: dayName!, href: sitePaths.day(event.month!, event.day!) });
  else if (event.year !== null)
    crumbs.push({ label: formatYear(event.year), href: sitePaths.year(event.year) });
  else crumbs.push({ label: event.category.name, href: sitePaths.category(event.category.slug) });
  // A breadcrumb is one line of navigation: a shorter short form.
  crumbs.push({ label: shortTitle(event.title, BREADCRUMB_TITLE_MAX) });

  const relatedGroups = new Map<string, typeof related>();
  for (const r of related) relatedGroups.set(r.label, [...(relatedGroups.get(r.label) ?? []), r]);

  return (
    <>
      {preview ? (
        <PreviewBanner status={preview.status} publishAt={preview.publishAt} eventId={event.id} />
      ) : null}
      <JsonLd data={jsonLd} />
      <Breadcrumbs items={crumbs} />
      <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-x-12">
        <header className="lg:col-start-1">
          <p className="eyebrow" style={catStyle(event.category.color)}>
            {KIND_LABEL[event.kind]} · {event.category.name}
          </p>
          {/* A heading may be a whole sentence of a few hundred characters: the longer, the smaller. */}
          <h1
            className={
              event.title.length <= SHORT_TITLE_MAX
                ? 'mt-2 text-3xl leading-tight font-bold tracking-tight sm:text-[2.6rem]'
                : event.title.length <= 2 * SHORT_TITLE_MAX
                  ? 'mt-2 text-2xl leading-tight font-bold tracking-tight sm:text-[2.05rem]'
                  : 'mt-2 text-[1.35rem] leading-snug font-bold tracking-tight sm:text-[1.7rem]'
            }
          >
            {linkTitle ? <LinkedText text={event.title} links={inlineLinks} /> : event.title}
          </h1>
          <p className="mt-3 text-lg text-muted">
            {event.kind === 'observance' ? `Every year on ${dateLabel(event)}` : dateLabel(event)}
          </p>
          {lead ? (
            <p className="mt-4 font-serif text-xl leading-relaxed text-ink-soft">
              <LinkedText text={lead} links={inlineLinks} />
            </p>
          ) : null}
        </header>

        <aside aria-label="At a glance" className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div className="lg:sticky lg:top-6">
            <Facts event={event} ago={ago} />
          </div>
        </aside>

        <div className="min-w-0 space-y-10 lg:col-start-1">
          {event.image ? (
            <figure>
              {/* eslint-disable-next-line @next/next/no-img-element -- editors' image URLs can be anywhere; no optimiser config for them */}
              <img
                src={event.image.url}
                alt={event.image.alt}
                className="w-full rounded-xl border border-line"
                loading="lazy"
                decoding="async"
              />
              {event.image.credit ? (
                <figcaption className="mt-2 text-sm text-muted">{event.image.credit}</figcaption>
              ) : null}
            </figure>
          ) : null}

          {event.keyPoints.length > 0 ? (
            <section
              aria-labelledby="key-points"
              className="rounded-xl border border-line bg-surface-2 p-5"
            >
              <h2 id="key-points" className="text-xl font-semibold">
                Key points
              </h2>
              <ul className="mt-3 list-disc space-y-1.5 pl-5 marker:text-accent">
                {event.keyPoints.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </section>
          ) : null}

          {body ? (
            <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: body }} />
          ) : null}

          {funFact ? (
            <aside
              aria-labelledby="fun-fact"
              className="rounded-xl border-l-4 border-accent bg-surface p-5"
            >
              <h2 id="fun-fact" className="text-xl font-semibold">
                Fun fact
              </h2>
              <div
                className="prose mt-2 max-w-none"
                dangerouslySetInnerHTML={{ __html: funFact }}
              />
            </aside>
          ) : null}

          {furtherReading ? (
            <section aria-labelledby="further-reading">
              <h2 id="further-reading" className="section-title">
                Further reading
              </h2>
              <div
                className="prose max-w-none"
                dangerouslySetInnerHTML={{ __html: furtherReading }}
              />
            </section>
          ) : null}

          {event.references.length > 0 ? (
            <section aria-labelledby="references">
              <h2 id="references" className="section-title">
                Links &amp; references
              </h2>
              <ol className="list-decimal space-y-2 pl-6 marker:text-muted">
                {event.references.map((r, i) => {
                  const accessed = formatAccessed(r.accessedAt);
                  return (
                    <li key={i}>
                      <a href={r.url} rel="nofollow noopener">
                        {r.title}
                      </a>
                      {r.publisher ? <span className="text-ink-soft">, {r.publisher}</span> : null}
                      {accessed ? <span className="text-muted"> (accessed {accessed})</span> : null}
                    </li>
                  );
                })}
              </ol>
            </section>
          ) : null}

          <SourceLine
            source={event.source}
            sourceUrl={event.sourceUrl}
            license={event.license}
            alsoFrom={event.alsoFrom}
          />

          <p className="mt-6 text-sm text-muted">
            Spotted a mistake? <a href={`${sitePaths.event(event.slug)}/report`}>Report an error</a>
          </p>
        </div>
      </article>

      {neighbours.map((g) => (
        <section
          key={`${g.kind}-${g.id}`}
          aria-labelledby={`more-on-${g.kind}-${g.id}`}
          className="mt-16"
        >
          <h2 id={`more-on-${g.kind}-${g.id}`} className="section-title">
            More on {g.name}
            <span className="count">{plural(g.total, 'entry', 'entries')}</span>
          </h2>
          <EventCards items={g.events} today={today} headingLevel={3} />
          {g.total > g.events.length + 1 ? (
            <p className="mt-6">
              <a className="pill" href={g.href}>
                All {formatCount(g.total)} entries on {g.name} →
              </a>
            </p>
          ) : null}
        </section>
      ))}

      {related.length > 0 ? (
        <section aria-labelledby="related" className="mt-16">
          <h2 id="related" className="section-title">
            Related events
          </h2>
          <div className="space-y-8">
            {[...relatedGroups.entries()].map(([label, items]) => (
              <section key={label} aria-label={label}>
                <h3 className="group-title">{label}</h3>
                <EventCards items={items.map((r) => r.event)} today={today} headingLevel={4} />
              </section>
            ))}
          </div>
        </section>
      ) : null}

      {hasDay && more.length > 0 ? (
        <section aria-labelledby="more" className="mt-16">
          <h2 id="more" className="section-title">
            Discover more from {dayName}
          </h2>
          <EventCards items={more} today={today} />
          <p className="mt-6">
            <a className="pill" href={sitePaths.day(event.month!, event.day!)}>
              Everything that happened on {dayName} →
            </a>
          </p>
        </section>
      ) : null}
    </>
  );
}
