import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  CALENDARS,
  EVENT_KINDS,
  EVENT_STATUSES,
  LINK_TYPES,
  PRECISIONS,
} from '../lib/events/enums';
import { USER_ROLES } from '../lib/auth/roles';
import { CORRECTION_STATUSES } from '../lib/corrections';
import { PUBLIC_STATUS } from '../lib/events/visibility';
import { TAG_KINDS } from '../lib/graph/topics';
import { REVIEW_STATES } from '../lib/review/states';

export const LOGIN_OUTCOMES = ['pending', 'success', 'failure', 'throttled'] as const;

export type LoginOutcome = (typeof LOGIN_OUTCOMES)[number];

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: USER_ROLES }).notNull().default('editor'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    lastLoginAt: integer('last_login_at', { mode: 'timestamp_ms' }),
    // Carried in the session token; bumping it (password reset, disable) ends every session of the user at once.
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
);

// Sign-in attempts that were checked (refused ones are not stored), kept only as long as throttling
// needs them: failures a day, successes 30 days (they make an address "known" for the account).
// audit_log keeps the history.
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(), // as typed, trimmed and lower-cased; need not belong to a user
    ip: text('ip').notNull(), // the throttle key: an IPv4 address or an IPv6 /64 (lib/auth/client-address.ts)
    outcome: text('outcome', { enum: LOGIN_OUTCOMES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('login_attempts_email_idx').on(t.email, t.createdAt),
    index('login_attempts_ip_idx').on(t.ip, t.createdAt),
    index('login_attempts_pair_idx').on(t.email, t.ip, t.createdAt),
    index('login_attempts_created_idx').on(t.createdAt),
  ],
);

// One row per signed-in session; its id is in the session token and verifySession() requires the
// row. Signing out deletes it, so a copied cookie stops working there and then. Expired rows are
// pruned at sign-in.
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    color: text('color').notNull().default('#64748b'),
    position: integer('position').notNull().default(0),
    /** How many of its events readers may see, kept by triggers (drizzle/0012_category_counts.sql). */
    publicEventCount: integer('public_event_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('categories_slug_unique').on(t.slug),
    index('categories_position_idx').on(t.position),
  ],
);

export { TAG_KINDS };

/**
 * Tags, and topics: a topic is a tag made by the importer from a Wikipedia article that several
 * entries link ("World War II"); `referenceUrl` is that article. Editors use both alike.
 */
export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: TAG_KINDS }).notNull().default('tag'),
    description: text('description').notNull().default(''),
    referenceUrl: text('reference_url'),
    // How many of the tag's events readers may see: kept by triggers on event_tags and events
    // (drizzle/0010_knowledge_graph.sql), as for people.
    publicEventCount: integer('public_event_count').notNull().default(0),
    /** From the graph (db/queries/notability.ts); higher is better known. */
    notability: real('notability').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('tags_slug_unique').on(t.slug),
    index('tags_reference_url_idx').on(t.referenceUrl),
    index('tags_notability_idx').on(t.notability),
  ],
);

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    birthYear: integer('birth_year'),
    birthMonth: integer('birth_month'),
    birthDay: integer('birth_day'),
    deathYear: integer('death_year'),
    deathMonth: integer('death_month'),
    deathDay: integer('death_day'),
    referenceUrl: text('reference_url'),
    // How many of the person's events readers may see. Kept by triggers on event_people and events
    // (drizzle/0007_reader_indexes.sql), so no writer can forget it; the people index lists those above 0.
    publicEventCount: integer('public_event_count').notNull().default(0),
    /** From the graph (db/queries/notability.ts); higher is better known. */
    notability: real('notability').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('people_slug_unique').on(t.slug),
    index('people_notability_idx').on(t.notability),
    index('people_reference_url_idx').on(t.referenceUrl),
    index('people_name_idx').on(t.name),
    // The people index (A–Z by slug, which folds accents: "Émile" files under E) over public people only.
    index('people_public_slug_idx')
      .on(t.slug)
      .where(sql`public_event_count > 0`),
  ],
);

