import { formatHistoricalDate, formatMonthDay, formatYear, isValidCalendarDay } from '@/lib/dates';
import type { Calendar, Precision } from '@/lib/dates';
import { entryText } from '@/lib/events/entry-text';
import { isImportedEntry } from '@/lib/events/provenance';
import { shortTitle } from '@/lib/events/short-title';
import { sitePaths } from '@/lib/site-urls';
import { articleContentUrls, articleDir, readWikipediaArticleUrl } from './wikipedia-pages';

/*
 * Almanac's answer in the shape of Wikipedia's feed/onthisday (definitions.onthisdayResponse and
 * summary in spec.yaml of mediawiki-services-wikifeeds), so a client written for Wikipedia works
 * unchanged when pointed at us. Items are {text, year, pages}, newest first, BCE years negative,
 * holidays without a year. An imported entry's pages are the Wikipedia articles its text links, in
 * order (lib/api/wikipedia-pages.ts), as Wikipedia's own answer has them; an entry written in
 * Almanac (or imported without links) has summaries of our own pages (the event, its people) with
 * absolute URLs. Pages carry both today's fields (titles, content_urls) and the older ones (title,
 * normalizedtitle, displaytitle) that earlier clients read.
 */

export const ONTHISDAY_TYPES = [
  'all',
  'selected',
  'events',
  'births',
  'deaths',
  'holidays',
] as const;
export type OnThisDayType = (typeof ONTHISDAY_TYPES)[number];
export type OnThisDayList = Exclude<OnThisDayType, 'all'>;
/** The lists of an `all` answer, in the order Wikipedia sends them. */
const ONTHISDAY_LISTS: readonly OnThisDayList[] = [
  'selected',
  'events',
  'births',
  'deaths',
  'holidays',
];

/** What the wikifeeds service sends for this endpoint (util.CONTENT_TYPES.onthisday). */
export const ONTHISDAY_CONTENT_TYPE =
  'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/OnThisDay/0.3.3"';
export { PROBLEM_CONTENT_TYPE } from './http';

/** The language of Almanac's content: the only `{lang}` of the gateway path (/api/feed/v1/wikipedia/{lang}/onthisday/…). */
export const FEED_LANGUAGE = 'en';

/**
 * Person pages are numbered apart from event pages (pageid must name one page): a person's pageid is
 * this plus the person's id; an event's is the event's id.
 */
export const PERSON_PAGEID_OFFSET = 1_000_000_000;

export type OnThisDayPerson = {
  id: number;
  slug: string;
  name: string;
  description: string;
  birthYear: number | null;
  deathYear: number | null;
  role: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
};

/**
 * A Wikipedia article an imported entry links (event_articles, in the entry's order), with what
 * Almanac knows of its subject: the person whose article it is (people.reference_url), the
 * description editors wrote for the topic made from it (tags.reference_url, '' when none).
 */
export type OnThisDayArticle = {
  /** The article's URL, as imports normalise it (lib/import/wikipedia.ts); its titles come from it. */
  url: string;
  person: {
    name: string;
    description: string;
    birthYear: number | null;
    deathYear: number | null;
  } | null;
  topicDescription: string;
};

/** One public entry of the day as the data layer reads it (db/queries/api-onthisday.ts). */
export type OnThisDayEntry = {
  id: number;
  slug: string;
  kind: 'event' | 'birth' | 'death' | 'observance';
  title: string;
  summary: string;
  /** Where its text came from (an importer's name), null for an event written here. */
  source: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  precision: Precision;
  circa: boolean;
  calendar: Calendar;
  featured: boolean;
  /** In the day's selected anniversaries (lib/events/selected.ts): the `selected` list. */
  selected: boolean;
  categoryName: string;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  imageUrl: string | null;
  imageAlt: string | null;
  /** Milliseconds since the epoch. */
  updatedAt: number;
  revisionId: number | null;
  people: OnThisDayPerson[];
  /** The articles an imported entry links; empty for what editors wrote. */
  articles: OnThisDayArticle[];
};

export type ImageProps = { source: string; width: number; height: number };
export type ContentUrls = { page: string; revisions: string; edit: string; talk?: string };

export type PageSummary = {
  type: 'standard';
  title: string;
  displaytitle: string;
  normalizedtitle: string;
  namespace: { id: number; text: string };
  titles: { canonical: string; normalized: string; display: string };
  pageid: number;
  thumbnail?: ImageProps;
  originalimage?: ImageProps;
  lang: string;
  dir: 'ltr' | 'rtl';
  revision: string;
  timestamp: string;
  description?: string;
  description_source?: 'local' | 'central';
  coordinates?: { lat: number; lon: number };
  content_urls: { desktop: ContentUrls; mobile: ContentUrls };
  extract: string;
  extract_html: string;
};

