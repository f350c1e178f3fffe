import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

const key = z.tuple([z.number().int().nullable(), z.number().int().positive()]);

describe('cursors', () => {
  it('round-trip a key, nulls and negative years included, as URL-safe text', () => {
    for (const k of [
      [1924, 17],
      [null, 3],
      [-44, 9_007_199],
    ] as const) {
      const cursor = encodeCursor('day:2-1', k);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor, 'day:2-1', key)).toEqual({ ok: true, key: k });
    }
  });

  it('are opaque: nothing of the key is readable without decoding', () => {
    expect(encodeCursor('tags', ['Soviet Union', 4])).not.toContain('Soviet');
  });

  it('are refused for another list, with a message that says so', () => {
    const cursor = encodeCursor('category:1:newest', [1924, 2, 1, 5]);
    const decoded = decodeCursor(
      cursor,
      'category:1:oldest',
      z.tuple([z.number(), z.number(), z.number(), z.number()]),
    );
    expect(decoded).toEqual({
      ok: false,
      error:
        'cursor belongs to a different list or order: use it only with the URL that returned it',
    });
  });

  it('are refused when damaged, forged with the wrong key shape, or too long', () => {
    const valid = encodeCursor('day:2-1', [1924, 17]);
    const bad = [
      '',
      'not base64!',
      valid.slice(0, -3),
      Buffer.from('{"v":2,"s":"day:2-1","k":[1,1]}').toString('base64url'),
      Buffer.from('{"v":1,"k":[1,1]}').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
      encodeCursor('day:2-1', ['1924', 17]),
      encodeCursor('day:2-1', [1924, 0]),
      encodeCursor('day:2-1', [1924]),
      encodeCursor('day:2-1', [1924.5, 17]),
      'A'.repeat(600),
    ];
    for (const cursor of bad) {
      const decoded = decodeCursor(cursor, 'day:2-1', key);
      expect({ cursor, ok: decoded.ok }).toEqual({ cursor, ok: false });
      if (!decoded.ok) expect(decoded.error).toMatch(/^cursor is not valid/);
    }
  });
});
