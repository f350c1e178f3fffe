CREATE TABLE `cache_tag_expiries` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tag` text NOT NULL,
	`stale_at` integer,
	`expired_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cache_tag_expiries_tag_idx` ON `cache_tag_expiries` (`tag`);