import { count, eq } from 'drizzle-orm';
import { redirect as nextRedirect } from 'next/navigation';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUserAction } from '@/app/(cms)/admin/users/actions';
import { saveEventAction } from '@/app/(cms)/editor/events/actions';
import { db } from '@/db/client';
import { createCategory } from '@/db/queries/taxonomy-admin';
import { signedInClaims } from '@/db/queries/test-fixtures';
import { insertActor } from '@/test/actors';
import { categories, events, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/actor';
import { fail, UNEXPECTED_MESSAGE, type Failure } from '@/lib/failure';
import { echoing, notDone, runServerAction, type ActionDeps, type StalePath } from './action';

// The server-action wrapper's mapping, on the real data layer: who may run a body, how every
// failure reaches the form, what is logged, and what is expired. The session is given (deps), except
// in the last block, which runs real actions with next-auth answering for a signed-out visitor.

const session = vi.hoisted(() => ({
  current: null as null | { uid: number; sv: number; sid: string; authAt: number },
}));
vi.mock('next-auth', () => ({ getServerSession: async () => session.current }));

class Redirected extends Error {
  constructor(readonly url: string) {
    super(url);
  }
}

/** The wrapper's collaborators, recording what it expired and where it sent the browser. */
function harness(actor: SessionUser | null) {
  const expired: { tags: readonly string[]; paths: readonly StalePath[] }[] = [];
  const resolveActor = vi.fn(async () => actor);
  const deps: ActionDeps = {
    resolveActor,
    expire: (o) => expired.push(o),
    redirect: (url) => {
      throw new Redirected(url);
    },
  };
  return { deps, expired, resolveActor };
}

type FormState = { message?: string; errors?: Partial<Record<string, string[]>>; values?: object };

const categoryInput = (slug: string) => ({
  name: `Category ${slug}`,
  slug,
  description: '',
  color: '#123456',
});

let admin: SessionUser;
let editor: SessionUser;
let errorLog: ReturnType<typeof vi.spyOn>;

beforeAll(() => {
  admin = insertActor('admin');
  editor = insertActor('editor');
});
beforeEach(() => {
  session.current = null;
  errorLog = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  errorLog.mockRestore();
});

describe('serverAction: who may run the body', () => {
  it('refuses a signed-out caller and a too-small role with the session messages, running nothing', async () => {
    const body = vi.fn(() => ({ state: { message: 'ran' } }));
    for (const [who, message] of [
      [null, 'Your session has ended. Sign in again.'],
      [editor, 'You do not have permission to do that.'],
    ] as const) {
      const h = harness(who);
      const state = await runServerAction<FormState, Failure, 'admin'>(
        h.deps,
        { name: 'test', role: 'admin', refused: echoing({ name: 'typed' }) },
        body,
      );
      expect(state).toEqual({ message, errors: undefined, values: { name: 'typed' } });
      expect(h.expired).toEqual([]);
    }
    expect(body).not.toHaveBeenCalled();
  });

  it('runs the body of a public form without reading the session', async () => {
    const h = harness(admin);
    const state = await runServerAction<FormState, Failure, 'anyone'>(
      h.deps,
      { name: 'test', role: 'anyone', refused: notDone },
      (actor) => ({ state: { message: `actor: ${String(actor)}` } }),
    );
    expect(state).toEqual({ message: 'actor: null' });
    expect(h.resolveActor).not.toHaveBeenCalled();
  });
});

describe('serverAction: expected failures reach the form in one shape', () => {
  it('shows a data-layer refusal, its field as that input’s error, and expires nothing', async () => {
    const slug = 'dup-category';
    expect(createCategory(admin, categoryInput(slug))).toMatchObject({ ok: true });
    const before = db.select({ n: count() }).from(categories).get()?.n;
    const h = harness(admin);
    const state = await runServerAction<FormState, Failure, 'admin'>(
      h.deps,
      { name: 'test', role: 'admin', refused: echoing({ slug }) },
      (actor) => {
        const result = createCategory(actor, categoryInput(slug));
        if (!result.ok) return result;
        return { tags: result.cacheTags, redirect: '/admin/categories' };
      },
    );
    expect(state).toEqual({
      message: 'Another category already uses this slug.',
      errors: { slug: ['Another category already uses this slug.'] },
      values: { slug },
    });
    expect(h.expired).toEqual([]);
    expect(db.select({ n: count() }).from(categories).get()?.n).toBe(before);
  });

  it('shows the body’s own validation failure with its field errors', async () => {
    const h = harness(editor);
    const state = await runServerAction<FormState, Failure, 'editor'>(
      h.deps,
      { name: 'test', role: 'editor', refused: echoing({ name: '' }) },
      () => fail('invalid', 'Check the highlighted fields.', { errors: { name: ['Required.'] } }),
    );
    expect(state).toEqual({
      message: 'Check the highlighted fields.',
      errors: { name: ['Required.'] },
      values: { name: '' },
    });
  });

  it('shows the data layer’s own role check (a body that forgot its role) as the refusal', async () => {
    const h = harness(editor);
    const state = await runServerAction(
      h.deps,
      { name: 'test', role: 'editor', refused: notDone },
      (actor) => {
        // An editor's action calling an admin's function: the data layer refuses it itself.
        const result = createCategory(actor, categoryInput('forgot-category'));
        return result.ok ? { state: { ok: true, message: 'made', at: 0 } } : result;
      },
    );
    expect(state).toMatchObject({ ok: false, message: 'You do not have permission to do that.' });
    expect(
      db.select().from(categories).where(eq(categories.slug, 'forgot-category')).get(),
    ).toBeUndefined();
    expect(errorLog).not.toHaveBeenCalled();
  });
});

describe('serverAction: unexpected errors', () => {
  it('logs them with the action and user, and shows a generic message instead of the cause', async () => {
    const h = harness(editor);
    const state = await runServerAction(
      h.deps,
      { name: 'saveSomethingAction', role: 'editor', refused: notDone },
      () => {
        throw new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/data/almanac.db');
      },
    );
    expect(state).toMatchObject({ ok: false, message: UNEXPECTED_MESSAGE });
    expect(JSON.stringify(state)).not.toMatch(/SQLITE|almanac\.db/);
    expect(errorLog).toHaveBeenCalledTimes(1);
    const [context, cause] = errorLog.mock.calls[0] ?? [];
    expect(context).toContain('saveSomethingAction');
    expect(context).toContain(`user ${editor.id}`);
    expect(cause).toBeInstanceOf(Error);
    expect(h.expired).toEqual([]);
  });

  it('lets Next’s own redirect through instead of treating it as a failure', async () => {
    const h = harness(editor);
    const run = runServerAction(h.deps, { name: 'test', role: 'editor', refused: notDone }, () =>
      nextRedirect('/somewhere'),
    );
    await expect(run).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') });
    expect(errorLog).not.toHaveBeenCalled();
  });
});

describe('serverAction: success', () => {
  it('expires the tags and pages the body returns, then redirects', async () => {
    const h = harness(admin);
    const slug = 'made-category';
    const run = runServerAction<FormState, Failure, 'admin'>(
      h.deps,
      { name: 'test', role: 'admin', refused: echoing({}) },
      (actor) => {
        const result = createCategory(actor, categoryInput(slug));
        if (!result.ok) return result;
        return {
          tags: result.cacheTags,
          paths: ['/admin/categories', { layout: '/editor/events' }],
          redirect: `/admin/categories?made=${result.id}`,
        };
      },
    );
    await expect(run).rejects.toBeInstanceOf(Redirected);
    const id = db
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.slug, slug))
      .get()?.id;
    expect(id).toBeGreaterThan(0);
    await expect(run).rejects.toMatchObject({ url: `/admin/categories?made=${id}` });
    expect(h.expired).toEqual([
      { tags: ['categories'], paths: ['/admin/categories', { layout: '/editor/events' }] },
    ]);
  });

  it('answers with the body’s state when it does not redirect', async () => {
    const h = harness(editor);
    const state = await runServerAction(
      h.deps,
      { name: 'test', role: 'editor', refused: notDone },
      () => ({ tags: ['event:1'], state: { ok: true, message: 'Done.', at: 1 } }),
    );
    expect(state).toEqual({ ok: true, message: 'Done.', at: 1 });
    expect(h.expired).toEqual([{ tags: ['event:1'], paths: [] }]);
  });
});

