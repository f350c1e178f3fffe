import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, loginAttempts, sessions, users } from '@/db/schema';
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
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, sessionVersion: 0, sessionId: expect.stringMatching(/^[\w-]{24}$/) },
    });
    if (!result.ok) return;
    expect(
      db.select().from(sessions).where(eq(sessions.id, result.user.sessionId)).get(),
    ).toMatchObject({ userId: user.id });
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

  it('slows a guesser on one address without keeping the owner out from another', async () => {
    const user = await makeUser();
    const attacker = ip();
    const owner = ip();
    const t0 = Date.now();
    const attempt = (from: string, password: string, at: number) =>
      attemptSignIn({ email: user.email, password, ip: from, now: at });

    // Five quick failures are checked; the sixth, a second later, is refused for a minute.
    for (let i = 0; i < 5; i++)
      expect(await attempt(attacker, `wrong ${i}`, t0 + i * 1000)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    expect(await attempt(attacker, 'wrong 5', t0 + 5000)).toEqual({
      ok: false,
      reason: 'throttled',
      retryAfterMinutes: 1,
    });
    // Even the right password, from the guesser's address: nothing is checked while it waits.
    expect(await attempt(attacker, PASSWORD, t0 + 6000)).toMatchObject({ reason: 'throttled' });

    // The owner, from another address, signs in at once.
    expect(await attempt(owner, PASSWORD, t0 + 7000)).toMatchObject({ ok: true });

    // The guesser keeps going, each time as soon as it is allowed: the waits double.
    let at = t0 + 5000;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      let refused = await attempt(attacker, `again ${i}`, at);
      while (refused.ok === false && refused.reason === 'throttled') {
        waits.push(refused.retryAfterMinutes);
        at += refused.retryAfterMinutes * 60_000;
        refused = await attempt(attacker, `again ${i}`, at);
      }
      expect(refused).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
    // 11 guesses in about an hour, and the next one is an hour away.
    expect(await attempt(attacker, 'again', at + 1000)).toEqual({
      ok: false,
      reason: 'throttled',
      retryAfterMinutes: 60,
    });
    // Meanwhile the owner still signs in whenever they like.
    expect(await attempt(owner, PASSWORD, at + 2000)).toMatchObject({ ok: true });

    // Refused attempts are not stored (nor audited), so hammering costs the guesser only time.
    const rows = db
      .select({ outcome: loginAttempts.outcome })
      .from(loginAttempts)
      .where(eq(loginAttempts.email, user.email))
      .all();
    expect(rows.filter((r) => r.outcome === 'failure')).toHaveLength(11);
    expect(rows.filter((r) => r.outcome === 'success')).toHaveLength(2);
    expect(rows.filter((r) => r.outcome === 'throttled')).toHaveLength(0);
  });

  it('under a many-address attack, slows new addresses but not the ones the owner signed in from', async () => {
    const user = await makeUser();
    const home = ip();
    const t0 = Date.now();
    expect(
      await attemptSignIn({ email: user.email, password: PASSWORD, ip: home, now: t0 }),
    ).toMatchObject({ ok: true });
    // 50 failures from 25 addresses, 2 each.
    for (let i = 0; i < 25; i++) {
      const bot = `203.0.113.${i + 1}`;
      for (let j = 0; j < 2; j++)
        await attemptSignIn({ email: user.email, password: 'guess', ip: bot, now: t0 + 1000 + j });
    }
    // A fresh address gets its first try at once, and must wait after its first failure.
    const fresh = ip();
    expect(
      await attemptSignIn({ email: user.email, password: 'typo', ip: fresh, now: t0 + 2000 }),
    ).toEqual({ ok: false, reason: 'invalid' });
    expect(
      await attemptSignIn({ email: user.email, password: PASSWORD, ip: fresh, now: t0 + 3000 }),
    ).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 1 });
    expect(
      await attemptSignIn({ email: user.email, password: PASSWORD, ip: fresh, now: t0 + 63_000 }),
    ).toMatchObject({ ok: true });
    // The owner's usual address keeps its five tries.
    for (let i = 0; i < 3; i++)
      await attemptSignIn({ email: user.email, password: 'typo', ip: home, now: t0 + 4000 + i });
    expect(
      await attemptSignIn({ email: user.email, password: PASSWORD, ip: home, now: t0 + 5000 }),
    ).toMatchObject({ ok: true });
  });

  it('counts an IPv6 client by its /64, so rotating addresses inside it changes nothing', async () => {
    const user = await makeUser();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++)
      await attemptSignIn({
        email: user.email,
        password: 'wrong',
        ip: `2001:db8:7:${n}::${i + 1}`,
        now: t0 + i,
      });
    expect(
      await attemptSignIn({
        email: user.email,
        password: PASSWORD,
        ip: `2001:db8:7:${n}:abcd::99`,
        now: t0 + 10,
      }),
    ).toMatchObject({ reason: 'throttled' });
    expect(
      await attemptSignIn({
        email: user.email,
        password: PASSWORD,
        ip: '2001:db8:8::1',
        now: t0 + 20,
      }),
    ).toMatchObject({ ok: true });
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