/**
 * People merged into another (the merged person is deleted): a form opened before the merge still
 * names them, and is told whom they became. A merge into someone merged later points at the latest.
 */
export const personMerges = sqliteTable(
  'person_merges',
  {
    /** The id the merged person had (the row is gone, so no foreign key). */
    personId: integer('person_id').primaryKey(),
    name: text('name').notNull(),
    mergedIntoId: integer('merged_into_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    mergedAt: integer('merged_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('person_merges_merged_into_idx').on(t.mergedIntoId)],
);

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull().default('event'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    keyPoints: text('key_points', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    body: text('body').notNull().default(''),
    funFact: text('fun_fact'),
    furtherReading: text('further_reading'),
    // Historical date: year uses historical numbering (-44 = 44 BCE, no year 0); null for observances.
    year: integer('year'),
    month: integer('month'),
    day: integer('day'),
    precision: text('precision', { enum: PRECISIONS }).notNull().default('day'),
    circa: integer('circa', { mode: 'boolean' }).notNull().default(false),
    calendar: text('calendar', { enum: CALENDARS }).notNull().default('gregorian'),
    endYear: integer('end_year'),
    endMonth: integer('end_month'),
    endDay: integer('end_day'),
    endPrecision: text('end_precision', { enum: PRECISIONS }),
    location: text('location'),
    latitude: real('latitude'),
    longitude: real('longitude'),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    imageUrl: text('image_url'),
    imageAlt: text('image_alt'),
    imageCredit: text('image_credit'),
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    /** False when an editor keeps the event out of the day's automatically selected list. */
    selectable: integer('selectable', { mode: 'boolean' }).notNull().default(true),
    /** From the graph (db/queries/notability.ts); higher is better known. Derived: not in revisions. */
    notability: real('notability').notNull().default(0),
    /**
     * How many of the event's first articles (event_articles, by position) are its references, as
     * "Wikipedia" ones: an import stores them once, there (issue 12); 0 when its references are the
     * rows of event_references (any save of the event writes those). Storage, not in its record.
     */
    articleReferences: integer('article_references').notNull().default(0),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('draft'),
    publishAt: integer('publish_at', { mode: 'timestamp_ms' }),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull().default(1),
    // Provenance of imported content (e.g. 'muffinlabs', 'wikimedia'); externalId makes imports idempotent.
    source: text('source'),
    sourceUrl: text('source_url'),
    license: text('license'),
    externalId: text('external_id'),
    contentHash: text('content_hash'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('events_slug_unique').on(t.slug),
    uniqueIndex('events_external_id_unique').on(t.externalId),
    index('events_day_idx').on(t.month, t.day, t.status, t.year),
    index('events_category_year_idx').on(t.categoryId, t.status, t.year),
    index('events_year_idx').on(t.year, t.status),
    index('events_status_idx').on(t.status, t.publishAt),
    index('events_kind_year_idx').on(t.kind, t.status, t.year),
    // Partial indexes over what readers may see (db/queries/visibility.ts, publicEventsCondition): the years
    // index and its neighbours, and the events index newest first. Queries name them (INDEXED BY): without
    // statistics SQLite prefers events_status_idx for any status = ? and sorts every published row.
    index('events_public_year_idx')
      .on(t.year)
      .where(sql.raw(`status = '${PUBLIC_STATUS}' AND deleted_at IS NULL`)),
    index('events_public_published_idx')
      .on(t.publishedAt)
      .where(sql.raw(`status = '${PUBLIC_STATUS}' AND deleted_at IS NULL`)),
    // A category's best-known entries (the highlights of its page).
    index('events_public_category_notability_idx')
      .on(t.categoryId, t.notability)
      .where(sql.raw(`status = '${PUBLIC_STATUS}' AND deleted_at IS NULL`)),
    // A day's best-known entries first (the selected list and the highlights).
    index('events_public_day_notability_idx')
      .on(t.month, t.day, t.notability)
      .where(sql.raw(`status = '${PUBLIC_STATUS}' AND deleted_at IS NULL`)),
    check('events_year_not_zero', sql`${t.year} IS NULL OR ${t.year} <> 0`),
    check('events_month_range', sql`${t.month} IS NULL OR ${t.month} BETWEEN 1 AND 12`),
    check('events_day_range', sql`${t.day} IS NULL OR ${t.day} BETWEEN 1 AND 31`),
  ],
);

export const eventSlugs = sqliteTable(
  'event_slugs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('event_slugs_slug_unique').on(t.slug),
    index('event_slugs_event_idx').on(t.eventId),
  ],
);

export const eventTags = sqliteTable(
  'event_tags',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.tagId] }), index('event_tags_tag_idx').on(t.tagId)],
);

