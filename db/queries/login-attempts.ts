import 'server-only';
import { and, count, desc, eq, gt, inArray, lt, ne, or } from 'drizzle-orm';
import { throttleKey } from '@/lib/auth/client-address';
import { verifyAgainstDummy, verifyPassword } from '@/lib/auth/password';
import {
  type Attempt,
  evaluateThrottle,
  normalizeEmail,
  retryAfterMinutes,
  THROTTLE_RULES,
} from '@/lib/auth/throttle';
import { db } from '../client';
import { loginAttempts, users, type LoginOutcome } from '../schema';
import type { Db } from '../types';
import { recordAudit } from './audit';
import { createSessionRow } from './auth-sessions';

/** What the session token is minted from: the user id, the session version and the session's row. */
export type SignedInUser = { id: number; sessionVersion: number; sessionId: string };

export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMinutes: number };

const rules = THROTTLE_RULES;
const checked = ne(loginAttempts.outcome, 'throttled'); // rows from before refusals stopped being stored

/**
 * Checks an email and password for the sign-in form, with throttling (lib/auth/throttle.ts): when
 * this account from this address, or this address, has too many recent failures, the attempt is
 * refused before the password is looked at. An attempt that goes ahead is recorded (as 'pending') in
 * the same IMMEDIATE transaction as the check, so concurrent guesses see each other. `ip` is the
 * client address (lib/auth/client-address.ts); throttling counts its throttle key (an IPv6
 * address by its /64). Every outcome but a refusal is written to the audit log.
 */
export async function attemptSignIn(
  input: { email: string; password: string; ip: string; now?: number },
  dbh: Db = db,
): Promise<SignInResult> {
  const email = normalizeEmail(input.email).slice(0, 320);
  const key = throttleKey(input.ip);
  const now = input.now ?? Date.now();
  const since = (ms: number) => gt(loginAttempts.createdAt, new Date(now - ms));

  const gate = dbh.transaction(
    (tx) => {
      tx.delete(loginAttempts)
        .where(
          or(
            lt(loginAttempts.createdAt, new Date(now - rules.knownAddressMs)),
            and(
              ne(loginAttempts.outcome, 'success'),
              lt(loginAttempts.createdAt, new Date(now - rules.pair.windowMs)),
            ),
          ),
        )
        .run();
      const columns = { at: loginAttempts.createdAt, outcome: loginAttempts.outcome };
      const toAttempts = (rows: { at: Date; outcome: LoginOutcome }[]): Attempt[] =>
        rows.flatMap(({ at, outcome }) =>
          outcome === 'throttled' ? [] : [{ at: at.getTime(), outcome }],
        );
      // Bounded: only checked attempts are stored, and the delays cap how many a pair can make.
      const pairAttempts = tx
        .select(columns)
        .from(loginAttempts)
        .where(
          and(
            eq(loginAttempts.email, email),
            eq(loginAttempts.ip, key),
            since(rules.pair.windowMs),
            checked,
          ),
        )
        .all();
      const addressAttempts = tx
        .select(columns)
        .from(loginAttempts)
        .where(
          and(
            eq(loginAttempts.ip, key),
            since(rules.address.windowMs),
            inArray(loginAttempts.outcome, ['failure', 'pending']),
          ),
        )
        .orderBy(desc(loginAttempts.createdAt))
        .limit(rules.address.maxFailures)
        .all();
      const accountFailures =
        tx
          .select({ n: count() })
          .from(loginAttempts)
          .where(
            and(
              eq(loginAttempts.email, email),
              since(rules.account.windowMs),
              inArray(loginAttempts.outcome, ['failure', 'pending']),
            ),
          )
          .get()?.n ?? 0;
      const knownAddress =
        tx
          .select({ id: loginAttempts.id })
          .from(loginAttempts)
          .where(
            and(
              eq(loginAttempts.email, email),
              eq(loginAttempts.ip, key),
              eq(loginAttempts.outcome, 'success'),
              since(rules.knownAddressMs),
            ),
          )
          .limit(1)
          .get() !== undefined;
      const decision = evaluateThrottle({
        pairAttempts: toAttempts(pairAttempts),
        addressAttempts: toAttempts(addressAttempts),
        accountFailures,
        knownAddress,
        now,
      });
      if (!decision.allowed) return { decision, attemptId: null };
      const row = tx
        .insert(loginAttempts)
        .values({ email, ip: key, outcome: 'pending', createdAt: new Date(now) })
        .returning({ id: loginAttempts.id })
        .get();
      return { decision, attemptId: row.id };
    },
    { behavior: 'immediate' },
  );
  if (!gate.decision.allowed || gate.attemptId === null) {
    return {
      ok: false,
      reason: 'throttled',
      retryAfterMinutes: retryAfterMinutes(gate.decision.allowed ? 0 : gate.decision.retryAfterMs),
    };
  }
  const attemptId = gate.attemptId;

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

  const sessionId = dbh.transaction(
    (tx) => {
      tx.update(loginAttempts)
        .set({ outcome: ok ? 'success' : 'failure' })
        .where(eq(loginAttempts.id, attemptId))
        .run();
      recordAudit(tx, {
        actorId: ok ? user.id : null,
        action: ok ? 'auth.sign_in' : 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        details: ok ? { ip: input.ip } : { ip: input.ip, email, reason: failure },
      });
      if (!ok) return null;
      tx.update(users)
        .set({ lastLoginAt: new Date(now) })
        .where(eq(users.id, user.id))
        .run();
      return createSessionRow(tx, { userId: user.id, now });
    },
    { behavior: 'immediate' },
  );
  return ok && sessionId
    ? { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion, sessionId } }
    : { ok: false, reason: 'invalid' };
}
