CREATE INDEX `ingests_url_idx` ON `ingests` (`url`);--> statement-breakpoint
CREATE INDEX `ingests_content_hash_idx` ON `ingests` (`content_hash`);--> statement-breakpoint
CREATE INDEX `ingests_source_idx` ON `ingests` (`source_id`);