// User accounts without a session: the core the admin screens (./users.ts) build on, and the
// command-line entry points (`npm run create-admin`, the first admin on first start), which are run
// by whoever holds the database file. Nothing here checks a role: callers do.
import 'server-only';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { normalizeEmail } from '@/lib/auth/throttle';
import type { UserRole } from '@/lib/auth/roles';
import { users } from '../schema';
import type { Db, DbOrTx } from '../types';
import { recordAudit } from './audit';
import { endUserSessions } from './auth-sessions';

/** A user as the admin screens show them (never the password hash). */
export type UserSummary = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
};

export type UserError = {
  ok: false;
  code: 'not_found' | 'email_taken' | 'last_admin' | 'self';
  message: string;
};
export type UserResult<T> = ({ ok: true } & T) | UserError;

export const summaryColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export const notFound: UserError = {
  ok: false,
  code: 'not_found',
  message: 'That user does not exist (any more).',
};
export const LAST_ADMIN_MESSAGE =
  'Almanac needs at least one active admin: make another user an admin first.';

export function findSummary(dbh: DbOrTx, id: number): UserSummary | undefined {
  return dbh.select(summaryColumns).from(users).where(eq(users.id, id)).get();
}

/** True when `userId` is the only admin who can sign in, so demoting or disabling them would leave none. */
export function isLastActiveAdmin(dbh: DbOrTx, user: UserSummary): boolean {
  if (user.role !== 'admin' || user.disabled) return false;
  const others = dbh
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, user.id)))
    .get();
  return (others?.n ?? 0) === 0;
}

export function insertUser(
  dbh: Db,
  input: { name: string; email: string; role: UserRole; passwordHash: string },
  audit: { actorId: number | null; via: 'admin' | 'command line' | 'first start' },
): UserResult<{ user: UserSummary }> {
  return dbh.transaction(
    (tx) => {
      const email = normalizeEmail(input.email);
      const taken = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
      if (taken)
        return {
          ok: false,
          code: 'email_taken',
          message: 'A user with this email address already exists.',
        } as const;
      const row = tx
        .insert(users)
        .values({ name: input.name, email, role: input.role, passwordHash: input.passwordHash })
        .returning(summaryColumns)
        .get();
      recordAudit(tx, {
        actorId: audit.actorId,
        action: 'user.create',
        entityType: 'user',
        entityId: row.id,
        details: { email, role: input.role, via: audit.via },
      });
      return { ok: true, user: row } as const;
    },
    { behavior: 'immediate' },
  );
}

export function updatePassword(
  dbh: Db,
  userId: number,
  passwordHash: string,
  actorId: number | null,
): UserResult<{ user: UserSummary }> {
  return dbh.transaction(
    (tx) => {
      const user = findSummary(tx, userId);
      if (!user) return notFound;
      // A new session version ends every session the user had, at their next request.
      tx.update(users)
        .set({
          passwordHash,
          sessionVersion: sql`${users.sessionVersion} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(users.id, userId))
        .run();
      endUserSessions(tx, userId);
      recordAudit(tx, {
        actorId,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: userId,
        details: { email: user.email },
      });
      return { ok: true, user } as const;
    },
    { behavior: 'immediate' },
  );
}

// ---- Command line (`npm run create-admin`, first start): run by whoever holds the database file. ----

export async function createUserFromCommandLine(
  dbh: Db,
  input: { name: string; email: string; role: UserRole; password: string },
  via: 'command line' | 'first start' = 'command line',
): Promise<UserResult<{ user: UserSummary }>> {
  return insertUser(
    dbh,
    { ...input, passwordHash: await hashPassword(input.password) },
    { actorId: null, via },
  );
}

export async function resetPasswordFromCommandLine(
  dbh: Db,
  input: { email: string; password: string },
): Promise<UserResult<{ user: UserSummary }>> {
  const user = dbh
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normalizeEmail(input.email)))
    .get();
  if (!user) return notFound;
  return updatePassword(dbh, user.id, await hashPassword(input.password), null);
}

function countUsers(dbh: Db): number {
  return dbh.select({ n: count() }).from(users).get()?.n ?? 0;
}

/**
 * On a database with no users, creates the first admin (first start). Returns what was created, or
 * null when there already are users. The caller prints a generated password once.
 */
export async function createFirstAdminIfNone(
  dbh: Db,
  input: { name: string; email: string; password: string },
): Promise<UserSummary | null> {
  if (countUsers(dbh) > 0) return null;
  const result = await createUserFromCommandLine(dbh, { ...input, role: 'admin' }, 'first start');
  if (!result.ok) throw new Error(`Could not create the first admin: ${result.message}`);
  return result.user;
}
