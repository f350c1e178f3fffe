import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from '@/lib/config';

/** Compares a presented secret with the one `npm start` wrote beside the database (constant time). */
export function isValidRevalidateSecret(presented: string | null): boolean {
  if (!presented) return false;
  const file = path.join(path.dirname(getConfig().databasePath), '.revalidate-secret');
  let expected: string;
  try {
    expected = fs.readFileSync(file, 'utf8').trim();
  } catch {
    return false;
  }
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
