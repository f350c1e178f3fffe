CREATE TABLE `event_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`source` text NOT NULL,
	`external_id` text NOT NULL,
	`source_url` text,
	`license` text,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_sources_external_id_unique` ON `event_sources` (`external_id`);--> statement-breakpoint
CREATE INDEX `event_sources_event_idx` ON `event_sources` (`event_id`);