export type OnThisDayItem = { text: string; year?: number; pages: PageSummary[] };
export type OnThisDayResponse = Partial<Record<OnThisDayList, OnThisDayItem[]>>;

export type Problem = { status: 400 | 404; type: string; title: string; detail: string };

// The error types Wikipedia's REST API answers with (RESTBase/HyperSwitch), so clients that switch on them work.
const BAD_REQUEST = 'https://mediawiki.org/wiki/HyperSwitch/errors/bad_request';
export const NOT_FOUND = 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found';

export type OnThisDayRequest = { type: OnThisDayType; month: number; day: number };

/**
 * Checks the path parameters as the spec declares them: `type` one of the enum, month an integer
 * 01–12, day an integer 01–31 (400 "Invalid parameters" otherwise). A day no year has, such as
 * 02/30, is well-formed but names nothing: 404, as Wikipedia answers for a date with no data.
 */
export function parseOnThisDayParams(p: {
  type: string;
  mm: string;
  dd: string;
}): { ok: true; value: OnThisDayRequest } | { ok: false; problem: Problem } {
  const bad = (detail: string) =>
    ({
      ok: false,
      problem: { status: 400, type: BAD_REQUEST, title: 'Invalid parameters', detail },
    }) as const;
  if (!(ONTHISDAY_TYPES as readonly string[]).includes(p.type)) {
    return bad(`type must be one of ${ONTHISDAY_TYPES.join(', ')} (got "${p.type.slice(0, 40)}")`);
  }
  const month = /^\d{1,2}$/.test(p.mm) ? Number(p.mm) : NaN;
  if (!(month >= 1 && month <= 12)) {
    return bad(`month must be a two-digit month from 01 to 12 (got "${p.mm.slice(0, 40)}")`);
  }
  const day = /^\d{1,2}$/.test(p.dd) ? Number(p.dd) : NaN;
  if (!(day >= 1 && day <= 31)) {
    return bad(
      `day must be a two-digit day of the month from 01 to 31 (got "${p.dd.slice(0, 40)}")`,
    );
  }
  if (!isValidCalendarDay(month, day)) {
    return {
      ok: false,
      problem: {
        status: 404,
        type: NOT_FOUND,
        title: 'Not found.',
        detail: `No data found for the requested date: month ${month} has no day ${day}.`,
      },
    };
  }
  return { ok: true, value: { type: p.type as OnThisDayType, month, day } };
}

/**
 * The `{lang}` of Wikimedia's API gateway path (feed/v1/wikipedia/{lang}/onthisday/…): Almanac has
 * one language, English; any other is a 404 that says which one there is.
 */
export function checkFeedLanguage(lang: string): Problem | null {
  if (lang === FEED_LANGUAGE) return null;
  return {
    status: 404,
    type: NOT_FOUND,
    title: 'Not found.',
    detail: `Almanac's feed is in English only: the language must be "${FEED_LANGUAGE}" (got "${lang.slice(0, 40)}"), as in /api/feed/v1/wikipedia/${FEED_LANGUAGE}/onthisday/{type}/{MM}/{DD}.`,
  };
}

/** The problem+json body Wikipedia's API answers errors with. */
export function problemBody(problem: Problem, uri: string, method = 'get') {
  return { ...problem, method: method.toLowerCase(), uri };
}

const HTML_TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Plain text as the content of an HTML element (displaytitle, titles.display and extract_html are
 * HTML): `&`, `<` and `>` escaped, as HTML's serializer escapes text. Quotes are left as they are:
 * they need escaping only inside attributes, and Wikipedia writes "Nat Turner's slave rebellion",
 * never "Nat Turner&#39;s", so a client that shows the display title as text shows the title.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_TEXT_ESCAPES[c] ?? c);
}

