CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text DEFAULT 'sdr' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`linkedin_url` text,
	`person_id` text,
	`first_name` text,
	`last_name` text,
	`created_at` integer NOT NULL,
	`updated_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_key_unique` ON `contacts` (`key`);--> statement-breakpoint
CREATE INDEX `contacts_person_id_idx` ON `contacts` (`person_id`);--> statement-breakpoint
CREATE INDEX `contacts_linkedin_url_idx` ON `contacts` (`linkedin_url`);--> statement-breakpoint
CREATE TABLE `batches` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`created_by` text NOT NULL,
	`via_partners` integer NOT NULL,
	`total` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `batches_created_by_idx` ON `batches` (`created_by`);--> statement-breakpoint
CREATE INDEX `batches_created_at_idx` ON `batches` (`created_at`);--> statement-breakpoint
CREATE TABLE `reveals` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`contact_id` text NOT NULL,
	`requested_by` text NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`via_partners` integer NOT NULL,
	`tracking_id` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`track_polls` integer DEFAULT 0 NOT NULL,
	`error_code` text,
	`error_message` text,
	`created_at` integer NOT NULL,
	`dispatched_at` integer,
	`awaiting_since` integer,
	`completed_at` integer,
	`updated_at` integer,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reveals_batch_id_idx` ON `reveals` (`batch_id`);--> statement-breakpoint
CREATE INDEX `reveals_contact_id_idx` ON `reveals` (`contact_id`);--> statement-breakpoint
CREATE INDEX `reveals_requested_by_idx` ON `reveals` (`requested_by`);--> statement-breakpoint
CREATE INDEX `reveals_state_next_attempt_idx` ON `reveals` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `reveals_tracking_id_idx` ON `reveals` (`tracking_id`);--> statement-breakpoint
CREATE TABLE `webhook_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`reveal_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`reveal_id`) REFERENCES `reveals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `webhook_tokens_reveal_id_idx` ON `webhook_tokens` (`reveal_id`);--> statement-breakpoint
CREATE TABLE `provider_results` (
	`id` text PRIMARY KEY NOT NULL,
	`reveal_id` text NOT NULL,
	`provider` text NOT NULL,
	`status` text NOT NULL,
	`position` integer NOT NULL,
	`numbers` text NOT NULL,
	`charged` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`reveal_id`) REFERENCES `reveals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provider_results_reveal_provider_idx` ON `provider_results` (`reveal_id`,`provider`);--> statement-breakpoint
CREATE INDEX `provider_results_provider_idx` ON `provider_results` (`provider`);--> statement-breakpoint
CREATE TABLE `webhook_events` (
	`id` text PRIMARY KEY NOT NULL,
	`reveal_id` text,
	`source` text NOT NULL,
	`body` text NOT NULL,
	`headers` text NOT NULL,
	`outcome` text DEFAULT 'received' NOT NULL,
	`detail` text,
	`received_at` integer NOT NULL,
	FOREIGN KEY (`reveal_id`) REFERENCES `reveals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `webhook_events_reveal_id_idx` ON `webhook_events` (`reveal_id`);--> statement-breakpoint
CREATE INDEX `webhook_events_outcome_idx` ON `webhook_events` (`outcome`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer
);
--> statement-breakpoint
CREATE TABLE `sandbox_requests` (
	`tracking_id` text PRIMARY KEY NOT NULL,
	`person_key` text NOT NULL,
	`webhook_url` text,
	`payload` text NOT NULL,
	`complete_at` integer NOT NULL,
	`delivery_delays_ms` text NOT NULL,
	`delivered_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sandbox_requests_person_key_idx` ON `sandbox_requests` (`person_key`);