CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
ALTER TABLE `correction_report_attempts` ADD `form_token_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `correction_report_attempts_token_unique` ON `correction_report_attempts` (`form_token_id`);--> statement-breakpoint
CREATE INDEX `login_attempts_pair_idx` ON `login_attempts` (`email`,`ip`,`created_at`);