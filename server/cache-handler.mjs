// @ts-check
/*
 * Next.js's cache for rendered pages, route handlers and unstable_cache data, kept in this process's
 * memory (next.config.ts `cacheHandler`). Next's default keeps them on disk under the build folder,
 * which let anonymous requests fill the disk, served pages of a database that changed while the
 * server was down, and forgot tag expiries at every restart (it keeps those in memory only). Here:
 *
 * - Entries live in a least-recently-used cache bounded in bytes (PAGE_CACHE_MB, default 256), so
 *   nothing a visitor requests grows the disk or memory without bound, and a start begins empty:
 *   after any start every page is rendered from the database as it is.
 * - Error answers (a 404 for a draft's URL, a year with nothing published) are never stored, so
 *   publishing makes a page found on the very next request.
 * - Tag expiries are written to the database (cache_tag_expiries) as well as kept here, and each
 *   lookup first reads the expiries other processes wrote since the last one (PRAGMA data_version
 *   says cheaply whether anything was committed): the importer, the scheduler and other app servers
 *   on the same database expire this server's pages without knowing where it listens.
 * - An entry is dated from when its render was asked for, not when it finished, so a save that
 *   commits while a page renders from the old data still expires that page.
 * - A page's HTML is kept as its UTF-8 bytes, not as the string Next hands over: Next sends a
 *   string by measuring and encoding it again on every request (about 180 µs for a 90 KB day page),
 *   a buffer as it is (streamed, without Content-Length; the proxy in front buffers it anyway).
 *
 * Installed where Next looks for a platform's cache handler (globalThis[Symbol.for('@next/cache-handlers')]
 * .FetchCache) by the server preload (scripts/lib/server-preload.mjs) and, as a fallback, by
 * instrumentation.ts, rather than through next.config's `cacheHandler`, which Next imports again on
 * every request (measured: 11–14 % of cached-page throughput). Plain JavaScript, so that Node can
 * preload it without a build.
 */
import { LRUCache } from 'lru-cache';
import fs from 'node:fs';
import path from 'node:path';
// The one import of the SQLite store's own module outside db/: Next loads this file as plain
// JavaScript at run time, where the TypeScript store (db/store.ts) cannot be imported.
// eslint-disable-next-line no-restricted-imports
import { openTagExpiryStore } from '../db/cache-tag-store.mjs';

const TAGS_HEADER = 'x-next-cache-tags';
const DAY_MS = 24 * 60 * 60 * 1000;

/** @typedef {{ value: any, lastModified: number, cacheControl?: { revalidate?: number | false } }} Entry */
/** @typedef {{ staleAt: number | null, expiredAt: number | null }} Expiry */

/** @param {Entry} entry @param {string} key */
function entrySize(entry, key) {
  const v = entry.value;
  let size = 64;
  if (v?.kind === 'APP_PAGE') {
    size += (v.html?.length ?? 0) + (v.rscData?.length ?? 0) + (v.postponed?.length ?? 0);
    for (const [segment, buffer] of v.segmentData ?? []) size += segment.length + buffer.length;
  } else if (v?.kind === 'APP_ROUTE') {
    size += v.body?.length ?? 0;
  } else if (v) {
    size += JSON.stringify(v).length;
  }
  return key.length + size;
}

function megabytes() {
  const mb = Number(process.env.PAGE_CACHE_MB ?? 256);
  return Number.isFinite(mb) && mb >= 0 ? mb : 256;
}

const isBuild = process.env.NEXT_PHASE === 'phase-production-build';

/** State shared by every handler instance (Next makes one per request). */
const shared = {
  entries: new LRUCache(
    /** @type {LRUCache.Options<string, Entry, unknown>} */ ({
      maxSize: Math.max(1, megabytes() * 1024 * 1024),
      maxEntrySize: 16 * 1024 * 1024,
      sizeCalculation: entrySize,
    }),
  ),
  /** When each key was last looked up: a render that follows a lookup is dated from it. */
  askedAt: new LRUCache(/** @type {LRUCache.Options<string, number, unknown>} */ ({ max: 10_000 })),
  /** @type {Map<string, Expiry>} */
  expiries: new Map(),
  /** @type {import('../db/cache-tag-store.mjs').TagExpiryStore | null | undefined} */
  tagStore: undefined,
  lastSeq: 0,
};

/** The database's expiry table, opened on first use; null (memory only) when it cannot be read. */
function store() {
  if (shared.tagStore !== undefined) return shared.tagStore;
  shared.tagStore = null;
  if (isBuild) return null;
  // The database is chosen at run time: nothing here is part of the build's file tracing.
  const file = path.resolve(
    /*turbopackIgnore: true*/ process.env.DATABASE_PATH || 'data/almanac.db',
  );
  try {
    if (!fs.existsSync(/*turbopackIgnore: true*/ file)) throw new Error(`${file} does not exist`);
    const tagStore = openTagExpiryStore(file);
    shared.lastSeq = tagStore.latestSeq();
    tagStore.prune(Date.now() - DAY_MS);
    shared.tagStore = tagStore;
  } catch (error) {
    console.error(
      '[cache] cannot read cache_tag_expiries; pages expire only through this process',
      error,
    );
  }
  return shared.tagStore;
}

