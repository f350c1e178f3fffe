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
function nameVariants(title: string): string[] {
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

function containsName(text: string, name: string): boolean {
  const at = name.length > 2 ? text.indexOf(name) : -1;
  if (at < 0) return false;
  return (
    (at === 0 || /[\s(]/.test(text[at - 1] ?? '')) &&
    /^(?:$|[\s,()])/.test(text.slice(at + name.length))
  );
}

/**
 * True for a line that reads like "Name, description (b. 1935)": it has a life note, or it is a
 * linked name alone or followed by its description. A group's heading is not a person even when it
 * starts with a link: "Space Shuttle Challenger crew", "Attack on Pearl Harbor:".
 */
export function looksLikePersonLine(line: string, links: readonly PersonLink[]): boolean {
  if (LIFE_NOTE.test(line)) return true;
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
    for (const candidate of nameVariants(link.title)) {
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
