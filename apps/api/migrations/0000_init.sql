CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`wikidata` text,
	`iso3166` text,
	`description` text,
	`status` text DEFAULT 'active' NOT NULL,
	`merged_into` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `actors_name_idx` ON `actors` (`name`);--> statement-breakpoint
CREATE INDEX `actors_iso3166_idx` ON `actors` (`iso3166`);--> statement-breakpoint
CREATE INDEX `actors_wikidata_idx` ON `actors` (`wikidata`);--> statement-breakpoint
CREATE TABLE `claim_events` (
	`claim_id` text NOT NULL,
	`event_id` text NOT NULL,
	PRIMARY KEY(`claim_id`, `event_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claim_events_event_idx` ON `claim_events` (`event_id`,`claim_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`statement` text NOT NULL,
	`source_id` text,
	`actor_id` text,
	`modality` text NOT NULL,
	`check_worthiness` real DEFAULT 0.5 NOT NULL,
	`assertion_property` text,
	`assertion_value` text,
	`rank` text DEFAULT 'normal' NOT NULL,
	`rank_reason` text,
	`status` text DEFAULT 'unreviewed' NOT NULL,
	`cluster_id` text,
	`created_by` text,
	`published_at` text,
	`merged_into` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `claims_status_updated_idx` ON `claims` (`status`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_status_modality_idx` ON `claims` (`status`,`modality`);--> statement-breakpoint
CREATE INDEX `claims_source_idx` ON `claims` (`source_id`);--> statement-breakpoint
CREATE INDEX `claims_cluster_idx` ON `claims` (`cluster_id`);--> statement-breakpoint
CREATE INDEX `claims_assertion_idx` ON `claims` (`assertion_property`,`assertion_value`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`source_id` text NOT NULL,
	`quote` text NOT NULL,
	`start` integer,
	`end` integer,
	`stance` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_claim_idx` ON `evidence` (`claim_id`);--> statement-breakpoint
CREATE INDEX `evidence_source_idx` ON `evidence` (`source_id`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`verdict` text NOT NULL,
	`rationale` text NOT NULL,
	`reviewer_id` text NOT NULL,
	`reviewed_at` text NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reviews_claim_idx` ON `reviews` (`claim_id`,`reviewed_at`);--> statement-breakpoint
CREATE TABLE `event_actors` (
	`event_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`event_id`, `actor_id`, `role`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_actors_actor_idx` ON `event_actors` (`actor_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_places` (
	`event_id` text NOT NULL,
	`country` text NOT NULL,
	PRIMARY KEY(`event_id`, `country`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_places_country_idx` ON `event_places` (`country`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_relations` (
	`event_id` text NOT NULL,
	`related_event_id` text NOT NULL,
	`relation` text NOT NULL,
	PRIMARY KEY(`event_id`, `related_event_id`, `relation`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_relations_related_idx` ON `event_relations` (`related_event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`date_value` text,
	`date_precision` text,
	`date_earliest` text,
	`date_latest` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by` text,
	`published_at` text,
	`merged_into` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE INDEX `events_status_date_idx` ON `events` (`status`,`date_earliest`,`id`);--> statement-breakpoint
CREATE INDEX `events_status_kind_idx` ON `events` (`status`,`kind`,`date_earliest`);--> statement-breakpoint
CREATE INDEX `events_status_updated_idx` ON `events` (`status`,`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `ingests` (
	`id` text PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`input_kind` text NOT NULL,
	`url` text,
	`input` text NOT NULL,
	`result` text NOT NULL,
	`content_hash` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`accepted_at` text,
	`source_id` text,
	`event_id` text
);
--> statement-breakpoint
CREATE INDEX `ingests_status_idx` ON `ingests` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`action` text NOT NULL,
	`merged_into` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `changes_at_idx` ON `changes` (`at`,`seq`);--> statement-breakpoint
CREATE INDEX `changes_record_idx` ON `changes` (`record_type`,`record_id`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`user_id` text,
	`created_at` text NOT NULL,
	`diff` text NOT NULL,
	`snapshot` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `revisions_record_idx` ON `revisions` (`record_type`,`record_id`,`version`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`url` text,
	`title` text NOT NULL,
	`publisher` text,
	`author` text,
	`actor_id` text,
	`published_value` text,
	`published_precision` text,
	`published_earliest` text,
	`published_latest` text,
	`retrieved_at` text,
	`language` text,
	`content_hash` text,
	`text` text DEFAULT '' NOT NULL,
	`reliability` text DEFAULT 'unrated' NOT NULL,
	`embedded_in` text,
	`note` text,
	`status` text DEFAULT 'active' NOT NULL,
	`created_by` text,
	`merged_into` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_url_unique` ON `sources` (`url`);--> statement-breakpoint
CREATE INDEX `sources_content_hash_idx` ON `sources` (`content_hash`);--> statement-breakpoint
CREATE INDEX `sources_embedded_in_idx` ON `sources` (`embedded_in`);--> statement-breakpoint
CREATE INDEX `sources_updated_idx` ON `sources` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`user_id` text NOT NULL,
	`key` text NOT NULL,
	`method` text NOT NULL,
	`path` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`response_body` text NOT NULL,
	`response_headers` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_created_idx` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`key` text NOT NULL,
	`window_start` text NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`key`, `window_start`)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`revoked_at` text,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`password_salt` text NOT NULL,
	`password_iterations` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);