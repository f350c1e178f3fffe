import { MONTH_NAMES, isValidCalendarDay } from '@/lib/dates';
import { anchors } from './html';
import { findHeadingRuns } from './groups';
import {
  entryIdText,
  isSkip,
  keepOnce,
  normalizeEntries,
  normalizeEntry,
  type RawEntry,
} from './normalize';
import { cleanText } from './text';
import type { PersonLink } from './people';
import { muffinlabsEntrySchema, muffinlabsFileSchema, muffinlabsLinkSchema } from './schemas';
import type { EntryLocation, ImportKind, ImportRow, ParseResult, Skip } from './types';
import { datePageUrl, isYearTitle, normalizeWikipediaUrl } from './wikipedia';
import { splitYearAndText } from './year';

const SECTIONS: readonly { key: 'Events' | 'Births' | 'Deaths'; kind: ImportKind }[] = [
  { key: 'Events', kind: 'event' },
  { key: 'Births', kind: 'birth' },
  { key: 'Deaths', kind: 'death' },
];

/** "January 3" -> { month: 1, day: 3 }. */
export function parseMonthDayName(s: string): { month: number; day: number } | null {
  const m = /^\s*([A-Za-z]+)\s+(\d{1,2})\s*$/.exec(s);
  if (!m?.[1] || !m[2]) return null;
  const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === m[1]!.toLowerCase()) + 1;
  const day = Number(m[2]);
  return isValidCalendarDay(month, day) ? { month, day } : null;
}

function toLinks(raw: readonly unknown[] | null | undefined): PersonLink[] {
  const links: PersonLink[] = [];
  for (const item of raw ?? []) {
    const parsed = muffinlabsLinkSchema.safeParse(item);
    if (!parsed.success) continue;
    const url = normalizeWikipediaUrl(parsed.data.link);
    if (url && !isYearTitle(parsed.data.title)) links.push({ title: parsed.data.title, url });
  }
  return links;
}

function anchorLinks(html: string | null | undefined): PersonLink[] {
  return anchors(html).flatMap((a) => {
    const url = normalizeWikipediaUrl(a.url);
    return url && !isYearTitle(a.title) ? [{ title: a.title, url }] : [];
  });
}

/**
 * Some day files (29 February) lost their layout when a year has several entries: one entry's year
 * field holds "1916\nTokelau is annexed…\nChild labor: …" with no text, and each line follows as an
 * entry of its own whose year field holds the text (with its links) and whose text is null. This
 * reads such a run back as the entries it was: each line with the heading's year. Lines are
 * compared as cleaned text, without the footnote marks ("[17]") only the heading sometimes keeps.
 */
type YearHeading = { year: string; lines: Set<string> };

function readYearHeading(rawYear: unknown): YearHeading | null {
  if (typeof rawYear !== 'string') return null;
  const [first, ...rest] = rawYear.split('\n');
  const lines = rest.map(cleanText).filter(Boolean);
  if (!first || !/^\s*\d/.test(first) || lines.length === 0) return null;
  return { year: first.trim(), lines: new Set(lines) };
}

/** A line of a grouped entry as compared: cleaned, without its list bullet ("- Geoff Bent, …"). */
const bareLine = (line: string) => cleanText(line.replace(/^\s*[-–—•*]\s*/, ''));

/** A grouped entry: its index in its section and its year as written. */
type Group = { index: number; year: string };

/**
 * The lines of the grouped entries read so far in a section ("Space Shuttle Challenger crew" and one
 * line per member), each with its entry: some files repeat every member after the group
 * as an entry of its own, the line in its year field and no text. Those repeat the group, which
 * holds them, and are skipped as such.
 */
class GroupLines {
  private readonly lines = new Map<string, Group>();

  add(text: string, group: Group): void {
    const lines = text.split('\n');
    if (lines.length > 1) for (const line of lines) this.lines.set(bareLine(line), group);
  }

  /** The grouped entry that holds a text-less entry's year field as one of its lines. */
  holding(rawYear: unknown): Group | undefined {
    if (typeof rawYear !== 'string') return undefined;
    return this.lines.get(bareLine(rawYear.split('\n')[0] ?? ''));
  }
}

/** A member's own entry after a heading entry of its own ("Haymarket affair defendants:"). */
function groupMember(where: EntryLocation, rawYear: string, at: string, title: string): Skip {
  return {
    where,
    rawYear,
    code: 'group-member',
    reason: `a member of the group "${cleanText(title).replace(/:$/, '')}" (${at}), imported with it`,
  };
}

/**
 * A heading entry and its members' entries as the one grouped entry they are: the heading's id,
 * every member's line and links, and the ids the members had alone (their events, if an earlier
 * import made them, go to the trash).
 */
