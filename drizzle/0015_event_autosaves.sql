CREATE TABLE `event_autosaves` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`event_id` integer,
	`base_version` integer DEFAULT 0 NOT NULL,
	`values` text NOT NULL,
	`saved_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_autosaves_user_event_idx` ON `event_autosaves` (`user_id`,`event_id`);--> statement-breakpoint
CREATE INDEX `event_autosaves_event_idx` ON `event_autosaves` (`event_id`);