CREATE TABLE `person_merges` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`merged_into_id` integer NOT NULL,
	`merged_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`merged_into_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_merges_merged_into_idx` ON `person_merges` (`merged_into_id`);--> statement-breakpoint
-- Merges made before this table existed, from the audit log each merge wrote (person.merge: the
-- target's id, details.merged = the merged person), each followed to the person it ended up in.
INSERT OR IGNORE INTO `person_merges` (`person_id`, `name`, `merged_into_id`, `merged_at`)
WITH RECURSIVE `merge`(`person_id`, `name`, `into_id`, `at`) AS (
	SELECT CAST(json_extract(`details`, '$.merged.id') AS INTEGER), json_extract(`details`, '$.merged.name'),
		CAST(`entity_id` AS INTEGER), `created_at`
	FROM `audit_log`
	WHERE `action` = 'person.merge' AND json_valid(`details`) AND json_extract(`details`, '$.merged.id') IS NOT NULL
), `chain`(`person_id`, `name`, `into_id`, `at`, `depth`) AS (
	SELECT `person_id`, `name`, `into_id`, `at`, 0 FROM `merge`
	UNION ALL
	SELECT `chain`.`person_id`, `chain`.`name`, `merge`.`into_id`, `chain`.`at`, `chain`.`depth` + 1
	FROM `chain` JOIN `merge` ON `merge`.`person_id` = `chain`.`into_id` AND `merge`.`at` >= `chain`.`at`
	WHERE `chain`.`depth` < 100
)
SELECT `person_id`, coalesce(`name`, ''), `into_id`, `at` FROM `chain`
WHERE `into_id` IN (SELECT `id` FROM `people`) AND `person_id` NOT IN (SELECT `id` FROM `people`)
ORDER BY `depth` DESC;
