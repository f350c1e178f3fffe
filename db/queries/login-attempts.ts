import 'server-only';
import { and, eq, gt, lt } from 'drizzle-orm';
import { verifyAgainstDummy, verifyPassword } from '@/lib/auth/password';
import {
  evaluateThrottle,
  normalizeEmail,
  retryAfterMinutes,
  THROTTLE_RULES,
} from '@/lib/auth/throttle';
import { db } from '../client';
import { loginAttempts, users } from '../schema';
import type { Db } from '../types';
import { recordAudit } from './audit';

/** What the session token is minted from: the id and the session version, nothing else. */
export type SignedInUser = { id: number; sessionVersion: number };

export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMinutes: number };

const KEEP_ATTEMPTS_MS = 24 * 60 * 60_000;

/**
 * Checks an email and password for the sign-in form, with throttling: when the account or the
 * address has too many recent failures, the attempt is refused before the password is looked at.
 * The attempt is recorded (as 'pending') in the same IMMEDIATE transaction as the check, so
 * concurrent guesses see each other. Every outcome but a refusal is written to the audit log.
 */
export async function attemptSignIn(
  input: { email: string; password: string; ip: string },
  dbh: Db = db,
): Promise<SignInResult> {
  const email = normalizeEmail(input.email).slice(0, 320);
  const now = Date.now();
  const since = new Date(now - THROTTLE_RULES.windowMs);

  const gate = dbh.transaction(
    (tx) => {
      tx.delete(loginAttempts)
        .where(lt(loginAttempts.createdAt, new Date(now - KEEP_ATTEMPTS_MS)))
        .run();
      const columns = { at: loginAttempts.createdAt, outcome: loginAttempts.outcome };
      const accountAttempts = tx
        .select(columns)
        .from(loginAttempts)
        .where(and(eq(loginAttempts.email, email), gt(loginAttempts.createdAt, since)))
        .all();
      const addressAttempts = tx
        .select(columns)
        .from(loginAttempts)
        .where(and(eq(loginAttempts.ip, input.ip), gt(loginAttempts.createdAt, since)))
        .all();
      const decision = evaluateThrottle({
        accountAttempts: accountAttempts.map((a) => ({ at: a.at.getTime(), outcome: a.outcome })),
        addressAttempts: addressAttempts.map((a) => ({ at: a.at.getTime(), outcome: a.outcome })),
        now,
      });
      const outcome = decision.allowed ? 'pending' : 'throttled';
      const row = tx
        .insert(loginAttempts)
        .values({ email, ip: input.ip, outcome, createdAt: new Date(now) })
        .returning({ id: loginAttempts.id })
        .get();
      return { decision, attemptId: row.id };
    },
    { behavior: 'immediate' },
  );
  if (!gate.decision.allowed) {
    return {
      ok: false,
      reason: 'throttled',
      retryAfterMinutes: retryAfterMinutes(gate.decision.retryAfterMs),
    };
  }

  const user = dbh
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email))
    .get();
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  const ok = passwordOk && user !== undefined && !user.disabled;
  const failure = !user ? 'unknown_email' : !passwordOk ? 'wrong_password' : 'disabled';

  dbh.transaction(
    (tx) => {
      tx.update(loginAttempts)
        .set({ outcome: ok ? 'success' : 'failure' })
        .where(eq(loginAttempts.id, gate.attemptId))
        .run();
      if (ok) tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id)).run();
      recordAudit(tx, {
        actorId: ok ? user.id : null,
        action: ok ? 'auth.sign_in' : 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        details: ok ? { ip: input.ip } : { ip: input.ip, email, reason: failure },
      });
    },
    { behavior: 'immediate' },
  );
  return ok
    ? { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } }
    : { ok: false, reason: 'invalid' };
}