function titleSet(normalized: string, canonical = normalized.replace(/ /g, '_')) {
  const display = escapeHtmlText(normalized);
  return {
    title: canonical,
    displaytitle: display,
    normalizedtitle: normalized,
    titles: { canonical, normalized, display },
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function both(urls: ContentUrls) {
  // One responsive site: the mobile URLs are the desktop ones.
  return { desktop: urls, mobile: { ...urls } };
}

const KIND_WORD: Record<OnThisDayEntry['kind'], string> = {
  event: 'event',
  birth: 'birth',
  death: 'death',
  observance: 'observance',
};

function eventPage(e: OnThisDayEntry, siteUrl: string, title: string): PageSummary {
  // An imported entry's extract is its whole text; our editors' events show their summary.
  const extract = isImportedEntry(e.source)
    ? itemText(e)
    : oneLine(e.summary) || oneLine(e.title) || e.slug;
  let when = '';
  try {
    when = formatHistoricalDate(e);
  } catch {
    when = e.month && e.day ? formatMonthDay(e.month, e.day) : '';
  }
  const page: PageSummary = {
    type: 'standard',
    ...titleSet(title),
    namespace: { id: 0, text: '' },
    pageid: e.id,
    lang: 'en',
    dir: 'ltr',
    revision: String(e.revisionId ?? 0),
    timestamp: new Date(e.updatedAt).toISOString(),
    description: when ? `${e.categoryName} · ${when}` : e.categoryName,
    description_source: 'local',
    content_urls: both({
      page: `${siteUrl}${sitePaths.event(e.slug)}`,
      revisions: `${siteUrl}/editor/events/${e.id}/history`,
      edit: `${siteUrl}/editor/events/${e.id}`,
      // Readers discuss an event by reporting an error: the closest thing we have to a talk page.
      talk: `${siteUrl}${sitePaths.event(e.slug)}/report`,
    }),
    extract,
    extract_html: `<p>${escapeHtmlText(extract)}</p>`,
  };
  if (e.imageUrl) {
    // Almanac does not record image sizes; the spec allows 0, which clients read as "unknown".
    const image = { source: e.imageUrl, width: 0, height: 0 };
    page.thumbnail = image;
    page.originalimage = { ...image };
  }
  if (e.latitude !== null && e.longitude !== null) {
    page.coordinates = { lat: e.latitude, lon: e.longitude };
  }
  return page;
}

function lifeSpan(p: Pick<OnThisDayPerson, 'birthYear' | 'deathYear'>): string {
  if (p.birthYear && p.deathYear) return `${formatYear(p.birthYear)}–${formatYear(p.deathYear)}`;
  if (p.birthYear) return `born ${formatYear(p.birthYear)}`;
  if (p.deathYear) return `died ${formatYear(p.deathYear)}`;
  return '';
}

function personPage(p: OnThisDayPerson, siteUrl: string): PageSummary {
  const life = lifeSpan(p);
  const description = oneLine(p.description);
  const extract = `${p.name}${life ? ` (${life})` : ''}${description ? `, ${description}` : ''}`;
  const editUrl = `${siteUrl}/editor/people/${p.id}`;
  return {
    type: 'standard',
    ...titleSet(oneLine(p.name)),
    namespace: { id: 0, text: '' },
    pageid: PERSON_PAGEID_OFFSET + p.id,
    lang: 'en',
    dir: 'ltr',
    // People have no revision history of their own.
    revision: '0',
    timestamp: new Date(p.updatedAt).toISOString(),
    ...(description ? { description, description_source: 'local' as const } : {}),
    content_urls: both({
      page: `${siteUrl}${sitePaths.person(p.slug)}`,
      revisions: editUrl,
      edit: editUrl,
    }),
    extract,
    extract_html: `<p>${escapeHtmlText(extract)}</p>`,
  };
}

/**
 * The summary of a Wikipedia article an imported entry links. Almanac does not know Wikipedia's page
 * id, revision, edit time or text, and makes none up: pageid 0 and revision "0" mean unknown, the
 * timestamp is when Almanac last changed the entry, and the extract and description are Almanac's
 * own about the article's subject (a person's life and description, a topic's description) or empty.
 */
function articlePage(a: OnThisDayArticle, e: OnThisDayEntry): PageSummary | null {
  const article = readWikipediaArticleUrl(a.url);
  if (!article) return null;
  let description = '';
  let extract = '';
  if (a.person) {
    const life = lifeSpan(a.person);
    description = oneLine(a.person.description);
    extract = `${oneLine(a.person.name)}${life ? ` (${life})` : ''}${description ? `, ${description}` : ''}`;
  } else if (a.topicDescription.trim()) {
    description = oneLine(a.topicDescription);
    extract = description;
  }
  return {
    type: 'standard',
    ...titleSet(article.normalized, article.canonical),
    namespace: article.namespace,
    pageid: 0,
    lang: article.lang,
    dir: articleDir(article.lang),
    revision: '0',
    timestamp: new Date(e.updatedAt).toISOString(),
    ...(description ? { description } : {}),
    content_urls: articleContentUrls(article),
    extract,
    extract_html: extract ? `<p>${escapeHtmlText(extract)}</p>` : '',
  };
}

/** An imported entry's pages: the Wikipedia articles it links, in its order, once each. */
function articlePagesOf(e: OnThisDayEntry): PageSummary[] {
  if (!isImportedEntry(e.source)) return [];
  const seen = new Set<string>();
  const pages: PageSummary[] = [];
  for (const a of e.articles) {
    const page = articlePage(a, e);
    const id = page && `${page.lang}:${page.titles.canonical}`;
    if (!page || !id || seen.has(id)) continue;
    seen.add(id);
    pages.push(page);
  }
  return pages;
}

/**
 * The item's text. An imported entry's is the entry as its source had it (lib/events/entry-text.ts:
 * its title is its first sentence and its summary the rest, or, for a birth, the summary is the
 * line that starts with the name). For our editors' events the title is the one-line headline and
 * the summary is what the event page's extract shows.
 */
export function itemText(e: Pick<OnThisDayEntry, 'title' | 'summary' | 'source'>): string {
  const title = oneLine(e.title);
  const summary = oneLine(e.summary);
  if (!title) return summary;
  if (isImportedEntry(e.source)) return entryText({ title, summary });
  const stem = title.replace(/…$/, '').trimEnd();
  if (summary && stem && summary.startsWith(stem)) return summary;
  return title;
}

/**
 * The pages of one item. An imported entry's are the Wikipedia articles it links (the person born
 * or who died first, as the source links them). Otherwise Almanac's own pages: for births and deaths
 * the people first (the person born or who died is what a client shows), then the event; otherwise
 * the event, then the people it names. Titles are unique within an item, as Wikipedia's are: an
 * event titled just like a person it names is told apart as "Name (birth)".
 */
function pagesOf(e: OnThisDayEntry, siteUrl: string): PageSummary[] {
  const articles = articlePagesOf(e);
  if (articles.length > 0) return articles;
  const peoplePages = e.people.map((p) => personPage(p, siteUrl));
  const taken = new Set(peoplePages.map((p) => p.titles.canonical));
  // A page is titled like an article: the short form of a title that is a whole sentence.
  let title = shortTitle(oneLine(e.title)) || e.slug;
  if (taken.has(title.replace(/ /g, '_'))) title = `${title} (${KIND_WORD[e.kind]})`;
  const event = eventPage(e, siteUrl, title);
  const ordered =
    e.kind === 'birth' || e.kind === 'death' ? [...peoplePages, event] : [event, ...peoplePages];
  const seen = new Set<string>();
  return ordered.filter((p) => {
    if (seen.has(p.titles.canonical)) return false;
    seen.add(p.titles.canonical);
    return true;
  });
}

function toItem(e: OnThisDayEntry, siteUrl: string): OnThisDayItem {
  const item: OnThisDayItem = { text: itemText(e), pages: pagesOf(e, siteUrl) };
  // Holidays have no year: the key is left out, as Wikipedia does.
  return e.kind === 'observance' || e.year === null
    ? item
    : { text: item.text, year: e.year, pages: item.pages };
}

const BELONGS: Record<OnThisDayList, (e: OnThisDayEntry) => boolean> = {
  selected: (e) => e.selected,
  events: (e) => e.kind === 'event',
  births: (e) => e.kind === 'birth',
  deaths: (e) => e.kind === 'death',
  holidays: (e) => e.kind === 'observance',
};

/** Newest first (BCE years are negative, so they come last); ties keep the order they came in. */
function newestFirst(a: OnThisDayEntry, b: OnThisDayEntry): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity);
}

/**
 * The answer for one type: `all` has every list (empty ones included); a single type has only its
 * own key. The day's selected anniversaries appear under `selected` and again under `events`,
 * `births` or `deaths`, as on Wikipedia.
 */
export function buildOnThisDayResponse(
  entries: readonly OnThisDayEntry[],
  type: OnThisDayType,
  siteUrl: string,
): OnThisDayResponse {
  const lists = type === 'all' ? ONTHISDAY_LISTS : [type];
  const sorted = [...entries].sort(newestFirst);
  const response: OnThisDayResponse = {};
  for (const list of lists) {
    response[list] = sorted.filter(BELONGS[list]).map((e) => toItem(e, siteUrl));
  }
  return response;
}

/** The newest revision among the entries an answer shows (the first half of its ETag, as Wikipedia's). */
export function latestRevision(entries: readonly OnThisDayEntry[], type: OnThisDayType): number {
  const lists = type === 'all' ? ONTHISDAY_LISTS : [type];
  let latest = 0;
  for (const e of entries) {
    if (lists.some((l) => BELONGS[l](e))) latest = Math.max(latest, e.revisionId ?? 0);
  }
  return latest;
}
