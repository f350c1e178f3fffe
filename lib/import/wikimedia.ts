import { entryText } from '@/lib/events/entry-text';
import { parseNumericMonthDay } from '@/lib/dates';
import { htmlToText } from './html';
import { wordSimilarity } from './text';
import { isSkip, normalizeEntry } from './normalize';
import { personFromPage } from './page-person';
import type { PersonLink } from './people';
import {
  wikimediaFeedSchema,
  wikimediaItemSchema,
  wikimediaPageSchema,
  type WikimediaPage,
} from './schemas';
import type { ImportKind, ImportPerson, ImportRow, ParseResult, Skip } from './types';
import { datePageUrl, isYearTitle, normalizeWikipediaUrl, wikipediaUrlForTitle } from './wikipedia';

type Section = 'selected' | 'events' | 'births' | 'deaths' | 'holidays';
// `selected` last: its items retell events already listed, so they are merged into those.
const SECTIONS: readonly { key: Section; kind: ImportKind }[] = [
  { key: 'events', kind: 'event' },
  { key: 'births', kind: 'birth' },
  { key: 'deaths', kind: 'death' },
  { key: 'holidays', kind: 'observance' },
  { key: 'selected', kind: 'event' },
];

/**
 * The day of a Wikimedia response, which its body does not carry: from "MM-DD" or "MM_DD" in the
 * file name ("onthisday-all-10-30.json" -> 30 October). Null when the name has none.
 */
function monthDayFromFileName(fileName: string): { month: number; day: number } | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const re = /(?:^|[^0-9])(\d{2})[-_](\d{2})(?=[^0-9]|$)/g;
  let found: { month: number; day: number } | null = null;
  for (let m = re.exec(base); m; m = re.exec(base)) {
    const md = parseNumericMonthDay(`${m[1]}-${m[2]}`);
    if (md) found = md; // the last MM-DD wins: "2017-10-30" names 30 October
  }
  return found;
}

function pageLink(page: WikimediaPage): PersonLink {
  const title =
    page.titles?.normalized ??
    page.normalizedtitle ??
    (page.displaytitle ? htmlToText(page.displaytitle) : undefined) ??
    page.title.replace(/_/g, ' ');
  const desktop = page.content_urls?.desktop?.page;
  const url =
    (desktop && normalizeWikipediaUrl(desktop)) ||
    wikipediaUrlForTitle(page.titles?.canonical ?? page.title, page.lang ?? 'en');
  return { title, url };
}

/**
 * The `events` entry a `selected` entry retells: same year, and shared articles or similar words;
 * the best such entry. Null when none (then the selected entry is imported on its own).
 */
function findRetold(
  selected: ImportRow,
  urls: ReadonlySet<string>,
  events: readonly { row: ImportRow; urls: Set<string> }[],
): ImportRow | null {
  let best: { row: ImportRow; score: number } | null = null;
  for (const e of events) {
    if (e.row.year !== selected.year) continue;
    let shared = 0;
    for (const u of urls) if (e.urls.has(u)) shared++;
    // Whole texts: a one-sentence entry's title is all of it, and its summary empty.
    const similarity = wordSimilarity(entryText(selected), entryText(e.row));
    if (shared === 0 && similarity < 0.3) continue;
    const score = similarity + 0.2 * shared;
    if (!best || score > best.score) best = { row: e.row, score };
  }
  return best?.row ?? null;
}

export type WikimediaParse = { ok: true; value: ParseResult } | { ok: false; error: string };

/** Normalises a Wikimedia onthisday response (already JSON-parsed) for the given day. */
export function parseWikimedia(
  json: unknown,
  o: { fileName: string; monthDay?: { month: number; day: number }; defaultCategory?: string },
): WikimediaParse {
  const feed = wikimediaFeedSchema.safeParse(json);
  if (!feed.success)
    return {
      ok: false,
      error: `not a Wikimedia onthisday response: ${feed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    };
  const date = o.monthDay ?? monthDayFromFileName(o.fileName);
  if (!date) {
    return {
      ok: false,
      error: `${o.fileName}: a Wikimedia response carries no date; name the file with its day (e.g. onthisday-10-30.json) or pass --date MM-DD`,
    };
  }
  const { month, day } = date;
  const sourceUrl = datePageUrl(month, day);

  const rows: ImportRow[] = [];
  const skipped: Skip[] = [];
  const seen = new Map<string, string>();
  const events: { row: ImportRow; urls: Set<string> }[] = [];
  let total = 0;

  for (const { key, kind } of SECTIONS) {
    (feed.data[key] ?? []).forEach((raw, index) => {
      total++;
      const where = { file: o.fileName, section: key, index };
      const item = wikimediaItemSchema.safeParse(raw);
      if (!item.success) {
        skipped.push({
          where,
          rawYear: null,
          code: 'malformed-entry',
          reason: `entry does not match the format: ${item.error.issues[0]?.message ?? 'invalid'}`,
        });
        return;
      }
      const links: PersonLink[] = [];
      const people = new Map<string, ImportPerson>();
      for (const p of item.data.pages ?? []) {
        const page = wikimediaPageSchema.safeParse(p);
        if (!page.success || isYearTitle(page.data.title)) continue;
        const link = pageLink(page.data);
        links.push(link);
        const person = personFromPage(page.data, link.url, link.title);
        if (person) people.set(link.url, person);
      }
      const result = normalizeEntry({
        source: 'wikimedia',
        month,
        day,
        kind,
        where,
        rawYear: kind === 'observance' ? null : (item.data.year ?? null),
        text: item.data.text,
        links,
        featured: key === 'selected',
        sourceUrl,
        defaultCategory: o.defaultCategory,
      });
      if (isSkip(result)) {
        skipped.push(result);
        return;
      }
      for (const article of result.articles) {
        const person = people.get(article.url);
        if (person) article.person = person;
      }
      const rawYear = result.where.rawYear;
      const first = seen.get(result.externalId);
      if (first !== undefined) {
        skipped.push({
          where,
          rawYear,
          code: 'duplicate-in-file',
          reason: `duplicate of an entry already in this file (${first})`,
        });
        return;
      }
      const urls = new Set(links.map((l) => l.url));
      if (key === 'selected') {
        // Wikipedia's featured ("selected") items retell an entry of `events` in other words: feature that entry instead.
        const same = findRetold(result, urls, events);
        if (same) {
          same.featured = true;
          skipped.push({
            where,
            rawYear,
            code: 'duplicate-in-file',
            reason: `duplicate of an entry already in this file (${same.where.section} #${same.where.index}, now featured)`,
          });
          return;
        }
      }
      seen.set(result.externalId, `${key} #${index}`);
      if (kind === 'event') events.push({ row: result, urls });
      rows.push(result);
    });
  }
  return { ok: true, value: { format: 'wikimedia', month, day, rows, skipped, total } };
}
