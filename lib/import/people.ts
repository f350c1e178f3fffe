import { cleanText } from './text';
import type { ImportPerson } from './types';
import { readImportYear } from './year';

// "(b. 1935)", "(d. c. 1040)", "(born c. 890)", also without a space ("(b.1882)", "(b.c. 1341)") and
// with a doubt about the entry's own date first ("(probable; d. 193)": see date-notes.ts).
const LIFE_NOTE = /\s*\((?:probable;\s*)?(b|d|born|died)(?:\.\s*|\s+)([^()]+)\)\s*$/i;
const MAX_NAME_LENGTH = 100;

/** A link that may name the person: its text as shown (or the article title) and its URL. */
export type PersonLink = { title: string; url: string };

/** "Mark Foster (singer)" -> "Mark Foster": Wikipedia's disambiguation is not part of a name. */
export function withoutDisambiguation(title: string): string {
  return title
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/_/g, ' ')
    .trim();
}

/** How a linked title may appear in the text: as is, without disambiguation, "X Jr." as "X, Jr.". */
export function nameVariants(title: string): string[] {
  const variants = [cleanText(title.replace(/_/g, ' ')), withoutDisambiguation(title)];
  for (const v of [...variants]) {
    const comma = v.replace(/ (Jr\.|Sr\.|Jr|Sr)$/, ', $1');
    if (comma !== v) variants.push(comma);
  }
  return variants;
}

