ALTER TABLE `claims` ADD `verdict` text;--> statement-breakpoint
CREATE INDEX `claims_status_verdict_updated_idx` ON `claims` (`status`,`verdict`,`updated_at`,`id`);--> statement-breakpoint
-- Backfill (hand-added to drizzle-kit's output): the current verdict is the latest review, the
-- same order the claim's `review` is read in (reviewed_at, then id). Touches no FTS column and
-- no version, so no trigger fires and no revision is due: the record itself is unchanged.
UPDATE `claims` SET `verdict` = (
	SELECT r.`verdict` FROM `reviews` r WHERE r.`claim_id` = `claims`.`id`
	ORDER BY r.`reviewed_at` DESC, r.`id` DESC LIMIT 1
);
