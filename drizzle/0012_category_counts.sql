ALTER TABLE `categories` ADD `public_event_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- categories.public_event_count: how many of a category's events readers may see. Unlike the tag and
-- people counts (0007, 0010), which recount a tag's or person's events, these triggers add and
-- subtract one: a category holds up to a third of the archive, and a recount per save would read it all.
UPDATE `categories` SET `public_event_count` = (
  SELECT count(*) FROM `events` e
  WHERE e.category_id = `categories`.id AND e.status = 'published' AND e.deleted_at IS NULL
);--> statement-breakpoint
CREATE TRIGGER `categories_public_count_after_insert` AFTER INSERT ON `events`
WHEN NEW.status = 'published' AND NEW.deleted_at IS NULL
BEGIN
  UPDATE `categories` SET `public_event_count` = `public_event_count` + 1 WHERE id = NEW.category_id;
END;--> statement-breakpoint
CREATE TRIGGER `categories_public_count_after_delete` AFTER DELETE ON `events`
WHEN OLD.status = 'published' AND OLD.deleted_at IS NULL
BEGIN
  UPDATE `categories` SET `public_event_count` = `public_event_count` - 1 WHERE id = OLD.category_id;
END;--> statement-breakpoint
CREATE TRIGGER `categories_public_count_after_update` AFTER UPDATE OF `status`, `deleted_at`, `category_id` ON `events`
WHEN (OLD.status = 'published' AND OLD.deleted_at IS NULL) IS NOT (NEW.status = 'published' AND NEW.deleted_at IS NULL)
  OR (OLD.category_id IS NOT NEW.category_id AND NEW.status = 'published' AND NEW.deleted_at IS NULL)
BEGIN
  UPDATE `categories` SET `public_event_count` = `public_event_count` - 1
  WHERE id = OLD.category_id AND OLD.status = 'published' AND OLD.deleted_at IS NULL;
  UPDATE `categories` SET `public_event_count` = `public_event_count` + 1
  WHERE id = NEW.category_id AND NEW.status = 'published' AND NEW.deleted_at IS NULL;
END;
