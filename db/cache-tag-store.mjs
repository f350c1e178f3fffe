// @ts-check
/*
 * The cache_tag_expiries table (db/schema.ts): when each public-page cache tag was last expired.
 * Plain JavaScript because Next.js loads the cache handler (server/cache-handler.mjs) at run time
 * without compiling it; the data layer (db/queries/cache-tags.ts) writes through the same functions.
 */

import Database from 'better-sqlite3';

/** @typedef {import('better-sqlite3').Database} Sqlite */
/** @typedef {{ tag: string, staleAt: number | null, expiredAt: number | null }} TagExpiry */
/** @typedef {TagExpiry & { seq: number }} TagExpiryRow */

/** @typedef {import('better-sqlite3').Statement} Statement */
/** @typedef {{ upsert: Statement, after: Statement, latest: Statement, prune: Statement }} Statements */
/** @type {WeakMap<Sqlite, Statements>} */
const statements = new WeakMap();

/** @param {Sqlite} sqlite */
function prepared(sqlite) {
  let s = statements.get(sqlite);
  if (!s) {
    s = {
      upsert: sqlite.prepare(
        'INSERT OR REPLACE INTO cache_tag_expiries (tag, stale_at, expired_at) VALUES (?, ?, ?)',
      ),
      after: sqlite.prepare(
        'SELECT seq, tag, stale_at AS staleAt, expired_at AS expiredAt FROM cache_tag_expiries WHERE seq > ? ORDER BY seq',
      ),
      latest: sqlite.prepare('SELECT coalesce(max(seq), 0) FROM cache_tag_expiries').pluck(),
      prune: sqlite.prepare(
        'DELETE FROM cache_tag_expiries WHERE max(coalesce(stale_at, 0), coalesce(expired_at, 0)) < ?',
      ),
    };
    statements.set(sqlite, s);
  }
  return s;
}

/**
 * Records expiries in one transaction (a replaced row gets a new seq, so readers see it again).
 * @param {Sqlite} sqlite
 * @param {readonly TagExpiry[]} expiries
 */
export function writeTagExpiries(sqlite, expiries) {
  if (expiries.length === 0) return;
  const { upsert } = prepared(sqlite);
  sqlite
    .transaction(() => {
      for (const e of expiries) upsert.run(e.tag, e.staleAt, e.expiredAt);
    })
    .immediate();
}

/**
 * Expiries written after `seq`, oldest first.
 * @param {Sqlite} sqlite
 * @param {number} seq
 * @returns {TagExpiryRow[]}
 */
export function readTagExpiriesAfter(sqlite, seq) {
  return /** @type {TagExpiryRow[]} */ (prepared(sqlite).after.all(seq));
}

/**
 * The newest seq written so far (0 for none).
 * @param {Sqlite} sqlite
 * @returns {number}
 */
export function latestTagExpirySeq(sqlite) {
  return /** @type {number} */ (prepared(sqlite).latest.get());
}

/**
 * Forgets expiries older than `before` (ms): no cached entry anywhere is older than its server's start.
 * @param {Sqlite} sqlite
 * @param {number} before
 */
export function pruneTagExpiries(sqlite, before) {
  prepared(sqlite).prune.run(before);
}

/**
 * The expiry table of the database file `file`, on a connection of its own, for the cache handler
 * (which runs outside the data layer's connection): the reads and writes it needs, and `changed()`,
 * which says cheaply (PRAGMA data_version) whether another connection committed since the last call.
 * @param {string} file
 */
export function openTagExpiryStore(file) {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let lastVersion = /** @type {number} */ (dataVersion.get());
  return {
    latestSeq: () => latestTagExpirySeq(sqlite),
    /** @param {number} before */
    prune: (before) => pruneTagExpiries(sqlite, before),
    /** @param {number} seq */
    readAfter: (seq) => readTagExpiriesAfter(sqlite, seq),
    /** @param {readonly TagExpiry[]} expiries */
    write: (expiries) => writeTagExpiries(sqlite, expiries),
    changed() {
      const version = /** @type {number} */ (dataVersion.get());
      if (version === lastVersion) return false;
      lastVersion = version;
      return true;
    },
  };
}

/** @typedef {ReturnType<typeof openTagExpiryStore>} TagExpiryStore */
