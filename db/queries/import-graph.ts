import 'server-only';
import type Database from 'better-sqlite3';
import { isTopicArticle, TOPIC_MIN_LINKS } from '@/lib/graph/topics';
import type { ImportArticle, ImportPerson, ImportRow } from '@/lib/import';
import { slugify, uniqueSlug } from '@/lib/slugs';
import type { DbOrTx } from '../types';
import { getDbHandle } from '@/db/client';
import { completeEventBatch, materializeLiveRevisions } from './event-store';

/*
 * The knowledge graph of an import (issue 11): every article an entry links is kept
 * (event_articles: URL, title, anchor text), and becomes a link to one of Almanac's people or topics where there is one:
 *  - a person: the article is the subject of a birth or death (in this import or already in
 *    Almanac, found by its URL), so every entry that names someone is on that person's page;
 *  - a topic: a tag made from the article (kind 'topic') once TOPIC_MIN_LINKS events link it,
 *    counting this import's new entries and the events already in Almanac.
 * The decisions for the whole import are taken before its first batch (planImportGraph), so that
 * each event is written once, with all its links, in one revision. A link that became a person or
 * topic is marked applied: an editor who removes it is not overruled by a later import.
 */

type Sqlite = Database.Database;

export type ImportGraph = {
  /**
   * The people this import knows of, by article URL, with the entry that says so: whom its births
   * and deaths are about, then the articles its source describes as a person's (ImportArticle.person).
   */
  subjects: Map<string, { person: ImportPerson; row: ImportRow }>;
  /** Articles that are topics once this import is written. */
  topics: Set<string>;
};

const CHUNK = 20_000;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

const subjectUrls = (row: ImportRow) =>
  new Set(row.people.flatMap((p) => (p.referenceUrl ? [p.referenceUrl] : [])));

/** The articles of a row that are not its own subject (a birth's person is its subject, not a mention). */
export function linkedArticles(row: ImportRow): ImportArticle[] {
  const own = subjectUrls(row);
  return row.articles.filter((a) => !own.has(a.url));
}

/** Decides which articles of these rows are people and which are topics (reads only). */
export function planImportGraph(sqlite: Sqlite, rows: readonly ImportRow[]): ImportGraph {
  const subjects = new Map<string, { person: ImportPerson; row: ImportRow }>();
  for (const row of rows) {
    if (row.kind !== 'birth' && row.kind !== 'death') continue;
    for (const person of row.people)
      if (person.referenceUrl && !subjects.has(person.referenceUrl))
        subjects.set(person.referenceUrl, { person, row });
  }
  for (const row of rows)
    for (const a of row.articles)
      if (a.person && !subjects.has(a.url)) subjects.set(a.url, { person: a.person, row });

  const existing = new Set<string>();
  const findExisting = sqlite
    .prepare<[string]>(
      `SELECT external_id FROM events WHERE external_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck();
  for (const ids of chunks(rows.map((r) => r.externalId)))
    for (const id of findExisting.all(JSON.stringify(ids)) as string[]) existing.add(id);

  // Links from this import's new entries, by article.
  const counts = new Map<string, { title: string; n: number }>();
  for (const row of rows) {
    if (existing.has(row.externalId)) continue;
    for (const a of linkedArticles(row)) {
      const c = counts.get(a.url);
      if (c) c.n++;
      else counts.set(a.url, { title: a.title, n: 1 });
    }
  }

  const candidates = [...counts.keys()].filter(
    (url) => !subjects.has(url) && isTopicArticle(counts.get(url)!.title),
  );
  const stored = storedLinkCounts(sqlite);
  const people = new Set<string>();
  const peopleByUrl = sqlite
    .prepare<[string]>(
      `SELECT reference_url FROM people WHERE reference_url IN (SELECT value FROM json_each(?))`,
    )
    .pluck();
  for (const urls of chunks(candidates))
    for (const url of peopleByUrl.all(JSON.stringify(urls)) as string[]) people.add(url);

  const topics = new Set<string>();
  for (const url of candidates) {
    if (people.has(url)) continue;
    if (counts.get(url)!.n + (stored.get(url) ?? 0) >= TOPIC_MIN_LINKS) topics.add(url);
  }
  return { subjects, topics };
}

/** How many events link each article, of the events already in Almanac (one scan of event_articles). */
function storedLinkCounts(sqlite: Sqlite): Map<string, number> {
  const counts = new Map<string, number>();
  const rows = sqlite
    .prepare<[], { url: string; n: number }>(
      `SELECT url, count(*) AS n FROM event_articles GROUP BY url`,
    )
    .all();
  for (const r of rows) counts.set(r.url, r.n);
  return counts;
}

type TagRow = { id: number; slug: string; name: string; reference_url: string | null };

function prepare(sqlite: Sqlite) {
  return {
    appliedUrls: sqlite
      .prepare<[number]>(`SELECT url FROM event_articles WHERE event_id = ? AND applied = 1`)
      .pluck(),
    deleteArticles: sqlite.prepare<[number]>(`DELETE FROM event_articles WHERE event_id = ?`),
    tagsByUrl: sqlite.prepare<[string], TagRow>(
      `SELECT id, slug, name, reference_url FROM tags WHERE reference_url IN (SELECT value FROM json_each(?))`,
    ),
    tagBySlug: sqlite.prepare<[string], TagRow>(
      `SELECT id, slug, name, reference_url FROM tags WHERE slug = ?`,
    ),
    tagSlugTaken: sqlite.prepare<[string]>(`SELECT 1 FROM tags WHERE slug = ?`).pluck(),
    insertTopic: sqlite
      .prepare<[string, string, string, number]>(
        `INSERT INTO tags (slug, name, kind, reference_url, created_at) VALUES (?, ?, 'topic', ?, ?) RETURNING id`,
      )
      .pluck(),
    setTagUrl: sqlite.prepare<[string, number]>(
      `UPDATE tags SET reference_url = ? WHERE id = ? AND reference_url IS NULL`,
    ),
    insertEventTag: sqlite.prepare<[number, number]>(
      `INSERT OR IGNORE INTO event_tags (event_id, tag_id) VALUES (?, ?)`,
    ),
    insertMention: sqlite.prepare<[number, number, number]>(
      `INSERT OR IGNORE INTO event_people (event_id, person_id, role, position) VALUES (?, ?, '', ?)`,
    ),
  };
}

/**
 * Rows of one table written many at a time: one INSERT of up to ROWS_PER_INSERT rows instead of a
 * statement per row (an import writes some 180,000 articles). `flush` before anything reads them.
 */
const ROWS_PER_INSERT = 200;
const multiInsertCache = new WeakMap<Sqlite, Map<string, Database.Statement>>();

class RowBuffer {
  private values: unknown[] = [];
  private rows = 0;

  constructor(
    private sqlite: Sqlite,
    /** `INSERT … INTO table (a, b, c)`, without VALUES. */
    private head: string,
    private columns: number,
  ) {}

  add(...row: unknown[]): void {
    this.values.push(...row);
    if (++this.rows === ROWS_PER_INSERT) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    this.statement(this.rows).run(this.values);
    this.values = [];
    this.rows = 0;
  }

  private statement(rows: number): Database.Statement {
    let cache = multiInsertCache.get(this.sqlite);
    if (!cache) multiInsertCache.set(this.sqlite, (cache = new Map()));
    const key = `${this.head}#${rows}`;
    let st = cache.get(key);
    if (!st) {
      const tuple = `(${Array.from({ length: this.columns }, () => '?').join(', ')})`;
      st = this.sqlite.prepare(
        `${this.head} VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`,
      );
      cache.set(key, st);
    }
    return st;
  }
}

