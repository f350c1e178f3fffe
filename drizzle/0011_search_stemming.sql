-- Search that understands its readers (issue 11). See db/queries/search-index.ts for how the
-- indexes are kept, README "Search" for what they cost.
--
-- 1. events_fts again, now stemming English (porter over the same unicode61 tokens): "landing"
--    finds "landings" and "landed"; with a column for the titles of the Wikipedia articles an
--    imported entry links that are none of its people or topics ("Sinking of the RMS Titanic").
--    Still only what readers may see; rowid = events.id.
DROP TABLE `events_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `events_fts` USING fts5(
  `title`, `summary`, `body`, `people`, `tags`, `location`, `articles`,
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3'
);--> statement-breakpoint
INSERT INTO `events_fts` (rowid, title, summary, body, people, tags, location, articles)
SELECT e.id, e.title, e.summary, e.body,
  coalesce((SELECT group_concat(p.name, ' ') FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = e.id), ''),
  coalesce((SELECT group_concat(t.name, ' ') FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id), ''),
  coalesce(e.location, ''),
  coalesce((SELECT group_concat(ea.title, ' ') FROM event_articles ea WHERE ea.event_id = e.id AND NOT ea.applied), '')
FROM events e
WHERE e.status = 'published' AND e.deleted_at IS NULL;--> statement-breakpoint
-- 2. The CMS event list's index: every event whatever its status, the trash included (the list
--    filters by status itself), over what editors search (title, summary, body, people). It stores
--    no copy of the text (contentless, the list shows no passages) and has no prefix indexes
--    (an editor's two-letter prefix is rare and still fast enough): 11 MB over the muffinlabs corpus
--    instead of 40 MB for a second events_fts.
CREATE VIRTUAL TABLE `events_cms_fts` USING fts5(
  `title`, `summary`, `body`, `people`,
  content = '',
  contentless_delete = 1,
  tokenize = 'porter unicode61 remove_diacritics 2'
);--> statement-breakpoint
INSERT INTO `events_cms_fts` (rowid, title, summary, body, people)
SELECT e.id, e.title, e.summary, e.body,
  coalesce((SELECT group_concat(p.name, ' ') FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = e.id), '')
FROM events e;--> statement-breakpoint
-- 3. People's and tags' names, for finding the person or topic a query names ("einstein" ->
--    Albert Einstein). External-content tables over people and tags, kept by triggers so that no
--    writer (import, editor, merge, rename) can forget them. Not stemmed: names are compared word
--    for word.
CREATE VIRTUAL TABLE `people_names_fts` USING fts5(
  `name`,
  content = 'people',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);--> statement-breakpoint
INSERT INTO `people_names_fts` (`people_names_fts`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `people_names_fts_after_insert` AFTER INSERT ON `people`
BEGIN
  INSERT INTO `people_names_fts` (rowid, name) VALUES (NEW.id, NEW.name);
END;--> statement-breakpoint
CREATE TRIGGER `people_names_fts_after_delete` AFTER DELETE ON `people`
BEGIN
  INSERT INTO `people_names_fts` (`people_names_fts`, rowid, name) VALUES ('delete', OLD.id, OLD.name);
END;--> statement-breakpoint
CREATE TRIGGER `people_names_fts_after_rename` AFTER UPDATE OF `name` ON `people`
BEGIN
  INSERT INTO `people_names_fts` (`people_names_fts`, rowid, name) VALUES ('delete', OLD.id, OLD.name);
  INSERT INTO `people_names_fts` (rowid, name) VALUES (NEW.id, NEW.name);
END;--> statement-breakpoint
CREATE VIRTUAL TABLE `tag_names_fts` USING fts5(
  `name`,
  content = 'tags',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);--> statement-breakpoint
INSERT INTO `tag_names_fts` (`tag_names_fts`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `tag_names_fts_after_insert` AFTER INSERT ON `tags`
BEGIN
  INSERT INTO `tag_names_fts` (rowid, name) VALUES (NEW.id, NEW.name);
END;--> statement-breakpoint
CREATE TRIGGER `tag_names_fts_after_delete` AFTER DELETE ON `tags`
BEGIN
  INSERT INTO `tag_names_fts` (`tag_names_fts`, rowid, name) VALUES ('delete', OLD.id, OLD.name);
END;--> statement-breakpoint
CREATE TRIGGER `tag_names_fts_after_rename` AFTER UPDATE OF `name` ON `tags`
BEGIN
  INSERT INTO `tag_names_fts` (`tag_names_fts`, rowid, name) VALUES ('delete', OLD.id, OLD.name);
  INSERT INTO `tag_names_fts` (rowid, name) VALUES (NEW.id, NEW.name);
END;