export const eventPeople = sqliteTable(
  'event_people',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.personId] }),
    // With the event id, so counting a person's public events (the triggers above) reads no event_people rows.
    index('event_people_person_idx').on(t.personId, t.eventId),
  ],
);

/**
 * An imported entry's links as its source had them, in order: the Wikipedia article (URL and
 * title) and the text the entry shows for it. `applied` is set once the link became one of the
 * event's people or topics (db/queries/import-graph.ts), so that an editor who removes that person
 * or topic is not overruled by a later import. Appended in event order and read by event: no index
 * by article (counting an article's links is one scan, done by imports and the notability refresh).
 */
export const eventArticles = sqliteTable(
  'event_articles',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    url: text('url').notNull(),
    title: text('title').notNull(),
    anchor: text('anchor').notNull(),
    applied: integer('applied', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.position] })],
);

/**
 * The other corpora that tell an imported event (db/queries/import.ts merges a second corpus's entry
 * into the event the first brought, lib/import/match.ts): one row per merged entry, with its key in
 * its corpus, its page and licence, and its text as imported (the event keeps the first corpus's
 * text). The event's own source stays in `events.source`; a re-import finds the entry here by
 * `external_id` and changes nothing.
 */
export const eventSources = sqliteTable(
  'event_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    sourceUrl: text('source_url'),
    license: text('license'),
    /** The entry's text as that corpus words it (title and summary). */
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('event_sources_external_id_unique').on(t.externalId),
    index('event_sources_event_idx').on(t.eventId),
  ],
);

export const eventReferences = sqliteTable(
  'event_references',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    url: text('url').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher'),
    accessedAt: text('accessed_at'), // ISO date (YYYY-MM-DD)
  },
  (t) => [index('event_references_event_idx').on(t.eventId, t.position)],
);

export const eventLinks = sqliteTable(
  'event_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fromEventId: integer('from_event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    toEventId: integer('to_event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    type: text('type', { enum: LINK_TYPES }).notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('event_links_unique').on(t.fromEventId, t.toEventId, t.type),
    index('event_links_to_idx').on(t.toEventId),
    check('event_links_not_self', sql`${t.fromEventId} <> ${t.toEventId}`),
  ],
);

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /**
     * The event's record as this version left it; null for a live revision (written by an import):
     * the event as it stands now, while its version is this one (db/queries/event-store.ts writes
     * the snapshot before anything changes the event, and a trigger refuses a version bump that
     * would leave one behind).
     */
    snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    /**
     * Written because a tag or person the event names was renamed or merged (reviseEvents), not by a
     * save of the event: a form opened before it is not in conflict with it.
     */
    relationsOnly: integer('relations_only', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('revisions_event_version_unique').on(t.eventId, t.version)],
);

export const corrections = sqliteTable(
  'corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    suggestedSource: text('suggested_source'),
    contact: text('contact'),
    status: text('status', { enum: CORRECTION_STATUSES }).notNull().default('open'),
    resolverId: integer('resolver_id').references(() => users.id, { onDelete: 'set null' }),
    resolutionNote: text('resolution_note'),
    revisionId: integer('revision_id').references(() => revisions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('corrections_status_idx').on(t.status, t.createdAt),
    index('corrections_event_idx').on(t.eventId),
  ],
);

