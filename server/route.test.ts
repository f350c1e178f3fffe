import { DynamicServerError } from 'next/dist/client/components/hooks-server-context';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as tagsRoute } from '@/app/api/cms/tags/route';
import { db } from '@/db/client';
import { searchTags } from '@/db/queries/taxonomy-write';
import { signedInClaims } from '@/db/queries/test-fixtures';
import { insertActor } from '@/test/actors';
import { tags } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/actor';
import { createCategory } from '@/db/queries/taxonomy-admin';
import { fail, UNEXPECTED_MESSAGE } from '@/lib/failure';
import { runCmsRoute, type RouteBody, type RouteDeps, type RouteOptions } from './route';

// The CMS route-handler wrapper's mapping, on the real data layer: every failure as its status and
// `{ error }` (never cached), unexpected errors logged and answered 500 without their cause, and the
// cache tags a body returns expired. The session is given (deps), except for the real picker route,
// which reads it through next-auth (answering as the test says).

const session = vi.hoisted(() => ({
  current: null as null | { uid: number; sv: number; sid: string; authAt: number },
}));
vi.mock('next-auth', () => ({ getServerSession: async () => session.current }));

function harness(actor: SessionUser | null) {
  const expired: (readonly string[])[] = [];
  const resolveActor = vi.fn(async () => actor);
  const deps: RouteDeps = { resolveActor, expire: (t) => expired.push(t) };
  const call = (o: RouteOptions, body: RouteBody<unknown>, init: RequestInit = {}) =>
    runCmsRoute(deps, o, body, new Request('http://localhost/api/cms/thing', init), undefined);
  return { call, expired, resolveActor };
}

async function answer(response: Response) {
  return {
    status: response.status,
    cache: response.headers.get('cache-control'),
    cors: response.headers.get('access-control-allow-origin'),
    body: (await response.json()) as unknown,
  };
}

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

describe('cmsRoute: refusals', () => {
  it('answers 401 signed out and 403 without the role, private and uncached, running nothing', async () => {
    const body = vi.fn(() => Response.json({ ran: true }));
    for (const [who, status, error] of [
      [null, 401, 'Your session has ended. Sign in again.'],
      [editor, 403, 'You do not have permission to do that.'],
    ] as const) {
      const response = await harness(who).call({ role: 'admin' }, body);
      expect(await answer(response)).toEqual({
        status,
        cache: 'private, no-store',
        cors: null,
        body: { error },
      });
    }
    expect(body).not.toHaveBeenCalled();
  });

  it('refuses a request from another site before reading the session', async () => {
    const h = harness(admin);
    const body = vi.fn(() => Response.json({ ran: true }));
    const response = await h.call({ role: 'admin', sameSiteOnly: true }, body, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(await answer(response)).toMatchObject({
      status: 403,
      body: { error: 'Requests from other sites are not accepted.' },
    });
    expect(h.resolveActor).not.toHaveBeenCalled();
    expect(body).not.toHaveBeenCalled();
    // The same request from the site itself goes through.
    const own = await h.call({ role: 'admin', sameSiteOnly: true }, body, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
  });

  it('answers a failure the body returns with the status of its code', async () => {
    const h = harness(admin);
    for (const [code, status] of [
      ['invalid', 400],
      ['not_found', 404],
      ['conflict', 409],
      ['too_large', 413],
      ['last_admin', 409],
    ] as const) {
      const response = await h.call({ role: 'admin' }, () => fail(code, `Refused: ${code}.`));
      expect(await answer(response)).toEqual({
        status,
        cache: 'private, no-store',
        cors: null,
        body: { error: `Refused: ${code}.` },
      });
    }
    expect(h.expired).toEqual([]);
  });

  it('answers the data layer’s own role check (a body that forgot its role) with 403', async () => {
    const response = await harness(editor).call({ role: 'editor' }, (_request, { actor }) => {
      const made = createCategory(actor, {
        name: 'Never',
        slug: 'never-category',
        description: '',
        color: '#123456',
      });
      return Response.json(made);
    });
    expect(response.status).toBe(403);
    expect(errorLog).not.toHaveBeenCalled();
  });
});

describe('cmsRoute: unexpected errors', () => {
  it('logs them with the method and path, and answers 500 without the cause', async () => {
    const response = await harness(admin).call({ role: 'admin' }, () => {
      throw new Error('SQLITE_IOERR at /srv/data/almanac.db');
    });
    const got = await answer(response);
    expect(got).toEqual({
      status: 500,
      cache: 'private, no-store',
      cors: null,
      body: { error: UNEXPECTED_MESSAGE },
    });
    expect(errorLog).toHaveBeenCalledTimes(1);
    expect(errorLog.mock.calls[0]?.[0]).toContain('GET /api/cms/thing');
    expect(errorLog.mock.calls[0]?.[1]).toBeInstanceOf(Error);
  });

  it('lets Next’s dynamic-rendering signal through (reading the session at build time)', async () => {
    const signal = new DynamicServerError('Route /api/cms/thing used `headers`');
    await expect(
      harness(admin).call({ role: 'admin' }, () => {
        throw signal;
      }),
    ).rejects.toBe(signal);
    expect(errorLog).not.toHaveBeenCalled();
  });
});

describe('cmsRoute: success', () => {
  it('returns the body’s response, expiring the tags it names', async () => {
    const h = harness(editor);
    const plain = await h.call({ role: 'editor' }, async (_request, { actor }) =>
      Response.json({ results: await searchTags(actor, 'x') }),
    );
    expect(plain.status).toBe(200);
    expect(h.expired).toEqual([]);
    const changed = await h.call({ role: 'editor' }, () => ({
      response: new Response(null, { status: 204 }),
      tags: ['tag:1', 'events'],
    }));
    expect(changed.status).toBe(204);
    expect(h.expired).toEqual([['tag:1', 'events']]);
  });

  it('serves the real tag picker to a signed-in editor only', async () => {
    db.insert(tags).values({ slug: 'route-picker', name: 'Route picker' }).run();
    const request = () => new Request('http://localhost/api/cms/tags?q=route%20picker');
    expect((await tagsRoute(request())).status).toBe(401);
    session.current = signedInClaims(editor.id);
    const response = await tagsRoute(request());
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(((await response.json()) as { results: { name: string }[] }).results).toEqual([
      expect.objectContaining({ name: 'Route picker' }),
    ]);
  });
});
