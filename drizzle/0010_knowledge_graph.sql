CREATE TABLE `event_articles` (
	`event_id` integer NOT NULL,
	`position` integer NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`anchor` text NOT NULL,
	`applied` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`event_id`, `position`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `events` ADD `selectable` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `notability` real DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `events_public_category_notability_idx` ON `events` (`category_id`,`notability`) WHERE status = 'published' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `events_public_day_notability_idx` ON `events` (`month`,`day`,`notability`) WHERE status = 'published' AND deleted_at IS NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `notability` real DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `people_notability_idx` ON `people` (`notability`);--> statement-breakpoint
ALTER TABLE `tags` ADD `kind` text DEFAULT 'tag' NOT NULL;--> statement-breakpoint
ALTER TABLE `tags` ADD `description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `tags` ADD `reference_url` text;--> statement-breakpoint
ALTER TABLE `tags` ADD `public_event_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `tags` ADD `notability` real DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `tags_reference_url_idx` ON `tags` (`reference_url`);--> statement-breakpoint
CREATE INDEX `tags_notability_idx` ON `tags` (`notability`);--> statement-breakpoint
-- tags.public_event_count: how many of a tag's events readers may see, kept like people.public_event_count
-- (drizzle/0007_reader_indexes.sql) by triggers that recount the tags an edit touches, whatever wrote it.
UPDATE `tags` SET `public_event_count` = (
  SELECT count(*) FROM `event_tags` et CROSS JOIN `events` e ON e.id = et.event_id
  WHERE et.tag_id = `tags`.id AND e.status = 'published' AND e.deleted_at IS NULL
);--> statement-breakpoint
CREATE TRIGGER `tags_public_count_after_link` AFTER INSERT ON `event_tags`
WHEN EXISTS (SELECT 1 FROM `events` WHERE id = NEW.event_id AND status = 'published' AND deleted_at IS NULL)
BEGIN
  UPDATE `tags` SET `public_event_count` = (
    SELECT count(*) FROM `event_tags` et CROSS JOIN `events` e ON e.id = et.event_id
    WHERE et.tag_id = NEW.tag_id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id = NEW.tag_id;
END;--> statement-breakpoint
CREATE TRIGGER `tags_public_count_after_unlink` AFTER DELETE ON `event_tags`
WHEN NOT EXISTS (SELECT 1 FROM `events` WHERE id = OLD.event_id AND NOT (status = 'published' AND deleted_at IS NULL))
BEGIN
  UPDATE `tags` SET `public_event_count` = (
    SELECT count(*) FROM `event_tags` et CROSS JOIN `events` e ON e.id = et.event_id
    WHERE et.tag_id = OLD.tag_id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id = OLD.tag_id;
END;--> statement-breakpoint
CREATE TRIGGER `tags_public_count_after_relink` AFTER UPDATE OF `event_id`, `tag_id` ON `event_tags`
BEGIN
  UPDATE `tags` SET `public_event_count` = (
    SELECT count(*) FROM `event_tags` et CROSS JOIN `events` e ON e.id = et.event_id
    WHERE et.tag_id = `tags`.id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id IN (OLD.tag_id, NEW.tag_id);
END;--> statement-breakpoint
CREATE TRIGGER `tags_public_count_after_visibility` AFTER UPDATE OF `status`, `deleted_at` ON `events`
WHEN (OLD.status = 'published' AND OLD.deleted_at IS NULL) IS NOT (NEW.status = 'published' AND NEW.deleted_at IS NULL)
BEGIN
  UPDATE `tags` SET `public_event_count` = (
    SELECT count(*) FROM `event_tags` et CROSS JOIN `events` e ON e.id = et.event_id
    WHERE et.tag_id = `tags`.id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id IN (SELECT tag_id FROM `event_tags` WHERE event_id = NEW.id);
END;--> statement-breakpoint
CREATE TRIGGER `tags_public_count_after_event_delete` AFTER DELETE ON `events`
WHEN OLD.status = 'published' AND OLD.deleted_at IS NULL
BEGIN
  UPDATE `tags` SET `public_event_count` = (
    SELECT count(*) FROM `event_tags` et CROSS JOIN `events` e ON e.id = et.event_id
    WHERE et.tag_id = `tags`.id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id IN (SELECT tag_id FROM `event_tags` WHERE event_id = OLD.id);
END;
