import type { RawEntry } from './normalize';
import {
  hasLifeNote,
  isLinkedTitleAlone,
  looksLikePersonLine,
  nameVariants,
  type PersonLink,
} from './people';
import { cleanText } from './text';

/*
 * Grouped births and deaths. Wikipedia's date pages list some deaths under a heading ("Space
 * Shuttle Challenger crew", "Attack on Pearl Harbor:") with one line per person; such a group is
 * one entry about all of its people, titled by its heading. The corpus has three shapes:
 *  - one entry whose text is the heading and a line per member (muffinlabs then repeats each line
 *    as an entry of its own, with the line in the year field and no text: see groupLineKey);
 *  - the same after a line about someone who is not of the group (11 September 2001: "Alice
 *    Stewart Trillin, …" and then "Casualties of the September 11 attacks:"): that line is an entry
 *    of its own (splitGroupEntry);
 *  - a heading entry ("Haymarket affair defendants:") followed by an entry per member with the same
 *    year (findHeadingRuns).
 */

const BULLET = /^[-–—•*]\s*/;

/** A line without its list bullet: "- Geoff Bent, English footballer (b. 1932)". */
export const withoutBullet = (line: string) => line.replace(BULLET, '');

/**
 * A line as the group's lines and the entries repeating them are compared: the first line, cleaned,
 * without its bullet. muffinlabs repeats a group's lines as entries whose year field holds the line.
 */
export const groupLineKey = (text: string) => withoutBullet(cleanText(text.split('\n')[0] ?? ''));

export type GroupLines = {
  /** People named before the heading, who are not of the group: an entry each. */
  lead: string[];
  /** The heading (and any other line that names nobody), in order. */
  headings: string[];
  members: string[];
};

/**
 * Divides the lines of a birth or death entry into a group's heading and members. A member line
 * has a life note ("(b. 1935)") or reads like a person; a linked title alone is a heading when the
 * other lines have life notes ("The Day the Music Died" over Buddy Holly and the others). Null
 * when no line after the heading names someone.
 */
export function readGroupLines(
  lines: readonly string[],
  links: readonly PersonLink[],
): GroupLines | null {
  const bare = lines.map(withoutBullet);
  const noted = bare.some(hasLifeNote);
  const isMember = (line: string) =>
    hasLifeNote(line) ||
    (!(noted && isLinkedTitleAlone(line, links)) && looksLikePersonLine(line, links));
  const first = bare.findIndex((line) => !isMember(line));
  if (first < 0) return { lead: bare, headings: [], members: [] };
  const rest = bare.slice(first);
  const members = rest.filter(isMember);
  if (members.length === 0) return null;
  return { lead: bare.slice(0, first), headings: rest.filter((l) => !isMember(l)), members };
}

/** A heading as a title: "Casualties in the 2010 Polish Air Force Tu-154 crash included:" -> "Casualties in the 2010 Polish Air Force Tu-154 crash". */
export function groupTitle(headings: readonly string[]): string {
  const title = headings
    .map((h) => h.replace(/[:\s]+$/, '').replace(/\s+(?:included|including|include)$/i, ''))
    .join('; ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The texts a link shows in a line: its anchor, its title and the title's variants. */
function shownIn(line: string, link: PersonLink, anchors: ReadonlyMap<string, string[]>): boolean {
  const texts = [...(anchors.get(link.url) ?? []), ...nameVariants(link.title)];
  return texts.some((t) => t.length > 2 && line.includes(t));
}

/**
 * The entries a grouped birth or death entry holds: one for each person named before its heading
 * (or for every line, when there is no heading), with the links their line shows, and the group
 * with the rest. The group keeps the entry's external id (`idText`), so an import made before the
 * split updates that event instead of leaving it beside the new ones.
 */
export function splitGroupEntry(entry: RawEntry, lines: readonly string[]): RawEntry[] {
  if ((entry.kind !== 'birth' && entry.kind !== 'death') || lines.length < 2) return [entry];
  const all = [...(entry.nameLinks ?? []), ...entry.links, ...(entry.anchors ?? [])];
  const group = readGroupLines(lines, all);
  if (!group || group.lead.length === 0) return [entry];
  const groupLines = lines.slice(group.lead.length);
  const anchors = new Map<string, string[]>();
  for (const a of [...(entry.anchors ?? []), ...(entry.nameLinks ?? [])])
    anchors.set(a.url, [...(anchors.get(a.url) ?? []), cleanText(a.title)]);
  const inGroup = new Set(
    all.filter((l) => groupLines.some((line) => shownIn(line, l, anchors))).map((l) => l.url),
  );
  const idText = lines.join(' ');
  const part = (text: string, keep: (l: PersonLink) => boolean, id?: string): RawEntry => ({
    ...entry,
    text,
    links: entry.links.filter(keep),
    nameLinks: entry.nameLinks?.filter(keep),
    anchors: entry.anchors?.filter(keep),
    idText: id,
  });
  const leads = group.lead.map((line, i) =>
    part(
      line,
      (l) => !inGroup.has(l.url) && shownIn(line, l, anchors),
      // Without a heading the first person keeps the entry's id.
      i === 0 && groupLines.length === 0 ? idText : undefined,
    ),
  );
  if (groupLines.length === 0) return leads;
  const leadOnly = new Set(
    all
      .filter((l) => !inGroup.has(l.url) && group.lead.some((line) => shownIn(line, l, anchors)))
      .map((l) => l.url),
  );
  return [...leads, part(groupLines.join('\n'), (l) => !leadOnly.has(l.url), idText)];
}

type HeadingCandidate = { year: string; text?: string | null } | null;

/**
 * Headings that are entries of their own ("Haymarket affair defendants:"), each with the entries
 * of its members after it: the same year, a line with a life note each. By the heading's index.
 */
export function findHeadingRuns(entries: readonly HeadingCandidate[]): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  entries.forEach((entry, index) => {
    const heading = entry?.text ? cleanText(entry.text) : '';
    if (!entry || !/:$/.test(heading) || hasLifeNote(heading)) return;
    const members: number[] = [];
    for (let i = index + 1; i < entries.length; i++) {
      const next = entries[i];
      if (!next?.text || next.year !== entry.year || !hasLifeNote(cleanText(next.text))) break;
      members.push(i);
    }
    if (members.length > 0) runs.set(index, members);
  });
  return runs;
}
