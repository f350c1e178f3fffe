import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session';
import type { AuthorizationError } from '@/lib/auth/actor';
import { createSessionRow, endSession, loadSessionUser } from './auth-sessions';
import { createFirstAdminIfNone, createUserFromCommandLine } from './user-accounts';
import { changeUserRole, createUser, listUsers, resetUserPassword, setUserDisabled } from './users';

let n = 0;
async function makeUser(role: 'admin' | 'editor', name = `${role} ${++n}`) {
  const result = await createUserFromCommandLine(db, {
    name,
    email: `${role}${n}-${Date.now()}@example.org`,
    role,
    password: 'test password 123',
  });
  if (!result.ok) throw new Error(result.message);
  return result.user;
}

const refused = (reason: 'unauthenticated' | 'forbidden') =>
  expect.objectContaining({ name: 'AuthorizationError', reason }) as unknown as AuthorizationError;

describe('role checks in the DAL', () => {
  it('refuses a signed-out caller and an editor doing admin work, without changing anything', async () => {
    const editor = await makeUser('editor');
    const before = db.select().from(users).all().length;
    await expect(
      createUser(null, { name: 'X', email: 'x@example.org', role: 'admin' }),
    ).rejects.toEqual(refused('unauthenticated'));
    await expect(
      createUser(editor, { name: 'X', email: 'x@example.org', role: 'admin' }),
    ).rejects.toEqual(refused('forbidden'));
    await expect(listUsers(editor)).rejects.toEqual(refused('forbidden'));
    await expect(changeUserRole(editor, { userId: editor.id, role: 'admin' })).rejects.toEqual(
      refused('forbidden'),
    );
    await expect(resetUserPassword(editor, { userId: editor.id })).rejects.toEqual(
      refused('forbidden'),
    );
    expect(db.select().from(users).all().length).toBe(before);
    expect(db.select().from(users).where(eq(users.id, editor.id)).get()?.role).toBe('editor');
  });

  it('ends sessions older than the session lifetime, or minted before a password reset', async () => {
    const editor = await makeUser('editor');
    const sv =
      db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, editor.id)).get()
        ?.sv ?? 0;
    const now = Date.now();
    const sid = createSessionRow(db, { userId: editor.id, now: now - 1000 });
    expect(loadSessionUser({ uid: editor.id, sv, sid, authAt: now - 1000 }, db, now)).toMatchObject(
      {
        id: editor.id,
      },
    );
    expect(
      loadSessionUser(
        { uid: editor.id, sv, sid, authAt: now - SESSION_MAX_AGE_SECONDS * 1000 - 1 },
        db,
        now,
      ),
    ).toBeNull();
    expect(loadSessionUser({ uid: editor.id, sv: sv + 1, sid, authAt: now }, db, now)).toBeNull();
    expect(loadSessionUser({ uid: 999_999, sv: 0, sid, authAt: now }, db, now)).toBeNull();

    const admin = await makeUser('admin');
    const reset = await resetUserPassword(admin, { userId: editor.id });
    expect(reset.ok).toBe(true);
    expect(loadSessionUser({ uid: editor.id, sv, sid, authAt: now }, db, now)).toBeNull();
  });

  it('ends one session when it signs out: that token is refused, the user’s other sessions stand', async () => {
    const editor = await makeUser('editor');
    const now = Date.now();
    const laptop = createSessionRow(db, { userId: editor.id, now });
    const phone = createSessionRow(db, { userId: editor.id, now });
    const claims = (sid: string) => ({ uid: editor.id, sv: 0, sid, authAt: now });
    expect(loadSessionUser(claims(laptop), db, now)).toMatchObject({ id: editor.id });

    expect(endSession({ sid: laptop, userId: editor.id })).toBe(true);
    expect(loadSessionUser(claims(laptop), db, now)).toBeNull();
    expect(loadSessionUser(claims(phone), db, now)).toMatchObject({ id: editor.id });
    // Signing out twice changes nothing; someone else's session id does not end it.
    expect(endSession({ sid: laptop, userId: editor.id })).toBe(false);
    const other = await makeUser('editor');
    expect(endSession({ sid: phone, userId: other.id })).toBe(false);
    expect(loadSessionUser(claims(phone), db, now)).toMatchObject({ id: editor.id });
    // A token naming no session row, or the session of another user, is refused.
    expect(loadSessionUser(claims('made-up-session-id-123'), db, now)).toBeNull();
    const theirs = createSessionRow(db, { userId: other.id, now });
    expect(loadSessionUser(claims(theirs), db, now)).toBeNull();
    expect(
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'auth.sign_out'))
        .all()
        .filter((r) => r.userId === editor.id),
    ).toHaveLength(1);
    // A session past its expiry is refused even if its token were somehow still fresh.
    const old = createSessionRow(db, {
      userId: editor.id,
      now: now - SESSION_MAX_AGE_SECONDS * 1000 - 5,
    });
    expect(loadSessionUser(claims(old), db, now)).toBeNull();
  });
});