const statementCache = new WeakMap<Sqlite, ReturnType<typeof prepare>>();

function statements(sqlite: Sqlite) {
  let s = statementCache.get(sqlite);
  if (!s) {
    s = prepare(sqlite);
    statementCache.set(sqlite, s);
  }
  return s;
}

/** How the writer finds (or makes) the people of an article: PeopleResolver in import.ts. */
export type PersonFinder = {
  /**
   * The people already in Almanac with this article (several for an article about a pair, "Felice
   * and Boudleaux Bryant"), or the one made now from this import's subject; none if neither.
   */
  personsForArticle(url: string, graph: ImportGraph): { id: number }[];
};

/**
 * Writes one batch's links inside its transaction: call `prefetch` with the batch's rows, then
 * `link` for each event written (after its subjects, `firstPosition` being the next person position).
 */
export class GraphWriter {
  private s: ReturnType<typeof prepare>;
  private tagsByUrl = new Map<string, TagRow>();
  private articles: RowBuffer;
  private mentions: RowBuffer;
  private eventTags: RowBuffer;

  constructor(
    sqlite: Sqlite,
    private graph: ImportGraph,
    private people: PersonFinder,
    private now: number,
  ) {
    this.s = statements(sqlite);
    this.articles = new RowBuffer(
      sqlite,
      'INSERT INTO event_articles (event_id, position, url, title, anchor, applied)',
      6,
    );
    this.mentions = new RowBuffer(
      sqlite,
      'INSERT OR IGNORE INTO event_people (event_id, person_id, role, position)',
      4,
    );
    this.eventTags = new RowBuffer(
      sqlite,
      'INSERT OR IGNORE INTO event_tags (event_id, tag_id)',
      2,
    );
  }

  /** Writes the links `link` has kept so far: call it before anything reads them. */
  flush(): void {
    this.articles.flush();
    this.mentions.flush();
    this.eventTags.flush();
  }

  prefetch(rows: readonly ImportRow[]): void {
    const urls = [...new Set(rows.flatMap((r) => r.articles.map((a) => a.url)))];
    for (const part of chunks(urls))
      for (const t of this.s.tagsByUrl.all(JSON.stringify(part)))
        if (t.reference_url) this.tagsByUrl.set(t.reference_url, t);
  }

