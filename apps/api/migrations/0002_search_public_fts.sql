-- Full-text indexes holding only the PUBLIC claims and events, for GET /v1/search.
--
-- Why: with visibility only in the base tables, every match had to be joined back to its row
-- to check status before ranking (tens of thousands of random reads for a common word at 100k
-- claims, and SQLite's planner may even drive the join from the status index and probe FTS once
-- per published row, which takes seconds). Here the index itself answers "published", so a search
-- is one FTS5 scan ranked by bm25, and only the returned page is joined back to its rows.
--
-- Both are external-content tables over the base table's rowid (the text is stored once; snippet()
-- reads it back), holding the subset of rows that are public: status = 'published' and not merged
-- away, the same rule as claimVisible/eventVisible in src/db/queries/visibility.ts. The full
-- claims_fts/events_fts (0001) stay for the admin lists, which see every status.
--
-- Triggers keep the subset exact: a row enters when it is inserted public or becomes public
-- (publish, un-merge), leaves when it is deleted or stops being public (retract, merge), and is
-- re-indexed when its text changes while public. An external-content 'delete' must be given the
-- values that were indexed, so each trigger removes with old.* only when the old row was public
-- and adds new.* only when the new row is, in that order, in one trigger.
-- If the subset ever drifts (or rowids change), rebuild it with the two statements of the
-- "Initial content" sections after INSERT INTO <name>(<name>) VALUES ('delete-all').
CREATE VIRTUAL TABLE `claims_public_fts` USING fts5(
	text, statement,
	content='claims', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `events_public_fts` USING fts5(
	title, summary,
	content='events', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Initial content: the rows public today.
INSERT INTO claims_public_fts(rowid, text, statement)
	SELECT rowid, text, statement FROM claims WHERE status = 'published' AND merged_into IS NULL;
--> statement-breakpoint
INSERT INTO events_public_fts(rowid, title, summary)
	SELECT rowid, title, summary FROM events WHERE status = 'published' AND merged_into IS NULL;
--> statement-breakpoint
CREATE TRIGGER `claims_public_fts_insert` AFTER INSERT ON `claims`
WHEN new.status = 'published' AND new.merged_into IS NULL BEGIN
	INSERT INTO claims_public_fts(rowid, text, statement) VALUES (new.rowid, new.text, new.statement);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_public_fts_delete` AFTER DELETE ON `claims`
WHEN old.status = 'published' AND old.merged_into IS NULL BEGIN
	INSERT INTO claims_public_fts(claims_public_fts, rowid, text, statement)
		VALUES ('delete', old.rowid, old.text, old.statement);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_public_fts_update` AFTER UPDATE OF text, statement, status, merged_into ON `claims` BEGIN
	INSERT INTO claims_public_fts(claims_public_fts, rowid, text, statement)
		SELECT 'delete', old.rowid, old.text, old.statement
		WHERE old.status = 'published' AND old.merged_into IS NULL;
	INSERT INTO claims_public_fts(rowid, text, statement)
		SELECT new.rowid, new.text, new.statement
		WHERE new.status = 'published' AND new.merged_into IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `events_public_fts_insert` AFTER INSERT ON `events`
WHEN new.status = 'published' AND new.merged_into IS NULL BEGIN
	INSERT INTO events_public_fts(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
--> statement-breakpoint
CREATE TRIGGER `events_public_fts_delete` AFTER DELETE ON `events`
WHEN old.status = 'published' AND old.merged_into IS NULL BEGIN
	INSERT INTO events_public_fts(events_public_fts, rowid, title, summary)
		VALUES ('delete', old.rowid, old.title, old.summary);
END;
--> statement-breakpoint
CREATE TRIGGER `events_public_fts_update` AFTER UPDATE OF title, summary, status, merged_into ON `events` BEGIN
	INSERT INTO events_public_fts(events_public_fts, rowid, title, summary)
		SELECT 'delete', old.rowid, old.title, old.summary
		WHERE old.status = 'published' AND old.merged_into IS NULL;
	INSERT INTO events_public_fts(rowid, title, summary)
		SELECT new.rowid, new.title, new.summary
		WHERE new.status = 'published' AND new.merged_into IS NULL;
END;
