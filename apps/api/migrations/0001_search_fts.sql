-- Full-text search (FTS5) over events, claims and sources, plus indexes for the public filters.
-- drizzle-kit cannot express virtual tables or triggers, so this migration is hand-written.
--
-- Each FTS table is an external-content table over its base table's rowid: the text is stored
-- once (in the base table), snippet() and highlight() read it back through content_rowid, and
-- searches join to the base table to keep only published records (status lives there, so a
-- publish or retract needs no FTS write). Triggers keep the index in step on insert, update
-- and delete. If rowids ever change (a VACUUM of a table without an INTEGER PRIMARY KEY), run
-- INSERT INTO <name>_fts(<name>_fts) VALUES ('rebuild') for each table.
CREATE VIRTUAL TABLE `events_fts` USING fts5(
	title, summary,
	content='events', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `claims_fts` USING fts5(
	text, statement,
	content='claims', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `sources_fts` USING fts5(
	title, text,
	content='sources', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `events_fts_insert` AFTER INSERT ON `events` BEGIN
	INSERT INTO events_fts(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_delete` AFTER DELETE ON `events` BEGIN
	INSERT INTO events_fts(events_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_update` AFTER UPDATE OF title, summary ON `events` BEGIN
	INSERT INTO events_fts(events_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
	INSERT INTO events_fts(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_insert` AFTER INSERT ON `claims` BEGIN
	INSERT INTO claims_fts(rowid, text, statement) VALUES (new.rowid, new.text, new.statement);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_delete` AFTER DELETE ON `claims` BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, text, statement) VALUES ('delete', old.rowid, old.text, old.statement);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_update` AFTER UPDATE OF text, statement ON `claims` BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, text, statement) VALUES ('delete', old.rowid, old.text, old.statement);
	INSERT INTO claims_fts(rowid, text, statement) VALUES (new.rowid, new.text, new.statement);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_insert` AFTER INSERT ON `sources` BEGIN
	INSERT INTO sources_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_delete` AFTER DELETE ON `sources` BEGIN
	INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_update` AFTER UPDATE OF title, text ON `sources` BEGIN
	INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO sources_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
--> statement-breakpoint
-- Indexes for filters the schema's indexes do not cover (plans: test/public/query-plans.test.ts).
-- Public actor visibility asks "does a published claim name this actor?".
CREATE INDEX `claims_actor_idx` ON `claims` (`actor_id`);
--> statement-breakpoint
-- GET /v1/claims?modality= sorted by updated_at, id (keyset).
CREATE INDEX `claims_status_modality_updated_idx` ON `claims` (`status`, `modality`, `updated_at`, `id`);
--> statement-breakpoint
-- GET /v1/events?kind= sorted by date_earliest, id (keyset).
CREATE INDEX `events_status_kind_date_id_idx` ON `events` (`status`, `kind`, `date_earliest`, `id`);
--> statement-breakpoint
-- GET /v1/actors sorted by name, id (keyset).
CREATE INDEX `actors_name_id_idx` ON `actors` (`name`, `id`);
--> statement-breakpoint
-- Feed and tombstones: the latest change per record.
CREATE INDEX `changes_record_seq_idx` ON `changes` (`record_type`, `record_id`, `seq`);
