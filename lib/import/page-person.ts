import { withoutDisambiguation } from './people';
import type { WikimediaPage } from './schemas';
import type { ImportPerson } from './types';

/*
 * A linked article that is a person although no birth or death of this import is about them
 * ("Margot Frank" in an event of 30 October): Wikimedia's page summaries say so in their opening
 * line, "Name (born 6 November 1942) is…" or "Name (3 April 1911 – 10 March 2001) was…". The life
 * note is the first parenthesis of the opening that holds a year (one for a pronunciation may come
 * before it). The article reads as a person's when that note
 *  - says "born" or "died", or
 *  - spans a lifetime (two years at most 120 apart, "1845–1894", "c. 1926 – 13 February 1945"),
 *    the summary speaks of its subject as he or she, and does not open with "The" (a war, an
 *    occupation or a caliphate span years too).
 * Anything else (no summary, a list article) is not taken for a person: better a missed person
 * than a "person" called the Rashidun Caliphate.
 */

const OPENING = 400;
const YEAR = /\b\d{3,4}\b/;
const LIFE_WORD = /\b(?:born|died)\s/i;
const SPAN =
  /(\d{3,4})\s*(?:\[[^\]]*\]\s*)?[–—-]\s*(?:[A-Za-z]+\.?,?\s+|\d{1,2},?\s+){0,4}(\d{3,4})\b/;
const MAX_LIFESPAN = 120;
const PERSONAL_PRONOUN = /\b(?:he|she|his|her|him)\b/i;

/** The parentheses of a summary's opening, outermost only ("[O.S. 10 April]" stays inside). */
function openingParentheses(extract: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < Math.min(extract.length, OPENING); i++) {
    if (extract[i] === '(' && depth++ === 0) open = i;
    else if (extract[i] === ')' && depth > 0 && --depth === 0)
      found.push(extract.slice(open + 1, i));
  }
  return found;
}

function spansALifetime(note: string): boolean {
  const m = SPAN.exec(note);
  if (!m) return false;
  const width = Number(m[2]) - Number(m[1]);
  return width >= 0 && width <= MAX_LIFESPAN;
}

/** The years a life note gives: "born 1949" -> birth 1949; "1911 – 2001" -> both. */
function lifeYears(note: string): { birthYear: number | null; deathYear: number | null } {
  const years = [...note.matchAll(/\b(\d{3,4})\b/g)].map((m) => Number(m[1]));
  if (/\bdied\b|\bd\.\s/i.test(note) && !/\bborn\b|\bb\.\s/i.test(note))
    return { birthYear: null, deathYear: years.at(-1) ?? null };
  if (years.length === 1) return { birthYear: years[0] ?? null, deathYear: null };
  return { birthYear: years[0] ?? null, deathYear: years.at(-1) ?? null };
}

/** The person a page summary is about, or null when it does not read as a person's. */
export function personFromPage(
  page: WikimediaPage,
  url: string,
  title: string,
): ImportPerson | null {
  const extract = page.extract?.trim();
  if (!extract || /\blist article\b/i.test(page.description ?? '')) return null;
  const note = openingParentheses(extract).find((p) => YEAR.test(p));
  if (!note) return null;
  const lifetime =
    spansALifetime(note) && !/^The\s/.test(extract) && PERSONAL_PRONOUN.test(extract);
  if (!LIFE_WORD.test(note) && !lifetime) return null;
  const name = withoutDisambiguation(title);
  if (!name) return null;
  return { name, description: page.description ?? '', referenceUrl: url, ...lifeYears(note) };
}
