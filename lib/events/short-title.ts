// An event's title is a headline (an editor's "Caesar is assassinated") or a whole sentence (an
// imported entry's, up to EVENT_LIMITS.title characters). The event page's heading shows it whole;
// the places with room for a line or two (cards, share images, the page's <title> and Open Graph
// title, feed entries, breadcrumbs) show this short form of it.

/** The short form's length at most, its ellipsis included: about two lines of a card's heading. */
export const SHORT_TITLE_MAX = 110;

/** The title as a short head and the rest of it (`head + rest` is the title); `rest` is empty when it is short enough. */
export type TitleParts = { head: string; rest: string };

// Where a clause ends and the head before it reads as a whole: before "; ", ": " or a spaced dash,
// and before a comma that opens a trailing clause (", killing 70", ", which", ", but"). A comma
// that closes an apposition ("Louis B. Mayer, head of MGM, announces…") is no such place.
const CLAUSE_BOUNDARY = /(?:[;:]| [–—-])(?= )|,(?= (\p{L}+))/gu;
const TRAILING_CLAUSE =
  /^(?:\p{Ll}+ing|which|who|whom|whose|where|when|while|whilst|but|and|or|nor|so|yet|as|after|before|following|until|since|because|although|though|thus|thereby|then|with|without|despite|amid|in|during)$/u;
// Words a cut should not end on ("…formed in the…").
const DANGLING =
  /\s+(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|into|onto|upon|its|his|her|their|which|that|who|whose|after|before|during|while|than|between|against|over|under|near|about|is|are|was|were|be|been|being|has|have|had|when|where|also|not|very|both|each|all|some|more|most|such|only)$/i;
const TRAILING = /[\s,;:–—-]+$/;
const CAPITALIZED = /^["“‘'(]?\p{Lu}/u;

/** Are the brackets and quotation marks opened in `text` all closed? A cut inside them reads badly. */
function balanced(text: string): boolean {
  let round = 0;
  let square = 0;
  let curly = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '(') round++;
    else if (ch === ')') round--;
    else if (ch === '[') square++;
    else if (ch === ']') square--;
    else if (ch === '“') curly++;
    else if (ch === '”') curly--;
    else if (ch === '"') straight++;
  }
  return round <= 0 && square <= 0 && curly <= 0 && straight % 2 === 0;
}

/** The last clause boundary that leaves a head of `least` to `room` characters, or -1. */
function clauseCut(text: string, least: number, room: number): number {
  let cut = -1;
  for (const m of text.matchAll(CLAUSE_BOUNDARY)) {
    if (m.index > room) break;
    if (m.index < least || !balanced(text.slice(0, m.index))) continue;
    if (m[1] !== undefined && !TRAILING_CLAUSE.test(m[1])) continue;
    cut = m.index;
  }
  return cut;
}

/** A head cut at a word: not inside a name ("…the Pine… Ridge"), a bracket, or after "the" or "of". */
function wordCut(text: string, least: number, room: number): string {
  let space = text.lastIndexOf(' ', room);
  if (space < least) return text.slice(0, room);
  // Back out of a run of capitalized words: "General William… Tecumseh Sherman".
  for (let i = 0; i < 4; i++) {
    const prev = text.lastIndexOf(' ', space - 1);
    const before = text.slice(prev + 1, space);
    const after = text.slice(space + 1);
    if (prev < least || !CAPITALIZED.test(before) || !CAPITALIZED.test(after)) break;
    space = prev;
  }
  let head = text.slice(0, space);
  const open = Math.max(head.lastIndexOf(' ('), head.lastIndexOf(' “'), head.lastIndexOf(' "'));
  if (!balanced(head) && open >= least) head = head.slice(0, open);
  for (let i = 0; i < 5; i++) {
    const shorter = head.replace(DANGLING, '');
    if (shorter === head || shorter.length < least) break;
    head = shorter;
  }
  return head;
}

/**
 * Splits a title for its short form. A title of at most `max` characters is its own short form.
 * A longer one is cut, leaving room for the ellipsis and at least a word or two out: at the last
 * clause boundary past about half of `max`, or else at a word.
 */
export function splitTitle(title: string, max: number = SHORT_TITLE_MAX): TitleParts {
  const text = title.trim();
  if (text.length <= max) return { head: text, rest: '' };
  const room = Math.round(max * 0.9) - 1;
  const least = Math.round(max * 0.5);
  const clause = clauseCut(text, least, room);
  const head = (clause > 0 ? text.slice(0, clause) : wordCut(text, least, room)).replace(
    TRAILING,
    '',
  );
  return { head, rest: text.slice(head.length) };
}

/**
 * What a card shows under a short title: the part of the title it left out ("…killing 70 of the 71
 * people on board"), then the summary; just the summary when the title is whole.
 */
export function textAfterShortTitle(e: { title: string; summary: string }): string {
  const { rest } = splitTitle(e.title);
  const summary = e.summary.trim();
  if (!rest) return summary;
  const tail = `…${rest.replace(/^[\s,;:–—-]+/, '')}`;
  return summary ? `${tail}${/[.!?…]["”’')]*$/.test(tail) ? '' : '.'} ${summary}` : tail;
}

/** The title as cards, share images and page titles show it: at most `max` characters, "…" when cut. */
export function shortTitle(title: string, max: number = SHORT_TITLE_MAX): string {
  const { head, rest } = splitTitle(title, max);
  return rest ? `${head}…` : head;
}