function startsWithName(text: string, name: string): boolean {
  return (
    name.length > 0 && text.startsWith(name) && /^(?:$|[\s,.;:(])/.test(text.slice(name.length))
  );
}

/**
 * The linked name as the text goes on with it: "Henry, Count of Württemberg" is shown in
 * "Henry, Count of Württemberg-Montbéliard (1473-1482)", whose name is the whole hyphenated word.
 */
function withHyphenatedEnd(text: string, name: string): string {
  if (!name || !text.startsWith(name)) return name;
  const more = /^(?:-[\p{L}\p{M}]+)+/u.exec(text.slice(name.length));
  return more ? name + more[0] : name;
}

function containsName(text: string, name: string): boolean {
  const at = name.length > 2 ? text.indexOf(name) : -1;
  if (at < 0) return false;
  return (
    (at === 0 || /[\s(]/.test(text[at - 1] ?? '')) &&
    /^(?:$|[\s,()])/.test(text.slice(at + name.length))
  );
}

/** True when the line ends with a life note: "(b. 1935)", "(d. 1579)". */
export function hasLifeNote(line: string): boolean {
  return LIFE_NOTE.test(line);
}

/** True for a line that is nothing but a linked title: "The Day the Music Died". */
export function isLinkedTitleAlone(line: string, links: readonly PersonLink[]): boolean {
  const bare = line.replace(/[.\s]+$/, '');
  return links.some((l) => nameVariants(l.title).includes(bare));
}

/**
 * True for a line that reads like "Name, description (b. 1935)": it has a life note, or it is a
 * linked name alone or followed by its description. A group's heading is not a person even when it
 * starts with a link: "Space Shuttle Challenger crew", "Attack on Pearl Harbor:".
 */
export function looksLikePersonLine(line: string, links: readonly PersonLink[]): boolean {
  if (hasLifeNote(line)) return true;
  if (/:\s*$/.test(line)) return false;
  return links.some((l) =>
    nameVariants(l.title).some(
      (v) => startsWithName(line, v) && /^(?:\s*$|\s*[,(])/.test(line.slice(v.length)),
    ),
  );
}

/**
 * The person a birth or death line is about. "Edward Coke, English lawyer, judge, and politician
 * (d. 1634)" -> name "Edward Coke", description "English lawyer, judge, and politician",
 * deathYear 1634. The name is the longest link text or title the line starts with (its URL is the
 * person's reference), else the text before the first comma, with the URL of a link named inside
 * it ("King Henry I of Cyprus" -> Henry I of Cyprus) if any. Null when no name can be found.
 */
export function extractPerson(o: {
  kind: 'birth' | 'death';
  text: string;
  links: readonly PersonLink[];
}): ImportPerson | null {
  const text = cleanText(o.text).replace(/^[-–—•*]\s*/, '');
  let rest = text;
  let otherYear: number | null = null;
  const note = LIFE_NOTE.exec(text);
  if (note?.[1] && note[2]) {
    const parsed = readImportYear(note[2]);
    const died = note[1].toLowerCase().startsWith('d');
    // "(d. 1579)" on a birth line is the other end of the life; ignore it when it contradicts the kind.
    if (parsed.ok && died === (o.kind === 'birth')) otherYear = parsed.year;
    rest = text.slice(0, note.index).trim();
  }

  let name: string | null = null;
  let referenceUrl: string | null = null;
  for (const link of o.links) {
    for (const variant of nameVariants(link.title)) {
      const candidate = withHyphenatedEnd(rest, variant);
      if (startsWithName(rest, candidate) && (!name || candidate.length > name.length)) {
        name = candidate;
        referenceUrl = link.url;
      }
    }
  }
  if (!name) {
    const comma = rest.indexOf(',');
    name = (comma > 0 ? rest.slice(0, comma) : rest).trim();
    let inside = '';
    for (const link of o.links) {
      const candidate = withoutDisambiguation(link.title);
      if (candidate.length > inside.length && containsName(name, candidate)) {
        inside = candidate;
        referenceUrl = link.url;
      }
    }
  }
  if (!name || name.length > MAX_NAME_LENGTH) return null;

  const description = rest
    .slice(name.length)
    .replace(/^[\s,.;:–—-]+/, '')
    .trim();
  return {
    name,
    description,
    referenceUrl,
    birthYear: o.kind === 'death' ? otherYear : null,
    deathYear: o.kind === 'birth' ? otherYear : null,
  };
}

/** A life as far as it is known: each end a year, with its month and day when known. */
export type KnownLife = {
  birth: PartialDate | null;
  death: PartialDate | null;
};
export type PartialDate = { year: number; month: number | null; day: number | null };

/** The longest life on record (Jeanne Calment, 1875–1997) is 122 years. */
export const MAX_LIFESPAN_YEARS = 122;
// The same day as two sources give it: Julian and Gregorian dates differ by up to 13 days
// (Isaac Newton: 25 December 1642 and 4 January 1643).
const SAME_DAY_SLACK_DAYS = 15;

const dayNumber = (d: PartialDate) => d.year * 365.25 + ((d.month ?? 1) - 1) * 30.44 + (d.day ?? 1);

function sameDate(a: PartialDate, b: PartialDate): boolean {
  if (a.month !== null && a.day !== null && b.month !== null && b.day !== null)
    return Math.abs(dayNumber(a) - dayNumber(b)) <= SAME_DAY_SLACK_DAYS;
  return a.year === b.year;
}

function canBeLife(birth: PartialDate, death: PartialDate): boolean {
  return birth.year <= death.year && death.year - birth.year <= MAX_LIFESPAN_YEARS;
}

/**
 * True when two records' dates can be one person's life: the same birth and the same death where
 * both give one, born before dying, and no longer than a human life. A record without dates agrees
 * with anyone. Used to tell apart people who share a name or an article (db/queries/import.ts).
 */
export function datesAgree(a: KnownLife, b: KnownLife): boolean {
  if (a.birth && b.birth && !sameDate(a.birth, b.birth)) return false;
  if (a.death && b.death && !sameDate(a.death, b.death)) return false;
  const births = [a.birth, b.birth].filter((d): d is PartialDate => d !== null);
  const deaths = [a.death, b.death].filter((d): d is PartialDate => d !== null);
  return births.every((birth) => deaths.every((death) => canBeLife(birth, death)));
}

/**
 * True when the dates say two records are one life, not only that they may be: they agree, and
 * both give the birth and the death, or the same full date of one end (two Wang Haos born twelve
 * days apart in 1989 are two people). Enough for one name
 * under two articles ("Louis Lumière" and the article about both brothers, a redirect of it).
 */
export function datesConfirm(a: KnownLife, b: KnownLife): boolean {
  if (!datesAgree(a, b)) return false;
  const sameDay = (x: PartialDate | null, y: PartialDate | null) =>
    x !== null &&
    y !== null &&
    x.day !== null &&
    x.year === y.year &&
    x.month === y.month &&
    x.day === y.day;
  const bothEnds = a.birth && b.birth && a.death && b.death;
  return Boolean(bothEnds) || sameDay(a.birth, b.birth) || sameDay(a.death, b.death);
}

/** Names as people would compare them: case, accents' encoding and spacing aside. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return key(a) === key(b);
}
