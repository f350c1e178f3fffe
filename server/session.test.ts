import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createSessionRow } from '@/db/queries/auth-sessions';
import { createUserFromCommandLine } from '@/db/queries/user-accounts';
import { changeUserRole, setUserDisabled } from '@/db/queries/users';
import { users } from '@/db/schema';
import type { AuthorizationError } from '@/lib/auth/actor';
import { requireRole } from './session';

// The session cookie is next-auth's business; here the "signed-in user" is whatever it would decode to.
const session = vi.hoisted(() => ({
  current: null as null | { uid: number; sv: number; sid: string; authAt: number },
}));
vi.mock('next-auth', () => ({ getServerSession: async () => session.current }));

function signInAs(id: number) {
  const row = db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, id)).get();
  const sid = createSessionRow(db, { userId: id, now: Date.now() });
  session.current = { uid: id, sv: row?.sv ?? 0, sid, authAt: Date.now() };
}

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

beforeEach(() => {
  session.current = null;
});

// What every server action, route handler and CMS page resolves before it acts (server/action.ts,
// server/route.ts, server/cms-auth.ts): the user of the session, read fresh from the database.
describe('requireRole', () => {
  it('refuses a signed-out caller and a role too small, and lets the role through', async () => {
    const editor = await makeUser('editor');
    await expect(requireRole('editor')).rejects.toEqual(refused('unauthenticated'));
    signInAs(editor.id);
    await expect(requireRole('admin')).rejects.toEqual(refused('forbidden'));
    expect(await requireRole('editor')).toMatchObject({ id: editor.id, role: 'editor' });
  });

  it('locks a disabled user out at once, and keeps them out after re-enabling (new session version)', async () => {
    const admin = await makeUser('admin');
    const editor = await makeUser('editor');
    signInAs(editor.id);
    const editorSession = session.current;
    expect(await requireRole('editor')).toMatchObject({ id: editor.id });

    signInAs(admin.id);
    expect(
      await setUserDisabled(await requireRole('admin'), { userId: editor.id, disabled: true }),
    ).toMatchObject({
      ok: true,
    });

    session.current = editorSession;
    await expect(requireRole('editor')).rejects.toEqual(refused('unauthenticated'));

    signInAs(admin.id);
    await setUserDisabled(await requireRole('admin'), { userId: editor.id, disabled: false });
    session.current = editorSession;
    await expect(requireRole('editor')).rejects.toEqual(refused('unauthenticated'));
  });

  it('re-reads the role on every call: a demoted admin loses admin rights on the next request', async () => {
    const a = await makeUser('admin');
    const b = await makeUser('admin');
    signInAs(b.id);
    const bSession = session.current;
    signInAs(a.id);
    expect(
      await changeUserRole(await requireRole('admin'), { userId: b.id, role: 'editor' }),
    ).toMatchObject({
      ok: true,
      user: { role: 'editor' },
    });
    session.current = bSession;
    await expect(requireRole('admin')).rejects.toEqual(refused('forbidden'));
    expect(await requireRole('editor')).toMatchObject({ id: b.id, role: 'editor' });
  });
});
