import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expireCacheTags } from '@/db/queries/cache-tags';

// The handler as Next uses it (one instance per request, state shared by the process), against
// this test file's migrated SQLite database (test/setup-db.ts).

type Handler = {
  get(key: string, ctx: unknown): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};

async function freshHandlerClass(env: Record<string, string> = {}) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const mod = (await import('./cache-handler.mjs')) as unknown as {
    default: new (ctx: unknown) => Handler;
  };
  return mod.default;
}

const page = (tags: string[], status?: number, bytes = 100) => ({
  kind: 'APP_PAGE',
  html: 'x'.repeat(bytes),
  rscData: Buffer.from('rsc'),
  status,
  postponed: undefined,
  headers: { 'x-next-cache-tags': tags.join(',') },
  segmentData: undefined,
});
const pageCtx = { kind: 'APP_PAGE', cacheControl: { revalidate: 3600, expire: undefined } };
const data = (json: unknown) => ({
  kind: 'FETCH',
  data: { headers: {}, body: JSON.stringify(json), url: '' },
  revalidate: 3600,
});
const fetchCtx = (tags: string[]) => ({ kind: 'FETCH', tags, softTags: [], fetchCache: true });

let Handler: new (ctx: unknown) => Handler;
const handler = () => new Handler({});

beforeEach(async () => {
  vi.unstubAllEnvs();
  Handler = await freshHandlerClass();
});

describe('the page cache handler', () => {
  it('keeps a rendered page and hands it to the next request, whatever instance asks', async () => {
    // A line of the 1 February muffinlabs data, with letters outside ASCII.
    const html = `<li>Vietnam War: The execution of Viet Cong officer Nguyễn Văn Lém by South Vietnamese National Police Chief Nguyễn Ngọc Loan is recorded on motion picture film.</li>`;
    await handler().get('/days/february-1', pageCtx);
    await handler().set('/days/february-1', { ...page(['day:02-01']), html }, pageCtx);
    const hit = (await handler().get('/days/february-1', pageCtx)) as {
      value: { kind: string; html: unknown };
    } | null;
    expect(hit?.value.kind).toBe('APP_PAGE');
    // Kept as the bytes Next sends (it sends a buffer as it is, a string encoded again each time).
    expect(Buffer.isBuffer(hit?.value.html)).toBe(true);
    expect((hit?.value.html as Buffer).toString('utf8')).toBe(html);
  });

  it('counts a page by its bytes, so PAGE_CACHE_MB holds what it says in UTF-8', async () => {
    Handler = await freshHandlerClass({ PAGE_CACHE_MB: '1' });
    // 300 K characters of three bytes each: 900 KB, near the 1 MB bound, so a second does not fit.
    const wide = (n: number) => ({ ...page([]), html: 'ễ'.repeat(n) });
    await handler().set('/wide-1', wide(300 * 1024), pageCtx);
    await handler().set('/wide-2', wide(300 * 1024), pageCtx);
    expect(await handler().get('/wide-1', pageCtx)).toBeNull();
    expect(await handler().get('/wide-2', pageCtx)).not.toBeNull();
  });

  it('never keeps an error page, so a URL that becomes public is found on the next request', async () => {
    await handler().set('/events/draft', page(['events'], 404), pageCtx);
    expect(await handler().get('/events/draft', pageCtx)).toBeNull();
    // A page that was found and then 404s is forgotten too.
    await handler().set('/events/was-public', page(['events']), pageCtx);
    await handler().set('/events/was-public', page(['events'], 404), pageCtx);
    expect(await handler().get('/events/was-public', pageCtx)).toBeNull();
    await handler().set('/gone', null, pageCtx);
    expect(await handler().get('/gone', pageCtx)).toBeNull();
  });

  it('drops what an expired tag names, and serves what a stale tag names once more (dated at the epoch)', async () => {
    await handler().set('/a', page(['event:1', 'events']), pageCtx);
    await handler().set('/b', page(['event:2', 'events']), pageCtx);
    await handler().set('k', data({ n: 1 }), fetchCtx(['event:1']));
    await handler().revalidateTag('event:1');
    expect(await handler().get('/a', pageCtx)).toBeNull();
    expect(await handler().get('k', fetchCtx(['event:1']))).toBeNull();
    expect((await handler().get('/b', pageCtx))?.lastModified).toBeGreaterThan(1);

    await handler().revalidateTag(['events'], { expire: 3600 });
    await new Promise((r) => setTimeout(r, 5)); // a later request
    expect((await handler().get('/b', pageCtx))?.lastModified).toBe(1);
    // Rendered again, it is fresh.
    await handler().set('/b', page(['event:2', 'events']), pageCtx);
    expect((await handler().get('/b', pageCtx))?.lastModified).toBeGreaterThan(1);
  });

  it('sees expiries that another process wrote to the database', async () => {
    await handler().set('/c', page(['category:7', 'events']), pageCtx);
    await handler().set('/d', page(['category:8']), pageCtx);
    // The app's own connection (as the importer or the scheduler would write them).
    expireCacheTags(['category:7']);
    expect(await handler().get('/c', pageCtx)).toBeNull();
    expect(await handler().get('/d', pageCtx)).not.toBeNull();
  });

  it('and writes its own expiries there for the other processes', async () => {
    const { getDbHandle } = await import('@/db/client');
    await handler().revalidateTag(['tag:42']);
    const row = getDbHandle()
      .sqlite.prepare('SELECT expired_at AS expiredAt FROM cache_tag_expiries WHERE tag = ?')
      .get('tag:42') as { expiredAt: number } | undefined;
    expect(row?.expiredAt).toBeGreaterThan(Date.now() - 5_000);
  });

  it('dates a render from when it was asked for, so a save during the render still expires it', async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    try {
      expect(await handler().get('/e', pageCtx)).toBeNull(); // the render starts
      vi.setSystemTime(1_000_050);
      await handler().revalidateTag('event:9'); // an editor's save commits meanwhile
      vi.setSystemTime(1_000_100);
      await handler().set('/e', page(['event:9']), pageCtx); // the render, from the old data, ends
      expect(await handler().get('/e', pageCtx)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('installs itself where Next looks for a platform cache handler, keeping what is there', async () => {
    const key = Symbol.for('@next/cache-handlers');
    const g = globalThis as unknown as Record<symbol, Record<string, unknown> | undefined>;
    const before = g[key];
    try {
      const other = class {};
      g[key] = { DefaultCache: other };
      const mod = (await import('./cache-handler.mjs')) as unknown as {
        default: unknown;
        installCacheHandler: () => void;
      };
      mod.installCacheHandler();
      mod.installCacheHandler();
      expect(g[key]).toEqual({ DefaultCache: other, FetchCache: mod.default });
    } finally {
      g[key] = before;
    }
  });

  it('holds at most PAGE_CACHE_MB of pages, dropping the least recently used', async () => {
    Handler = await freshHandlerClass({ PAGE_CACHE_MB: '1' });
    const big = 400 * 1024;
    for (const key of ['/1', '/2', '/3', '/4'])
      await handler().set(key, page([], undefined, big), pageCtx);
    expect(await handler().get('/1', pageCtx)).toBeNull();
    expect(await handler().get('/4', pageCtx)).not.toBeNull();
  });
});
