import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as exportRoute } from '@/app/api/cms/export/route';
import {
  DELETE as discardRoute,
  GET as jobRoute,
  POST as startRoute,
} from '@/app/api/cms/import/[id]/route';
import { POST as uploadRoute } from '@/app/api/cms/import/route';
import { getDbHandle } from '@/db/client';
import { seedSampleContent } from '@/db/seed';
import { almanacFileSchema } from '@/lib/import';
import {
  beginImportJob,
  createImportJob,
  getImportJob,
  IMPORT_MAX_BYTES,
  listImportJobs,
  runImportJob,
  type ImportJobView,
} from '@/db/queries/import-jobs';
import type { SessionUser } from '@/lib/auth/actor';
import { signedInClaims } from '@/db/queries/test-fixtures';

// The admin's import and export over HTTP: who may call the route handlers, what they answer, and
// the import job from upload to result.

const session = vi.hoisted(() => ({
  current: null as null | { uid: number; sv: number; sid: string; authAt: number },
}));
vi.mock('next-auth', () => ({ getServerSession: async () => session.current }));
// The start route runs the job after its response; here the test runs it itself.
vi.mock('next/server', () => ({ after: () => undefined }));

const sqlite = () => getDbHandle().sqlite;

function makeUser(name: string, role: 'editor' | 'admin'): SessionUser {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`;
  const id = Number(
    sqlite()
      .prepare(`INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, 'x', ?)`)
      .run(email, name, role).lastInsertRowid,
  );
  return { id, email, name, role };
}
const signInAs = (u: SessionUser | null) => {
  session.current = u ? signedInClaims(u.id) : null;
};

/** A muffinlabs day file: two good entries, one with null text, one with a year that is no year. */
const dayFile = JSON.stringify({
  date: 'June 9',
  url: 'https://wikipedia.org/wiki/June_9',
  data: {
    Events: [
      { year: '1732', text: 'A rule is adopted for a new settlement by the sea.', links: [] },
      {
        year: '1911',
        text: 'Neighbours gather in a small town hall to share a long lunch.',
        links: [],
      },
      { year: '1950', text: null, links: [] },
      { year: 'around the time of the harvest', text: 'Something happened.', links: [] },
    ],
  },
});

function upload(files: { name: string; text: string }[], over: Record<string, string> = {}) {
  const form = new FormData();
  for (const f of files)
    form.append('file', new File([f.text], f.name, { type: 'application/json' }));
  form.append('status', over.status ?? 'draft');
  form.append('category', over.category ?? 'science-technology');
  return uploadRoute(
    new Request('http://localhost/api/cms/import', {
      method: 'POST',
      body: form,
      headers: over.site ? { 'sec-fetch-site': over.site } : {},
    }),
  );
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const jobRequest = (id: string, method = 'GET') =>
  new Request(`http://localhost/api/cms/import/${id}`, { method });

let admin: SessionUser;
let editor: SessionUser;

beforeAll(() => {
  seedSampleContent(getDbHandle().db);
  admin = makeUser('Import Admin', 'admin');
  editor = makeUser('Plain Editor', 'editor');
});
beforeEach(() => signInAs(null));

