-- Optimistic concurrency inside one D1 batch. D1 has no interactive transactions, so a write
-- cannot read the version and then decide; instead the batch starts by inserting a guard row
-- naming the record and the version the writer read. The trigger aborts the statement (and so
-- the whole batch, which D1 runs as one transaction) when the stored version differs or the
-- record is gone; otherwise RAISE(IGNORE) drops the row, so the table always stays empty.
CREATE TABLE `write_guards` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`expected_version` integer NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `write_guards_check` BEFORE INSERT ON `write_guards`
BEGIN
	SELECT RAISE(ABORT, 'factline_version_mismatch')
	WHERE (
		CASE NEW.record_type
			WHEN 'event' THEN (SELECT `version` FROM `events` WHERE `id` = NEW.record_id)
			WHEN 'claim' THEN (SELECT `version` FROM `claims` WHERE `id` = NEW.record_id)
			WHEN 'source' THEN (SELECT `version` FROM `sources` WHERE `id` = NEW.record_id)
			WHEN 'actor' THEN (SELECT `version` FROM `actors` WHERE `id` = NEW.record_id)
		END
	) IS NOT NEW.expected_version;
	SELECT RAISE(IGNORE);
END;
