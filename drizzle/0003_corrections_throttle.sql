CREATE TABLE `correction_report_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`address_hash` text NOT NULL,
	`event_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `correction_report_attempts_address_idx` ON `correction_report_attempts` (`address_hash`,`created_at`);--> statement-breakpoint
CREATE INDEX `correction_report_attempts_event_idx` ON `correction_report_attempts` (`event_id`,`created_at`);