import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import type { CreateUserInput } from '@/lib/auth/user-schema';
import { db } from '../client';
import type { UserRole } from '@/lib/auth/roles';
import { users } from '../schema';
import { recordAudit } from './audit';
import { endUserSessions } from './auth-sessions';
import {
  findSummary,
  insertUser,
  isLastActiveAdmin,
  LAST_ADMIN_MESSAGE,
  notFound,
  summaryColumns,
  updatePassword,
  type UserResult,
  type UserSummary,
} from './user-accounts';
import { assertRole, type SessionUser } from '@/lib/auth/actor';

export type { UserError, UserResult, UserSummary } from './user-accounts';

// ---- Admin screens: every function checks the caller's role itself. ----

export async function listUsers(actor: SessionUser | null): Promise<UserSummary[]> {
  assertRole(actor, 'admin');
  return db
    .select(summaryColumns)
    .from(users)
    .orderBy(asc(users.disabled), asc(users.name), asc(users.id))
    .all();
}

/** Creates a user; with no password given, generates one and returns it (shown once, never stored). */
export async function createUser(
  actor: SessionUser | null,
  input: CreateUserInput,
): Promise<UserResult<{ user: UserSummary; generatedPassword: string | null }>> {
  assertRole(actor, 'admin');
  const password = input.password ?? generatePassword();
  const generatedPassword = input.password === undefined ? password : null;
  const passwordHash = await hashPassword(password);
  const result = insertUser(db, { ...input, passwordHash }, { actorId: actor.id, via: 'admin' });
  return result.ok ? { ...result, generatedPassword } : result;
}

export async function changeUserRole(
  actor: SessionUser | null,
  input: {
    userId: number;
    role: UserRole;
  },
): Promise<UserResult<{ user: UserSummary }>> {
  assertRole(actor, 'admin');
  return db.transaction(
    (tx) => {
      const user = findSummary(tx, input.userId);
      if (!user) return notFound;
      if (user.role === input.role) return { ok: true, user } as const;
      if (input.role !== 'admin' && isLastActiveAdmin(tx, user))
        return { ok: false, code: 'last_admin', message: LAST_ADMIN_MESSAGE } as const;
      tx.update(users)
        .set({ role: input.role, updatedAt: new Date() })
        .where(eq(users.id, user.id))
        .run();
      recordAudit(tx, {
        actorId: actor.id,
        action: 'user.role_change',
        entityType: 'user',
        entityId: user.id,
        details: { email: user.email, from: user.role, to: input.role },
      });
      return { ok: true, user: { ...user, role: input.role } } as const;
    },
    { behavior: 'immediate' },
  );
}

/** Disabling locks the user out at once: their next request finds the flag (and a new session version). */
export async function setUserDisabled(
  actor: SessionUser | null,
  input: {
    userId: number;
    disabled: boolean;
  },
): Promise<UserResult<{ user: UserSummary }>> {
  assertRole(actor, 'admin');
  return db.transaction(
    (tx) => {
      const user = findSummary(tx, input.userId);
      if (!user) return notFound;
      if (user.disabled === input.disabled) return { ok: true, user } as const;
      if (input.disabled && user.id === actor.id) {
        return {
          ok: false,
          code: 'self',
          message: 'You cannot disable your own account.',
        } as const;
      }
      if (input.disabled && isLastActiveAdmin(tx, user))
        return { ok: false, code: 'last_admin', message: LAST_ADMIN_MESSAGE } as const;
      tx.update(users)
        .set({
          disabled: input.disabled,
          updatedAt: new Date(),
          ...(input.disabled ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
        })
        .where(eq(users.id, user.id))
        .run();
      if (input.disabled) endUserSessions(tx, user.id);
      recordAudit(tx, {
        actorId: actor.id,
        action: input.disabled ? 'user.disable' : 'user.enable',
        entityType: 'user',
        entityId: user.id,
        details: { email: user.email },
      });
      return { ok: true, user: { ...user, disabled: input.disabled } } as const;
    },
    { behavior: 'immediate' },
  );
}

/** Sets a new generated password (returned once) and ends the user's sessions. */
export async function resetUserPassword(
  actor: SessionUser | null,
  input: {
    userId: number;
  },
): Promise<UserResult<{ user: UserSummary; password: string }>> {
  assertRole(actor, 'admin');
  const password = generatePassword();
  const result = updatePassword(db, input.userId, await hashPassword(password), actor.id);
  return result.ok ? { ...result, password } : result;
}