  /** The topic of an article: its tag (by article, else by name), made now if the import decided so. */
  private topicFor(a: ImportArticle): TagRow | null {
    const known = this.tagsByUrl.get(a.url);
    if (known) return known;
    if (!this.graph.topics.has(a.url)) return null;
    const base = slugify(a.title) || 'topic';
    let tag = this.s.tagBySlug.get(base) ?? null;
    if (tag && tag.reference_url && tag.reference_url !== a.url) tag = null;
    if (tag) this.s.setTagUrl.run(a.url, tag.id);
    else {
      const slug = uniqueSlug(base, (c) => this.s.tagSlugTaken.get(c) !== undefined);
      const id = Number(this.s.insertTopic.get(slug, a.title, a.url, this.now));
      tag = { id, slug, name: a.title, reference_url: a.url };
    }
    tag = { ...tag, reference_url: a.url };
    this.tagsByUrl.set(a.url, tag);
    return tag;
  }

  /**
   * The event's articles, and its people and topics from them. `update`: the event was imported
   * before; links an editor or an earlier import applied stay as they are.
   */
  link(eventId: number, row: ImportRow, o: { update: boolean; linkedPeople: Set<number> }): void {
    let before = new Set<string>();
    if (o.update) {
      before = new Set(this.s.appliedUrls.all(eventId) as string[]);
      this.s.deleteArticles.run(eventId);
    }
    const own = subjectUrls(row);
    row.articles.forEach((a, position) => {
      if (before.has(a.url)) {
        this.articles.add(eventId, position, a.url, a.title, a.anchor, 1);
        return;
      }
      let applied = own.has(a.url);
      if (!applied) {
        const persons = this.people.personsForArticle(a.url, this.graph);
        for (const person of persons) {
          if (o.linkedPeople.has(person.id)) continue;
          this.mentions.add(eventId, person.id, '', o.linkedPeople.size);
          o.linkedPeople.add(person.id);
        }
        if (persons.length > 0) applied = true;
        else {
          const topic = this.topicFor(a);
          if (topic) {
            this.eventTags.add(eventId, topic.id);
            applied = true;
          }
        }
      }
      this.articles.add(eventId, position, a.url, a.title, a.anchor, applied ? 1 : 0);
    });
  }
}

/**
 * Links events imported earlier to people and topics that exist now (a later import brought the
 * birth of someone they name, or the link that made an article a topic): their unapplied articles
 * become links, each such event gets a relations-only revision. Events a person has edited, and
 * events in the trash, are left as they are. Inside the caller's transaction; returns how many
 * events changed.
 */
export function linkPendingArticles(tx: DbOrTx, now: number): number {
  const { sqlite } = getDbHandle();
  const pending = sqlite
    .prepare<
      [],
      { event_id: number; position: number; person_id: number | null; tag_id: number | null }
    >(
      `SELECT * FROM (
         SELECT ea.event_id, ea.position,
           (SELECT p.id FROM people p WHERE p.reference_url = ea.url ORDER BY p.id LIMIT 1) AS person_id,
           (SELECT t.id FROM tags t WHERE t.reference_url = ea.url ORDER BY t.id LIMIT 1) AS tag_id
         FROM event_articles ea
         JOIN events e ON e.id = ea.event_id
         WHERE ea.applied = 0 AND e.updated_by IS NULL AND e.deleted_at IS NULL)
       WHERE person_id IS NOT NULL OR tag_id IS NOT NULL`,
    )
    .all();
  if (pending.length === 0) return 0;
  const s = statements(sqlite);
  const nextPosition = sqlite
    .prepare<[number]>(`SELECT coalesce(max(position) + 1, 0) FROM event_people WHERE event_id = ?`)
    .pluck();
  const markApplied = sqlite.prepare<[number, number]>(
    `UPDATE event_articles SET applied = 1 WHERE event_id = ? AND position = ?`,
  );
  const bump = sqlite
    .prepare<[number, number]>(
      `UPDATE events SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version`,
    )
    .pluck();
  const changed = new Set<number>();
  // The revision each of them is at keeps what it was (a live one gets its snapshot first).
  materializeLiveRevisions([...new Set(pending.map((p) => p.event_id))], sqlite);
  for (const p of pending) {
    if (p.person_id !== null)
      s.insertMention.run(p.event_id, p.person_id, Number(nextPosition.get(p.event_id)));
    else if (p.tag_id !== null) s.insertEventTag.run(p.event_id, p.tag_id);
    markApplied.run(p.event_id, p.position);
    changed.add(p.event_id);
  }
  const saves = [...changed].map((eventId) => ({
    eventId,
    version: Number(bump.get(now, eventId)),
    note: 'Linked to people and topics found by a later import',
  }));
  completeEventBatch(tx, saves, { actorId: null, now, relationsOnly: true });
  return changed.size;
}