function headingWithMembers(heading: RawEntry, members: RawEntry[]): RawEntry {
  const texts = [heading, ...members].map((e) => e.text ?? '');
  return {
    ...heading,
    text: texts.join('\n'),
    links: [heading, ...members].flatMap((e) => e.links),
    nameLinks: [heading, ...members].flatMap((e) => e.nameLinks ?? []),
    anchors: [heading, ...members].flatMap((e) => e.anchors ?? []),
    idText: entryIdText(heading),
    supersedes: members.flatMap((m) => {
      const alone = normalizeEntry(m);
      return isSkip(alone) ? [] : [alone.externalId];
    }),
  };
}

export type MuffinlabsParse = { ok: true; value: ParseResult } | { ok: false; error: string };

/** Normalises a muffinlabs day file (already JSON-parsed). */
export function parseMuffinlabs(
  json: unknown,
  o: { fileName: string; defaultCategory?: string },
): MuffinlabsParse {
  const file = muffinlabsFileSchema.safeParse(json);
  if (!file.success)
    return {
      ok: false,
      error: `not a muffinlabs file: ${file.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    };
  const date = parseMonthDayName(file.data.date);
  if (!date)
    return { ok: false, error: `unreadable date "${file.data.date}" (expected e.g. "January 3")` };
  const { month, day } = date;
  const sourceUrl =
    (file.data.url && normalizeWikipediaUrl(file.data.url)) || datePageUrl(month, day);

  const rows: ImportRow[] = [];
  const skipped: Skip[] = [];
  let total = 0;
  for (const { key, kind } of SECTIONS) {
    const seen = new Map<string, number>();
    const groups = new GroupLines();
    let heading: YearHeading | null = null;
    const items = file.data.data[key] ?? [];
    const entries = items.map((item) => muffinlabsEntrySchema.safeParse(item));
    const runs =
      kind === 'event'
        ? new Map<number, number[]>()
        : findHeadingRuns(entries.map((e) => e.data ?? null));
    const memberOf = new Map(
      [...runs].flatMap(([h, members]) => members.map((m) => [m, h] as const)),
    );
    const raw = (index: number, rawYear: string, text: string | null | undefined): RawEntry => {
      const data = entries[index]!.data!;
      const shown = anchorLinks(data.no_year_html ?? data.html);
      return {
        source: 'muffinlabs',
        month,
        day,
        kind,
        where: { file: o.fileName, section: key, index },
        rawYear,
        text,
        links: toLinks(data.links),
        nameLinks: kind === 'event' ? [] : shown,
        anchors: shown,
        sourceUrl,
        defaultCategory: o.defaultCategory,
      };
    };
    entries.forEach((entry, index) => {
      total++;
      const where = { file: o.fileName, section: key, index };
      if (!entry.success) {
        skipped.push({
          where,
          rawYear: null,
          code: 'malformed-entry',
          reason: `entry does not match the format: ${entry.error.issues[0]?.message ?? 'invalid'}`,
        });
        return;
      }
      let { year: rawYear, text } = entry.data;
      const leader = memberOf.get(index);
      if (leader !== undefined) {
        skipped.push(
          groupMember(where, rawYear, `${key} #${leader}`, entries[leader]!.data!.text!),
        );
        return;
      }
      if (text == null) {
        const next = readYearHeading(rawYear);
        if (next) {
          heading = next;
          skipped.push({
            where,
            rawYear: next.year,
            code: 'year-heading',
            reason: `the year ${next.year} for the ${next.lines.size} entries after it, which are imported with that year`,
          });
          return;
        }
        const line = typeof rawYear === 'string' ? cleanText(rawYear) : '';
        const split = typeof rawYear === 'string' ? splitYearAndText(rawYear) : null;
        const group = groups.holding(rawYear);
        if (heading?.lines.has(line)) {
          text = line;
          rawYear = heading.year;
        } else if (split) {
          ({ year: rawYear, text } = split);
        } else if (group !== undefined) {
          skipped.push({
            where,
            rawYear: cleanText(String(rawYear)),
            code: 'repeated-line',
            reason: `repeats a line of the grouped entry ${key} #${group.index} (${group.year}), which is imported with it`,
          });
          return;
        }
      }
      if (text) groups.add(text, { index, year: String(rawYear).trim() });
      const members = runs.get(index);
      const results = normalizeEntries(
        members
          ? headingWithMembers(
              raw(index, rawYear, text),
              members.map((m) => raw(m, entries[m]!.data!.year, entries[m]!.data!.text)),
            )
          : raw(index, rawYear, text),
      );
      for (const result of results)
        keepOnce(
          result,
          { rows, skipped, seen },
          { where, rawYear: entry.data.year, section: key, index },
        );
    });
  }
  return { ok: true, value: { format: 'muffinlabs', month, day, rows, skipped, total } };
}
