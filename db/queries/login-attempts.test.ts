import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, loginAttempts, users } from '@/db/schema';
import { attemptSignIn } from './login-attempts';
import { createUserFromCommandLine } from './user-accounts';

const PASSWORD = 'the right password';
let n = 0;
async function makeUser() {
  const email = `user${++n}@example.org`;
  const result = await createUserFromCommandLine(db, {
    name: `User ${n}`,
    email,
    role: 'editor',
    password: PASSWORD,
  });
  if (!result.ok) throw new Error(result.message);
  return result.user;
}
const ip = () => `198.51.100.${++n}`;

describe('attemptSignIn', () => {
  it('signs in with the right password (any email case) and records it', async () => {
    const user = await makeUser();
    const result = await attemptSignIn({
      email: `  ${user.email.toUpperCase()} `,
      password: PASSWORD,
      ip: ip(),
    });
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: 0 } });
    expect(db.select().from(users).where(eq(users.id, user.id)).get()?.lastLoginAt).toBeInstanceOf(
      Date,
    );
    expect(
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'auth.sign_in'), eq(auditLog.userId, user.id)))
        .all(),
    ).toHaveLength(1);
  });

  it('gives the same answer for a wrong password, an unknown email and a disabled account', async () => {
    const user = await makeUser();
    const disabled = await makeUser();
    db.update(users).set({ disabled: true }).where(eq(users.id, disabled.id)).run();
    const address = ip();
    expect(
      await attemptSignIn({ email: user.email, password: 'wrong password', ip: address }),
    ).toEqual({ ok: false, reason: 'invalid' });
    expect(
      await attemptSignIn({ email: 'nobody@example.org', password: PASSWORD, ip: address }),
    ).toEqual({ ok: false, reason: 'invalid' });
    expect(await attemptSignIn({ email: disabled.email, password: PASSWORD, ip: address })).toEqual(
      { ok: false, reason: 'invalid' },
    );
    const reasons = db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.sign_in_failed'))
      .all()
      .map((r) => r.details?.reason);
    expect(reasons).toEqual(
      expect.arrayContaining(['wrong_password', 'unknown_email', 'disabled']),
    );
  });

  it('refuses the 6th attempt on an account after 5 failures, even with the right password, from any address', async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) {
      expect(
        await attemptSignIn({ email: user.email, password: `wrong ${i}`, ip: ip() }),
      ).toMatchObject({ reason: 'invalid' });
    }
    const refused = await attemptSignIn({ email: user.email, password: PASSWORD, ip: ip() });
    expect(refused).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 15 });
    const rows = db
      .select({ outcome: loginAttempts.outcome })
      .from(loginAttempts)
      .where(eq(loginAttempts.email, user.email))
      .all();
    expect(rows.map((r) => r.outcome)).toEqual([
      'failure',
      'failure',
      'failure',
      'failure',
      'failure',
      'throttled',
    ]);
  });

  it('refuses an address after 20 failures across accounts, but not other addresses', async () => {
    const user = await makeUser();
    const address = ip();
    for (let i = 0; i < 20; i++) {
      await attemptSignIn({ email: `guess${i}@example.org`, password: 'guess', ip: address });
    }
    expect(
      await attemptSignIn({ email: user.email, password: PASSWORD, ip: address }),
    ).toMatchObject({ reason: 'throttled' });
    expect(await attemptSignIn({ email: user.email, password: PASSWORD, ip: ip() })).toMatchObject({
      ok: true,
    });
  });

  it('clears an account’s failures when it signs in', async () => {
    const user = await makeUser();
    for (let i = 0; i < 4; i++)
      await attemptSignIn({ email: user.email, password: 'wrong', ip: ip() });
    expect(await attemptSignIn({ email: user.email, password: PASSWORD, ip: ip() })).toMatchObject({
      ok: true,
    });
    for (let i = 0; i < 4; i++)
      await attemptSignIn({ email: user.email, password: 'wrong', ip: ip() });
    expect(await attemptSignIn({ email: user.email, password: PASSWORD, ip: ip() })).toMatchObject({
      ok: true,
    });
  });
});