describe('who may import and export', () => {
  it('refuses a signed-out caller (401) and an editor (403) on every route, and writes nothing', async () => {
    const events = () => sqlite().prepare(`SELECT count(*) FROM events`).pluck().get();
    const before = events();
    for (const who of [null, editor]) {
      signInAs(who);
      const status = who ? 403 : 401;
      const up = await upload([{ name: '06-09.json', text: dayFile }]);
      expect(up.status).toBe(status);
      expect(((await up.json()) as { error: string }).error).toMatch(/sign in|permission/i);
      expect((await jobRoute(jobRequest('a'.repeat(24)), params('a'.repeat(24)))).status).toBe(
        status,
      );
      expect(
        (await startRoute(jobRequest('a'.repeat(24), 'POST'), params('a'.repeat(24)))).status,
      ).toBe(status);
      expect(
        (await discardRoute(jobRequest('a'.repeat(24), 'DELETE'), params('a'.repeat(24)))).status,
      ).toBe(status);
      expect((await exportRoute(new Request('http://localhost/api/cms/export'))).status).toBe(
        status,
      );
      expect(() =>
        createImportJob(who, {
          files: [{ name: 'x.json', text: dayFile }],
          status: 'draft',
          category: 'general-history',
        }),
      ).toThrow(expect.objectContaining({ name: 'AuthorizationError' }));
    }
    expect(events()).toBe(before);
    expect(() => listImportJobs(editor)).toThrow(/permission/);
  });

  it('refuses requests another site made the browser send', async () => {
    signInAs(admin);
    const up = await upload([{ name: '06-09.json', text: dayFile }], { site: 'cross-site' });
    expect(up.status).toBe(403);
  });

  it('lets an admin export the site as an Almanac file, and records it', async () => {
    signInAs(admin);
    const response = await exportRoute(
      new Request('http://localhost/api/cms/export?status=published'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="almanac-export-filtered-[\d_-]+\.json"$/,
    );
    const file = almanacFileSchema.parse(await response.json());
    expect(file.events.length).toBeGreaterThan(10);
    expect(file.events.every((e) => e.status === 'published')).toBe(true);
    expect(file.events.map((e) => e.slug)).toContain('united-kingdom-recognises-the-soviet-union');
    const audit = sqlite()
      .prepare(
        `SELECT user_id, details FROM audit_log WHERE action = 'export.run' ORDER BY id DESC`,
      )
      .get() as { user_id: number; details: string };
    expect(audit.user_id).toBe(admin.id);
    expect(JSON.parse(audit.details)).toMatchObject({ events: file.events.length, via: 'admin' });

    const bad = await exportRoute(new Request('http://localhost/api/cms/export?yearFrom=0'));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/no year 0/);
  });
});

describe('uploading', () => {
  it('previews a day file: counts, and every skipped row with its reason', async () => {
    signInAs(admin);
    const response = await upload([{ name: '06-09.json', text: dayFile }]);
    expect(response.status).toBe(201);
    const { job } = (await response.json()) as { job: ImportJobView };
    expect(job).toMatchObject({
      status: 'previewed',
      options: { status: 'draft', category: 'science-technology' },
      files: [{ name: '06-09.json', format: 'muffinlabs', entries: 4 }],
      preview: { imported: 2, updated: 0, unchanged: 0 },
    });
    expect(job.preview.skipped.map((s) => [s.where.section, s.where.index, s.code])).toEqual([
      ['Events', 2, 'null-text'],
      ['Events', 3, 'unparseable-year'],
    ]);
    expect(job.preview.samples.map((s) => s.title)).toEqual([
      'A rule is adopted for a new settlement by the sea',
      'Neighbours gather in a small town hall to share a long lunch',
    ]);
    // Nothing written yet.
    expect(
      sqlite().prepare(`SELECT count(*) FROM events WHERE source = 'muffinlabs'`).pluck().get(),
    ).toBe(0);
  });

  it.each([
    ['not JSON', '{"date": "June 9", ', /06-09\.json: not valid JSON/],
    ['an unknown format', '{"hello": "world"}', /06-09\.json: unknown format/],
    [
      'an Almanac file of a newer version',
      '{"format":"almanac","version":7,"events":[]}',
      /newer Almanac/,
    ],
  ])('refuses %s with a clear message (400)', async (_label, text, message) => {
    signInAs(admin);
    const response = await upload([{ name: '06-09.json', text }]);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it('refuses an unknown category, no files, and more than the size limit', async () => {
    signInAs(admin);
    const noCategory = await upload([{ name: 'a.json', text: dayFile }], {
      category: 'no-such-thing',
    });
    expect(noCategory.status).toBe(400);
    expect(((await noCategory.json()) as { error: string }).error).toMatch(
      /no category "no-such-thing"/,
    );
    expect((await upload([])).status).toBe(400);
    const huge = await uploadRoute(
      new Request('http://localhost/api/cms/import', {
        method: 'POST',
        headers: {
          'content-length': String(IMPORT_MAX_BYTES * 2),
          'content-type': 'multipart/form-data; boundary=x',
        },
        body: 'x',
      }),
    );
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: string }).error).toMatch(/at most 20 MB/);
  });
});

