import { db, getDbHandle } from '@/db/client';
import type { NewEvent } from '../schema';
import { categories, events } from '../schema';
import { createSessionRow } from './auth-sessions';

let counter = 0;

/** Inserts a category and returns its id (fixture for DAL tests). */
export function insertCategory(values: Partial<typeof categories.$inferInsert> = {}): number {
  counter++;
  const row = db
    .insert(categories)
    .values({
      slug: `cat-${counter}`,
      name: `Category ${counter}`,
      color: '#1d4ed8',
      position: counter,
      ...values,
    })
    .returning({ id: categories.id })
    .get();
  return row.id;
}

/** Inserts a published day-precision event (override anything) and returns its id and slug. */
export function insertEvent(values: Partial<NewEvent> & { categoryId: number }): {
  id: number;
  slug: string;
} {
  counter++;
  const row = db
    .insert(events)
    .values({
      slug: `event-${counter}`,
      title: `Event ${counter}`,
      summary: `Summary ${counter}`,
      kind: 'event',
      year: 1924,
      month: 2,
      day: 1,
      precision: 'day',
      status: 'published',
      ...values,
    })
    .returning({ id: events.id, slug: events.slug })
    .get();
  return row;
}

/**
 * What next-auth's getServerSession would hand verifySession() for a fresh sign-in of `userId`
 * (for tests that mock next-auth): the claims, with a real session row behind them.
 */
export function signedInClaims(userId: number, sv = 0) {
  const now = Date.now();
  return { uid: userId, sv, sid: createSessionRow(db, { userId, now }), authAt: now };
}

/** The query plan (EXPLAIN QUERY PLAN details, one string per statement) of every statement `run` prepares. */
export function explainStatements(run: () => void): string[] {
  const { sqlite } = getDbHandle();
  const plans: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    if (!source.startsWith('EXPLAIN')) {
      const params = (source.match(/\?/g) ?? []).map(() => 1);
      const rows = prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[];
      plans.push(rows.map((r) => r.detail).join('\n'));
    }
    return prepare(source);
  }) as typeof sqlite.prepare;
  try {
    run();
  } finally {
    sqlite.prepare = prepare;
  }
  return plans;
}
