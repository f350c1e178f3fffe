import type { z } from 'zod';

// Characters no title or name may hold: NUL, and the bidirectional embedding, override and isolate
// controls (U+202A–U+202E, U+2066–U+2069), which make text show differently from what it is (a name
// that reads backwards, a title that hides words). The one rule: the forms refuse them (event
// title, person, tag, category and user names) and the importers drop them from imported text.
const UNSAFE = /[\u0000\u202A-\u202E\u2066-\u2069]/;
const UNSAFE_ALL = /[\u0000\u202A-\u202E\u2066-\u2069]/g;

/** The code point of the first such character ("U+202E"), or null when there is none. */
export function findUnsafeCharacter(text: string): string | null {
  const found = UNSAFE.exec(text)?.[0];
  if (found === undefined) return null;
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What a form says about such a character, or null when the text has none. */
export function unsafeTextProblem(text: string): string | null {
  const code = findUnsafeCharacter(text);
  return code === null
    ? null
    : `Remove the invisible control character (${code}): it changes how the text is shown`;
}

/** A zod check for a title or name field: `.superRefine(refuseUnsafeText)`. */
export function refuseUnsafeText(value: string | null, ctx: z.RefinementCtx): void {
  const problem = value === null ? null : unsafeTextProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}

/** The text without such characters (imported text, which nobody can be asked to fix). */
export function withoutUnsafeText(text: string): string {
  return text.replace(UNSAFE_ALL, '');
}
