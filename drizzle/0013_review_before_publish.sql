CREATE TABLE `event_reviews` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`publish_at` integer,
	`submitted_by` integer,
	`submitted_at` integer NOT NULL,
	`submitted_version` integer NOT NULL,
	`submit_note` text,
	`reviewed_by` integer,
	`reviewed_at` integer,
	`review_note` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `event_reviews_state_idx` ON `event_reviews` (`state`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `event_reviews_submitted_by_idx` ON `event_reviews` (`submitted_by`,`state`);--> statement-breakpoint
CREATE TABLE `site_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_by` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