/** Takes in the expiries other processes committed since the last look. */
function syncExpiries() {
  const tagStore = store();
  if (!tagStore?.changed()) return;
  for (const row of tagStore.readAfter(shared.lastSeq)) {
    shared.expiries.set(row.tag, { staleAt: row.staleAt, expiredAt: row.expiredAt });
    shared.lastSeq = row.seq;
  }
}

/**
 * 'expired' when one of the tags was expired since the entry's render was asked for, 'stale' when
 * one was marked stale (served once more while it is rendered again), else null. The same
 * millisecond counts as after: a render cannot tell whether it read the data before the change.
 * @param {readonly string[]} tags @param {number} since @param {number} now
 */
function tagState(tags, since, now) {
  let state = null;
  for (const tag of tags) {
    const e = shared.expiries.get(tag);
    if (!e) continue;
    if (e.expiredAt !== null && e.expiredAt <= now && e.expiredAt >= since) return 'expired';
    if (e.staleAt !== null && e.staleAt >= since) state = 'stale';
  }
  return state;
}

/** @param {Entry} entry @param {any} ctx */
function tagsOf(entry, ctx) {
  if (entry.value?.kind === 'FETCH') return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = entry.value?.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header !== '' ? header.split(',') : [];
}

/**
 * What is kept of a value Next hands to `set`: a page with its HTML as bytes (see above), anything
 * else as it is.
 * @param {any} value
 */
function asStoredValue(value) {
  if (value.kind !== 'APP_PAGE' || typeof value.html !== 'string') return value;
  return { ...value, html: Buffer.from(value.html, 'utf8') };
}

const HANDLERS = Symbol.for('@next/cache-handlers');

/** Makes this Next's cache for pages, route handlers and unstable_cache (once per process). */
export function installCacheHandler() {
  const g = /** @type {Record<symbol, Record<string, unknown> | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  );
  const handlers = g[HANDLERS] ?? {};
  if (!handlers.FetchCache) g[HANDLERS] = { ...handlers, FetchCache: AlmanacCacheHandler };
}

export default class AlmanacCacheHandler {
  /** @param {unknown} _ctx */
  constructor(_ctx) {
    // Open the table before anything is cached: expiries written from then on are all seen.
    store();
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const now = Date.now();
    shared.askedAt.set(key, now);
    syncExpiries();
    const entry = shared.entries.get(key);
    if (!entry) return null;
    const state = tagState(tagsOf(entry, ctx), entry.lastModified, now);
    if (state === 'expired') {
      shared.entries.delete(key);
      return null;
    }
    if (state === 'stale') {
      // A page that never revalidates by time cannot be refreshed in the background: render it now.
      if (entry.cacheControl?.revalidate === false) {
        shared.entries.delete(key);
        return null;
      }
      // Dated just after the epoch, the entry is older than any revalidate period: Next serves it
      // once more and renders it again in the background. (Not 0: Next reads 0 as "just now".)
      return { ...entry, lastModified: 1 };
    }
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (isBuild) return;
    const askedAt = shared.askedAt.get(key);
    shared.askedAt.delete(key);
    const status = data?.status;
    if (!data || (typeof status === 'number' && status >= 400)) {
      shared.entries.delete(key);
      return;
    }
    const now = Date.now();
    shared.entries.set(key, {
      value: asStoredValue(data),
      lastModified: askedAt !== undefined && askedAt <= now ? askedAt : now,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    });
  }

  /**
   * Same meaning as Next's own handler: with durations the tags are stale now and expire after
   * `expire` seconds; without, they expire now.
   * @param {string | string[]} tags @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const now = Date.now();
    const updates = (typeof tags === 'string' ? [tags] : tags).map((tag) => {
      const before = shared.expiries.get(tag) ?? { staleAt: null, expiredAt: null };
      /** @type {Expiry} */
      const next = durations
        ? {
            staleAt: now,
            expiredAt:
              durations.expire !== undefined ? now + durations.expire * 1000 : before.expiredAt,
          }
        : { staleAt: before.staleAt, expiredAt: now };
      shared.expiries.set(tag, next);
      return { tag, ...next };
    });
    const tagStore = store();
    if (!tagStore) return;
    try {
      tagStore.write(updates);
    } catch (error) {
      console.error('[cache] could not record expired tags for other processes', error);
    }
  }

  resetRequestCache() {}
}
