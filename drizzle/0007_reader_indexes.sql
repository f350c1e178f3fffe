DROP INDEX `event_people_person_idx`;--> statement-breakpoint
CREATE INDEX `event_people_person_idx` ON `event_people` (`person_id`,`event_id`);--> statement-breakpoint
ALTER TABLE `people` ADD `public_event_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `people_public_slug_idx` ON `people` (`slug`) WHERE public_event_count > 0;--> statement-breakpoint
CREATE INDEX `events_public_year_idx` ON `events` (`year`) WHERE status = 'published' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `events_public_published_idx` ON `events` (`published_at`) WHERE status = 'published' AND deleted_at IS NULL;--> statement-breakpoint
-- people.public_event_count: how many of a person's events readers may see (published, not in the trash;
-- the same rule as db/queries/visibility.ts). Triggers recount the people an edit touches, whatever wrote it
-- (saveEvent, imports, merges, cascades), so the people index and the person pages agree with the events.
UPDATE `people` SET `public_event_count` = (
  SELECT count(*) FROM `event_people` ep CROSS JOIN `events` e ON e.id = ep.event_id
  WHERE ep.person_id = `people`.id AND e.status = 'published' AND e.deleted_at IS NULL
);--> statement-breakpoint
CREATE TRIGGER `people_public_count_after_link` AFTER INSERT ON `event_people`
WHEN EXISTS (SELECT 1 FROM `events` WHERE id = NEW.event_id AND status = 'published' AND deleted_at IS NULL)
BEGIN
  UPDATE `people` SET `public_event_count` = (
    SELECT count(*) FROM `event_people` ep CROSS JOIN `events` e ON e.id = ep.event_id
    WHERE ep.person_id = NEW.person_id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id = NEW.person_id;
END;--> statement-breakpoint
-- Also when the event is already gone (an ON DELETE CASCADE from events runs after its row is deleted).
CREATE TRIGGER `people_public_count_after_unlink` AFTER DELETE ON `event_people`
WHEN NOT EXISTS (SELECT 1 FROM `events` WHERE id = OLD.event_id AND NOT (status = 'published' AND deleted_at IS NULL))
BEGIN
  UPDATE `people` SET `public_event_count` = (
    SELECT count(*) FROM `event_people` ep CROSS JOIN `events` e ON e.id = ep.event_id
    WHERE ep.person_id = OLD.person_id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id = OLD.person_id;
END;--> statement-breakpoint
CREATE TRIGGER `people_public_count_after_relink` AFTER UPDATE OF `event_id`, `person_id` ON `event_people`
BEGIN
  UPDATE `people` SET `public_event_count` = (
    SELECT count(*) FROM `event_people` ep CROSS JOIN `events` e ON e.id = ep.event_id
    WHERE ep.person_id = `people`.id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id IN (OLD.person_id, NEW.person_id);
END;--> statement-breakpoint
CREATE TRIGGER `people_public_count_after_visibility` AFTER UPDATE OF `status`, `deleted_at` ON `events`
WHEN (OLD.status = 'published' AND OLD.deleted_at IS NULL) IS NOT (NEW.status = 'published' AND NEW.deleted_at IS NULL)
BEGIN
  UPDATE `people` SET `public_event_count` = (
    SELECT count(*) FROM `event_people` ep CROSS JOIN `events` e ON e.id = ep.event_id
    WHERE ep.person_id = `people`.id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id IN (SELECT person_id FROM `event_people` WHERE event_id = NEW.id);
END;--> statement-breakpoint
-- A deleted event's links go with it (cascade, counted above); this covers a connection without foreign keys.
CREATE TRIGGER `people_public_count_after_event_delete` AFTER DELETE ON `events`
WHEN OLD.status = 'published' AND OLD.deleted_at IS NULL
BEGIN
  UPDATE `people` SET `public_event_count` = (
    SELECT count(*) FROM `event_people` ep CROSS JOIN `events` e ON e.id = ep.event_id
    WHERE ep.person_id = `people`.id AND e.status = 'published' AND e.deleted_at IS NULL
  ) WHERE id IN (SELECT person_id FROM `event_people` WHERE event_id = OLD.id);
END;
