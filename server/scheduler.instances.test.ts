import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, events, revisions } from '@/db/schema';
import { insertCategory, insertEvent } from '@/db/queries/test-fixtures';
import { runTsx } from '@/test/scripts';

// Every app server on a database runs the scheduler (instrumentation.ts). When their timers fire at
// the same moment, each due event is still published once: one revision, one audit entry, counted
// by one server.

const INSTANCES = 3;

describe('scheduled publishing with several app servers on one database', () => {
  it('publishes each due event once, whichever server gets to it', async () => {
    const categoryId = insertCategory();
    const due = Array.from({ length: 12 }, (_, i) =>
      insertEvent({
        categoryId,
        status: 'draft',
        publishAt: new Date(Date.now() - 60_000 + i * 1000),
      }),
    );
    // The processes take a second or two to start: all of them run at this instant.
    const at = Date.now() + 6_000;
    const runs = await Promise.all(
      Array.from({ length: INSTANCES }, () => runTsx('test/run-scheduler.ts', [String(at)])),
    );
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('scheduled publishing failed');
    }
    const published = runs.map((r) => Number(/published=(\d+)/.exec(r.stdout)?.[1]));
    expect(published.reduce((a, b) => a + b, 0)).toBe(due.length);

    for (const e of due) {
      const row = db.select().from(events).where(eq(events.id, e.id)).get();
      expect(row?.status).toBe('published');
      const scheduledRevisions = db
        .select({ n: count() })
        .from(revisions)
        .where(and(eq(revisions.eventId, e.id), eq(revisions.note, 'Published as scheduled')))
        .get()?.n;
      expect(scheduledRevisions, `event ${e.id}`).toBe(1);
      const audits = db
        .select({ n: count() })
        .from(auditLog)
        .where(
          and(eq(auditLog.action, 'event.publish_scheduled'), eq(auditLog.entityId, String(e.id))),
        )
        .get()?.n;
      expect(audits, `event ${e.id}`).toBe(1);
    }
  });
});