describe('real actions, as a hand-made POST by a signed-out visitor or an editor reaches them', () => {
  it('refuses the event form of a signed-out visitor, keeping what was typed and writing nothing', async () => {
    const before = db.select({ n: count() }).from(events).get()?.n;
    const form = new FormData();
    form.set('title', 'Signed-out kookaburra');
    const created = await saveEventAction(null, {}, form);
    expect(created).toMatchObject({
      message: 'Your session has ended. Sign in again.',
      values: { title: 'Signed-out kookaburra' },
    });
    const updated = await saveEventAction(1, {}, form);
    expect(updated.message).toBe('Your session has ended. Sign in again.');
    expect(db.select({ n: count() }).from(events).get()?.n).toBe(before);
  });

  it('refuses an editor creating a user, keeping what was typed and creating nobody', async () => {
    session.current = signedInClaims(editor.id);
    const form = new FormData();
    form.set('name', 'Not Made');
    form.set('email', 'not-made@example.org');
    form.set('role', 'admin');
    expect(await createUserAction({}, form)).toEqual({
      message: 'You do not have permission to do that.',
      errors: undefined,
      values: { name: 'Not Made', email: 'not-made@example.org', role: 'admin' },
    });
    expect(db.select().from(users).where(eq(users.email, 'not-made@example.org')).get()).toBe(
      undefined,
    );
  });
});
