-- Full-text index over published, non-deleted events. rowid = events.id.
-- Kept in sync by the data access layer in the same transaction as the event write
-- (people and tags come from join tables, which triggers on events alone cannot see).
CREATE VIRTUAL TABLE `events_fts` USING fts5(
  `title`, `summary`, `body`, `people`, `tags`, `location`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
