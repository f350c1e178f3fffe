-- Compact revisions (issue 12): an import's revision may hold no snapshot (NULL, "live") while the
-- event's version is the revision's; db/queries/event-store.ts writes the snapshot before anything
-- changes the event. The column loses NOT NULL by the usual table rebuild; the migration runs in a
-- transaction, where PRAGMA foreign_keys cannot be turned off, so the DROP below would set every
-- corrections.revision_id to NULL: they are kept aside and put back.
CREATE TABLE `__corrections_revision` AS SELECT `id`, `revision_id` FROM `corrections` WHERE `revision_id` IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text,
	`author_id` integer,
	`note` text,
	`relations_only` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_revisions`("id", "event_id", "version", "snapshot", "author_id", "note", "relations_only", "created_at") SELECT "id", "event_id", "version", "snapshot", "author_id", "note", "relations_only", "created_at" FROM `revisions`;--> statement-breakpoint
DROP TABLE `revisions`;--> statement-breakpoint
ALTER TABLE `__new_revisions` RENAME TO `revisions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `revisions_event_version_unique` ON `revisions` (`event_id`,`version`);--> statement-breakpoint
UPDATE `corrections` SET `revision_id` = (SELECT k.`revision_id` FROM `__corrections_revision` k WHERE k.`id` = `corrections`.`id`)
  WHERE `id` IN (SELECT `id` FROM `__corrections_revision`);--> statement-breakpoint
DROP TABLE `__corrections_revision`;--> statement-breakpoint
-- A live revision is the event as it stands: a change of the event's version with one left behind
-- would lose that version's content, so it is refused (the writer forgot materializeLiveRevisions).
CREATE TRIGGER `revisions_live_kept` BEFORE UPDATE OF `version` ON `events`
  WHEN NEW.`version` <> OLD.`version`
    AND EXISTS (SELECT 1 FROM `revisions` r WHERE r.`event_id` = OLD.`id` AND r.`snapshot` IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'a live revision of this event has no snapshot yet (materializeLiveRevisions)');
END;
--> statement-breakpoint
-- References kept as the event's articles (events.article_references, issue 12).
ALTER TABLE `events` ADD `article_references` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- An event's articles by their primary key alone (WITHOUT ROWID): no second index of the same
-- columns (2.3 MB over the muffinlabs corpus). Nothing refers to the table.
CREATE TABLE `__new_event_articles` (
	`event_id` integer NOT NULL,
	`position` integer NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`anchor` text NOT NULL,
	`applied` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`event_id`, `position`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_event_articles` SELECT `event_id`, `position`, `url`, `title`, `anchor`, `applied` FROM `event_articles`;--> statement-breakpoint
DROP TABLE `event_articles`;--> statement-breakpoint
ALTER TABLE `__new_event_articles` RENAME TO `event_articles`;
