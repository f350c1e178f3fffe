DROP INDEX `events_kind_idx`;--> statement-breakpoint
CREATE INDEX `events_kind_year_idx` ON `events` (`kind`,`status`,`year`);