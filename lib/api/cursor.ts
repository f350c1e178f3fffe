import type { z } from 'zod';

/*
 * Opaque pagination cursors: base64url of a small JSON record holding the sort key of the last item
 * a page returned, and the list it belongs to. Clients pass them back untouched; they are not a
 * format anyone should build by hand, so anything that does not decode to exactly what this list
 * expects is refused (never half-used).
 */

const VERSION = 1;
const MAX_CURSOR_LENGTH = 512;

type CursorRecord = { v: number; s: string; k: unknown };

/**
 * Encodes the key of the last item on a page. `scope` names the list and its order
 * ("day:02-01:event", "category:12:newest"): a cursor is only valid for the list that made it.
 */
export function encodeCursor(scope: string, key: unknown): string {
  const record: CursorRecord = { v: VERSION, s: scope, k: key };
  return Buffer.from(JSON.stringify(record), 'utf8').toString('base64url');
}

export type DecodedCursor<T> = { ok: true; key: T } | { ok: false; error: string };

/** Decodes a cursor made by encodeCursor for this scope, checking its key against `schema`. */
export function decodeCursor<T>(
  cursor: string,
  scope: string,
  schema: z.ZodType<T>,
): DecodedCursor<T> {
  const invalid: DecodedCursor<T> = {
    ok: false,
    error:
      'cursor is not valid: pass back the cursor of the previous answer unchanged, or leave it out to start again',
  };
  if (
    cursor.length === 0 ||
    cursor.length > MAX_CURSOR_LENGTH ||
    !/^[A-Za-z0-9_-]+$/.test(cursor)
  ) {
    return invalid;
  }
  let record: unknown;
  try {
    record = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return invalid;
  }
  if (typeof record !== 'object' || record === null) return invalid;
  const { v, s, k } = record as Partial<CursorRecord>;
  if (v !== VERSION || typeof s !== 'string') return invalid;
  if (s !== scope) {
    return {
      ok: false,
      error:
        'cursor belongs to a different list or order: use it only with the URL that returned it',
    };
  }
  const parsed = schema.safeParse(k);
  return parsed.success ? { ok: true, key: parsed.data } : invalid;
}
