import 'server-only';
import { eq } from 'drizzle-orm';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import { REVIEW_REQUIRED_SETTING } from '@/lib/review/states';
import { db } from '../client';
import { siteSettings, users } from '../schema';
import type { DbOrTx } from '../types';
import { recordAudit } from './audit';

// Site-wide settings (site_settings, one JSON value per key). Today one: whether an editor's event
// needs a reviewer's approval before it is published or scheduled.

/** Is review before publish required on this site? Off unless an admin turned it on. */
export function isReviewRequiredIn(dbh: DbOrTx): boolean {
  const row = dbh
    .select({ value: siteSettings.value })
    .from(siteSettings)
    .where(eq(siteSettings.key, REVIEW_REQUIRED_SETTING))
    .get();
  return row?.value === true;
}

export type SiteSettings = {
  reviewRequired: boolean;
  /** Who last changed the review setting, and when; null while it has its default. */
  reviewChanged: { byName: string | null; at: Date } | null;
};

/** The settings as the admin screen shows them. */
export async function getSiteSettings(actor: SessionUser | null): Promise<SiteSettings> {
  assertRole(actor, 'admin');
  const row = db
    .select({ value: siteSettings.value, at: siteSettings.updatedAt, byName: users.name })
    .from(siteSettings)
    .leftJoin(users, eq(users.id, siteSettings.updatedBy))
    .where(eq(siteSettings.key, REVIEW_REQUIRED_SETTING))
    .get();
  return {
    reviewRequired: row?.value === true,
    reviewChanged: row ? { byName: row.byName, at: row.at } : null,
  };
}

/** Whether the editor's screens must offer review instead of publishing (any signed-in editor may ask). */
export async function getReviewRequired(actor: SessionUser | null): Promise<boolean> {
  assertRole(actor, 'editor');
  return isReviewRequiredIn(db);
}

/** Turns review before publish on or off for the whole site, with its audit row. */
export function setReviewRequired(
  actor: SessionUser | null,
  o: { required: boolean; now?: Date },
): { ok: true; changed: boolean } {
  assertRole(actor, 'admin');
  const now = o.now ?? new Date();
  return db.transaction(
    (tx) => {
      const before = isReviewRequiredIn(tx);
      if (before === o.required) return { ok: true, changed: false } as const;
      tx.insert(siteSettings)
        .values({
          key: REVIEW_REQUIRED_SETTING,
          value: o.required,
          updatedBy: actor.id,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: siteSettings.key,
          set: { value: o.required, updatedBy: actor.id, updatedAt: now },
        })
        .run();
      recordAudit(tx, {
        actorId: actor.id,
        action: 'settings.update',
        entityType: 'setting',
        entityId: REVIEW_REQUIRED_SETTING,
        details: { from: before, to: o.required },
      });
      return { ok: true, changed: true } as const;
    },
    { behavior: 'immediate' },
  );
}
