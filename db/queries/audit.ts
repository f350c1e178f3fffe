import 'server-only';
import { auditLog } from '../schema';
import type { DbOrTx } from '../types';

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_out'
  | 'user.create'
  | 'user.role_change'
  | 'user.disable'
  | 'user.enable'
  | 'user.password_reset'
  | 'settings.update';

export type AuditInput = {
  /** Who did it; null for the command line, first start, or an unknown visitor. */
  actorId: number | null;
  action: AuditAction;
  entityType: 'user' | 'setting';
  entityId: number | string | null;
  details?: Record<string, unknown>;
};

/** Writes one audit row; call it inside the transaction of the change it records. */
export function recordAudit(dbh: DbOrTx, entry: AuditInput): void {
  dbh
    .insert(auditLog)
    .values({
      userId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === null ? null : String(entry.entityId),
      details: entry.details ?? null,
    })
    .run();
}

export type ContentAuditAction =
  | 'event.create'
  | 'event.update'
  | 'event.publish'
  | 'event.unpublish'
  | 'event.schedule'
  | 'event.archive'
  | 'event.trash'
  | 'event.restore'
  | 'event.purge'
  | 'event.publish_scheduled'
  | 'event.revision_restore'
  | 'event.review_submit'
  | 'event.review_approve'
  | 'event.review_send_back'
  | 'tag.create'
  | 'person.create'
  | 'correction.accept'
  | 'correction.reject';

export type ContentAuditInput = {
  /** Who did it; null for the scheduler. */
  actorId: number | null;
  action: ContentAuditAction;
  entityType: 'event' | 'tag' | 'person' | 'correction';
  entityId: number;
  details?: Record<string, unknown>;
};

/** Writes one audit row for editorial content; call it inside the transaction of the change it records. */
export function recordContentAudit(dbh: DbOrTx, entry: ContentAuditInput): void {
  dbh
    .insert(auditLog)
    .values({
      userId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      details: entry.details ?? null,
    })
    .run();
}