describe('an import job', () => {
  it('imports as drafts into the chosen category, records it, and cannot be run twice', async () => {
    const created = createImportJob(admin, {
      files: [{ name: '06-09.json', text: dayFile }],
      status: 'draft',
      category: 'science-technology',
    });
    if (!created.ok) throw new Error(created.error);
    const id = created.job.id;
    expect(beginImportJob(admin, id)).toMatchObject({ ok: true, job: { status: 'running' } });
    const tags: string[][] = [];
    await runImportJob(id, { onFinished: (t) => tags.push(t), batchSize: 1 });

    const job = getImportJob(admin, id);
    expect(job).toMatchObject({
      status: 'done',
      progress: { processed: 2, total: 2, imported: 2 },
      result: {
        imported: 2,
        updated: 0,
        unchanged: 0,
        eventsHref: '/editor/events?status=draft&month=6&day=9',
      },
    });
    expect(job?.result?.skipped.map((s) => s.code)).toEqual(['null-text', 'unparseable-year']);
    expect(job?.result?.events.map((e) => e.title)).toHaveLength(2);
    const rows = sqlite()
      .prepare(
        `SELECT e.status, c.slug AS category, e.created_by FROM events e JOIN categories c ON c.id = e.category_id
         WHERE e.source = 'muffinlabs' AND e.month = 6 AND e.day = 9`,
      )
      .all();
    expect(rows).toEqual([
      { status: 'draft', category: 'science-technology', created_by: admin.id },
      { status: 'draft', category: 'science-technology', created_by: admin.id },
    ]);
    expect(tags[0]).toEqual(expect.arrayContaining(['events', 'categories']));
    const audit = sqlite()
      .prepare(
        `SELECT user_id, details FROM audit_log WHERE action = 'import.run' ORDER BY id DESC`,
      )
      .get() as { user_id: number; details: string };
    expect(audit.user_id).toBe(admin.id);
    expect(JSON.parse(audit.details)).toMatchObject({
      imported: 2,
      skipped: 2,
      via: 'admin',
      files: ['06-09.json (muffinlabs)'],
    });

    expect(beginImportJob(admin, id)).toMatchObject({ ok: false, code: 'conflict' });
    // The same file again: nothing new.
    const again = createImportJob(admin, {
      files: [{ name: '06-09.json', text: dayFile }],
      status: 'draft',
      category: 'science-technology',
    });
    expect(again).toMatchObject({ ok: true, job: { preview: { imported: 0, unchanged: 2 } } });
  });

  it('carries on from where it stopped when an interrupted import is resumed', async () => {
    const twoDays = [
      { name: '06-09.json', text: dayFile.replace(/June 9/g, 'June 10') },
      { name: '06-11.json', text: dayFile.replace(/June 9/g, 'June 11') },
    ];
    const created = createImportJob(admin, {
      files: twoDays,
      status: 'published',
      category: 'general-history',
    });
    if (!created.ok) throw new Error(created.error);
    const id = created.job.id;
    expect(created.job.preview.imported).toBe(4);
    beginImportJob(admin, id);
    // A job marked running with nobody running it, and no word for a while: the server stopped.
    const file = `${process.env.DATABASE_PATH?.replace(/[^/]+$/, '')}import-jobs/${id}/job.json`;
    const fs = await import('node:fs');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { heartbeatAt: number };
    stored.heartbeatAt = Date.now() - 60_000;
    fs.writeFileSync(file, JSON.stringify(stored));
    expect(getImportJob(admin, id)).toMatchObject({ status: 'running', interrupted: true });
    expect(listImportJobs(admin)[0]).toMatchObject({ id, interrupted: true });

    signInAs(admin);
    const resumed = await startRoute(jobRequest(id, 'POST'), params(id));
    expect(resumed.status).toBe(202);
    await runImportJob(id, { batchSize: 3 });
    expect(getImportJob(admin, id)).toMatchObject({ status: 'done', result: { imported: 4 } });
    expect((await jobRoute(jobRequest(id), params(id))).status).toBe(200);
    // A finished job can be removed (only a running one cannot).
    expect((await discardRoute(jobRequest(id, 'DELETE'), params(id))).status).toBe(200);
    expect((await jobRoute(jobRequest(id), params(id))).status).toBe(404);
  });
});