describe('user administration', () => {
  it('creates a user with a generated password shown once, stores only the hash, and audits it', async () => {
    const admin = await makeUser('admin');
    const result = await createUser(admin, {
      name: 'Grace Hopper',
      email: 'grace@example.org',
      role: 'editor',
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.generatedPassword).toMatch(/^\S{20}$/);
    expect(result.user).not.toHaveProperty('passwordHash');
    const row = db.select().from(users).where(eq(users.id, result.user.id)).get();
    expect(row?.passwordHash).not.toContain(result.generatedPassword ?? '');
    expect(await verifyPassword(row?.passwordHash ?? '', result.generatedPassword ?? '')).toBe(
      true,
    );

    const audit = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(result.user.id)))
      .all();
    expect(audit).toEqual([
      expect.objectContaining({
        userId: admin.id,
        action: 'user.create',
        entityType: 'user',
        details: expect.objectContaining({ email: 'grace@example.org', role: 'editor' }),
      }),
    ]);
    expect(JSON.stringify(audit)).not.toContain(result.generatedPassword);

    const again = await createUser(admin, {
      name: 'Other',
      email: 'GRACE@example.org',
      role: 'editor',
      password: 'another password!',
    });
    expect(again).toMatchObject({ ok: false, code: 'email_taken' });
    expect((await listUsers(admin)).some((u) => u.email === 'grace@example.org')).toBe(true);
  });

  it('never lets the last active admin be demoted or disabled', async () => {
    // Make every existing admin an editor first, so that `a` and `b` are the only admins.
    const a = await makeUser('admin');
    for (const u of await listUsers(a))
      if (u.role === 'admin' && u.id !== a.id)
        await changeUserRole(a, { userId: u.id, role: 'editor' });
    const b = await makeUser('admin');

    expect(await setUserDisabled(a, { userId: b.id, disabled: true })).toMatchObject({ ok: true });
    // b is disabled, so a is the last *active* admin.
    expect(await changeUserRole(a, { userId: a.id, role: 'editor' })).toMatchObject({
      ok: false,
      code: 'last_admin',
    });
    expect(await setUserDisabled(a, { userId: a.id, disabled: true })).toMatchObject({
      ok: false,
      code: 'self',
    });

    await setUserDisabled(a, { userId: b.id, disabled: false });
    // With two active admins, one may step down; then the other is the last one.
    expect(await changeUserRole(b, { userId: a.id, role: 'editor' })).toMatchObject({ ok: true });
    expect(await changeUserRole(b, { userId: b.id, role: 'editor' })).toMatchObject({
      ok: false,
      code: 'last_admin',
    });
    expect(db.select({ role: users.role }).from(users).where(eq(users.id, b.id)).get()?.role).toBe(
      'admin',
    );

    const actions = db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.userId, a.id))
      .all()
      .map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.role_change', 'user.disable', 'user.enable']),
    );
  });

  it('reports unknown users as values', async () => {
    const admin = await makeUser('admin');
    expect(await changeUserRole(admin, { userId: 987_654, role: 'admin' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await setUserDisabled(admin, { userId: 987_654, disabled: true })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await resetUserPassword(admin, { userId: 987_654 })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
  });

  it('creates the first admin only on a database without users', async () => {
    // Users already exist in this file's database by now.
    expect(
      await createFirstAdminIfNone(db, {
        name: 'First',
        email: 'first@example.org',
        password: 'first password 1',
      }),
    ).toBeNull();
  });
});