/**
 * One row per accepted public "Report an error" submission, for throttling (a hash of the address,
 * never the address) and so that each form token files one report (its id is unique here; rows
 * are kept for the token's whole lifetime).
 */
export const correctionReportAttempts = sqliteTable(
  'correction_report_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    addressHash: text('address_hash').notNull(),
    formTokenId: text('form_token_id'),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('correction_report_attempts_address_idx').on(t.addressHash, t.createdAt),
    index('correction_report_attempts_event_idx').on(t.eventId, t.createdAt),
    uniqueIndex('correction_report_attempts_token_unique').on(t.formTokenId),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_user_idx').on(t.userId),
  ],
);

/**
 * Site-wide settings an admin changes on /admin/settings (lib/review/states.ts names the review
 * one), one row per key with a JSON value; a key without a row has its default.
 */
export const siteSettings = sqliteTable('site_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/**
 * The review an event is in, if any: submitted and waiting (`pending`), or sent back with the
 * reviewer's note (`changes_requested`). Approving deletes the row; each step is in audit_log.
 */
export const eventReviews = sqliteTable(
  'event_reviews',
  {
    eventId: integer('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    state: text('state', { enum: REVIEW_STATES }).notNull(),
    /** When the editor asks it to go public: null for "when approved". */
    publishAt: integer('publish_at', { mode: 'timestamp_ms' }),
    submittedBy: integer('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    /** The event's version when it was submitted. */
    submittedVersion: integer('submitted_version').notNull(),
    /** The editor's word to the reviewer. */
    submitNote: text('submit_note'),
    reviewedBy: integer('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    /** Why it was sent back: shown to the editor on the form. */
    reviewNote: text('review_note'),
  },
  (t) => [
    index('event_reviews_state_idx').on(t.state, t.submittedAt),
    index('event_reviews_submitted_by_idx').on(t.submittedBy, t.state),
  ],
);

/**
 * Who has an event open in the editor: one row per event and user, written by the open form's
 * heartbeat (lib/presence.ts: every 20 s; a row not seen for 60 s is ignored) and deleted when the
 * page is left. `opened_at` is when this stretch of editing began.
 */
export const eventPresence = sqliteTable(
  'event_presence',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
    seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.userId] }),
    index('event_presence_seen_idx').on(t.seenAt),
  ],
);

/**
 * When each public-page cache tag was last expired (milliseconds since the epoch), shared by every
 * process that serves or writes this database: the servers' cache handler (server/cache-handler.mjs)
 * reads rows newer than the last it saw, so an expiry written by the importer, the scheduler or
 * another app server reaches every server. `seq` grows with every write (a replaced row gets a new one).
 */
export const cacheTagExpiries = sqliteTable(
  'cache_tag_expiries',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    tag: text('tag').notNull(),
    staleAt: integer('stale_at'),
    expiredAt: integer('expired_at'),
  },
  (t) => [uniqueIndex('cache_tag_expiries_tag_idx').on(t.tag)],
);

/**
 * What an editor typed in the event form and has not saved yet (autosave): one copy per editor and
 * event (`event_id` null: their new-event form), replaced as they type and removed when the form
 * saves. Not a revision: it is private to its editor and never read by the public pages.
 */
export const eventAutosaves = sqliteTable(
  'event_autosaves',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
    /** The version the form was opened at (0 for a new event): a save from it is checked against it. */
    baseVersion: integer('base_version').notNull().default(0),
    values: text('values', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    savedAt: integer('saved_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    // One row per editor and event: its one writer replaces it in an IMMEDIATE transaction.
    index('event_autosaves_user_event_idx').on(t.userId, t.eventId),
    index('event_autosaves_event_idx').on(t.eventId),
  ],
);

export type User = typeof users.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type EventReference = typeof eventReferences.$inferSelect;
export type EventLink = typeof eventLinks.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
export type Correction = typeof corrections.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type EventReview = typeof eventReviews.$inferSelect;
export type LoginAttempt = typeof loginAttempts.$inferSelect;
