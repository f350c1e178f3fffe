import { allCalendarDays, formatMonthDay, isValidCalendarDay, type CalendarDay } from '@/lib/dates';
import { parseMonthDayName } from './muffinlabs';
import { keepOnce, normalizeEntry } from './normalize';
import type { PersonLink } from './people';
import { byabbeEntrySchema, byabbeFileSchema, byabbeLinkSchema } from './schemas';
import type { ImportKind, ImportRow, ParseResult, Skip } from './types';
import { datePageUrl, isYearTitle, normalizeWikipediaUrl } from './wikipedia';

// byabbe.se's "On this day" API (byabbe.se/on-this-day/{month}/{day}/{events|births|deaths}.json),
// scraped from Wikipedia's date pages: one file per type and day, kept in dumps as
// `events/1/15.json`, `births/1/15.json`, `deaths/1/15.json`. Each entry is
// `{year: "44 BC", description, wikipedia: [{title, wikipedia: url}]}`; the file names its day
// (`date: "January 15"`) and its date page (`wikipedia`).

const SECTIONS: readonly { key: 'events' | 'births' | 'deaths'; kind: ImportKind }[] = [
  { key: 'events', kind: 'event' },
  { key: 'births', kind: 'birth' },
  { key: 'deaths', kind: 'death' },
];

function toLinks(raw: readonly unknown[] | null | undefined): PersonLink[] {
  const links: PersonLink[] = [];
  for (const item of raw ?? []) {
    const parsed = byabbeLinkSchema.safeParse(item);
    if (!parsed.success) continue;
    const url = normalizeWikipediaUrl(parsed.data.wikipedia);
    if (url && !isYearTitle(parsed.data.title)) links.push({ title: parsed.data.title, url });
  }
  return links;
}

