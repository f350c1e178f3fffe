import 'server-only';
import { count, eq, isNull, sql } from 'drizzle-orm';
import { db } from '../client';
import { corrections, events } from '../schema';
import { assertRole, type SessionUser } from '@/lib/auth/actor';

export type DashboardCounts = {
  drafts: number;
  scheduled: number;
  published: number;
  openCorrections: number;
};

/** The editor dashboard's figures. Scheduled = a draft with a publish time set; the trash is not counted. */
export async function getDashboardCounts(actor: SessionUser | null): Promise<DashboardCounts> {
  assertRole(actor, 'editor');
  const e = db
    .select({
      drafts: sql<number>`count(*) filter (where ${events.status} = 'draft' and ${events.publishAt} is null)`,
      scheduled: sql<number>`count(*) filter (where ${events.status} = 'draft' and ${events.publishAt} is not null)`,
      published: sql<number>`count(*) filter (where ${events.status} = 'published')`,
    })
    .from(events)
    .where(isNull(events.deletedAt))
    .get();
  const c = db
    .select({ open: count() })
    .from(corrections)
    .where(eq(corrections.status, 'open'))
    .get();
  return {
    drafts: e?.drafts ?? 0,
    scheduled: e?.scheduled ?? 0,
    published: e?.published ?? 0,
    openCorrections: c?.open ?? 0,
  };
}