/** "…/wiki/January_15" -> 15 January. */
function dayOfDatePage(url: string | undefined): CalendarDay | null {
  const title = url ? /\/wiki\/([^/?#]+)$/.exec(url)?.[1] : undefined;
  return title ? parseMonthDayName(decodeURIComponent(title).replace(/_/g, ' ')) : null;
}

/** "events/1/15.json" -> 15 January: the dump's folders, for a file whose own date was lost. */
function dayOfPath(fileName: string): CalendarDay | null {
  const m = /(?:^|[\\/])(\d{1,2})[\\/](\d{1,2})\.json$/i.exec(fileName);
  const [month, day] = [Number(m?.[1]), Number(m?.[2])];
  return isValidCalendarDay(month, day) ? { month, day } : null;
}

const dayName = (d: CalendarDay) => formatMonthDay(d.month, d.day);

/**
 * The file's day: what it says (`date`, else its date page), else --date, else its folders. A
 * --date that contradicts the file is refused rather than one of them silently winning.
 */
function resolveDay(
  file: { date?: string; wikipedia?: string },
  o: { fileName: string; monthDay?: CalendarDay },
): { ok: true; day: CalendarDay } | { ok: false; error: string } {
  const named = file.date === undefined ? null : parseMonthDayName(file.date);
  if (file.date !== undefined && !named)
    return {
      ok: false,
      error: `${o.fileName}: unreadable date "${file.date}" (expected e.g. "January 15")`,
    };
  const own = named ?? dayOfDatePage(file.wikipedia);
  if (own && o.monthDay && (own.month !== o.monthDay.month || own.day !== o.monthDay.day))
    return {
      ok: false,
      error: `${o.fileName}: the file is about ${dayName(own)}, but --date says ${dayName(o.monthDay)}; leave --date out for files that name their day`,
    };
  const day = own ?? o.monthDay ?? dayOfPath(o.fileName);
  return day
    ? { ok: true, day }
    : {
        ok: false,
        error: `${o.fileName}: a byabbe.se file without its "date"; keep it in its day folder (events/1/15.json) or pass --date MM-DD`,
      };
}

export type ByabbeParse = { ok: true; value: ParseResult } | { ok: false; error: string };

/** Normalises a byabbe.se "On this day" file (already JSON-parsed). */
export function parseByabbe(
  json: unknown,
  o: { fileName: string; monthDay?: CalendarDay; defaultCategory?: string },
): ByabbeParse {
  const file = byabbeFileSchema.safeParse(json);
  if (!file.success)
    return {
      ok: false,
      error: `not a byabbe.se "On this day" file: ${file.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    };
  const resolved = resolveDay(file.data, o);
  if (!resolved.ok) return resolved;
  const { month, day } = resolved.day;
  const sourceUrl =
    (file.data.wikipedia && normalizeWikipediaUrl(file.data.wikipedia)) || datePageUrl(month, day);

  const rows: ImportRow[] = [];
  const skipped: Skip[] = [];
  let total = 0;
  for (const { key, kind } of SECTIONS) {
    const seen = new Map<string, number>();
    (file.data[key] ?? []).forEach((item, index) => {
      total++;
      const where = { file: o.fileName, section: key, index };
      const entry = byabbeEntrySchema.safeParse(item);
      if (!entry.success) {
        skipped.push({
          where,
          rawYear: null,
          code: 'malformed-entry',
          reason: `entry does not match the format: ${entry.error.issues[0]?.message ?? 'invalid'}`,
        });
        return;
      }
      const result = normalizeEntry({
        source: 'byabbe',
        month,
        day,
        kind,
        where,
        rawYear: entry.data.year,
        text: entry.data.description,
        links: toLinks(entry.data.wikipedia),
        sourceUrl,
        defaultCategory: o.defaultCategory,
      });
      keepOnce(
        result,
        { rows, skipped, seen },
        { where, rawYear: entry.data.year, section: key, index },
      );
    });
  }
  return { ok: true, value: { format: 'byabbe', month, day, rows, skipped, total } };
}

const DUMP_FILE = /(?:^|[\\/])(events|births|deaths)[\\/](\d{1,2})[\\/](\d{1,2})\.json$/i;

const DAYS_OF_YEAR: readonly CalendarDay[] = allCalendarDays();

export type DumpCoverage = {
  /** The type folder: events, births or deaths. */
  type: string;
  /** Days of the year (of 366) it has a file for, and the first and last of them. */
  days: number;
  first: CalendarDay;
  last: CalendarDay;
  /**
   * Days it has no file for: every such day when it has most of the year (a real dump misses a
   * day here and there); in a part of a dump, the days missing between its first and last.
   */
  missing: CalendarDay[];
};

/** Which days each type folder of a byabbe.se dump (events/1/15.json …) has a file for, and which it lacks. */
export function describeDumpCoverage(paths: readonly string[]): DumpCoverage[] {
  const seen = new Map<string, Set<string>>();
  for (const p of paths) {
    const m = DUMP_FILE.exec(p);
    if (!m?.[1]) continue;
    const type = m[1].toLowerCase();
    const days = seen.get(type) ?? new Set<string>();
    days.add(`${Number(m[2])}-${Number(m[3])}`);
    seen.set(type, days);
  }
  return SECTIONS.flatMap(({ key }) => {
    const have = seen.get(key);
    const indexes = DAYS_OF_YEAR.flatMap((d, i) => (have?.has(`${d.month}-${d.day}`) ? [i] : []));
    const [from, to] = [indexes[0], indexes.at(-1)];
    if (from === undefined || to === undefined) return [];
    const most = indexes.length * 2 >= DAYS_OF_YEAR.length;
    const missing = DAYS_OF_YEAR.filter(
      (d, i) => (most || (i > from && i < to)) && !have?.has(`${d.month}-${d.day}`),
    );
    return [
      {
        type: key,
        days: indexes.length,
        first: DAYS_OF_YEAR[from]!,
        last: DAYS_OF_YEAR[to]!,
        missing,
      },
    ];
  });
}
