CREATE TABLE `credit_ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`reveal_id` text NOT NULL,
	`user_id` text NOT NULL,
	`provider` text NOT NULL,
	`plan` text NOT NULL,
	`amount` integer NOT NULL,
	`estimated` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`reveal_id`) REFERENCES `reveals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `credit_ledger_revealId_unique` ON `credit_ledger` (`reveal_id`);--> statement-breakpoint
CREATE INDEX `credit_ledger_user_id_idx` ON `credit_ledger` (`user_id`);--> statement-breakpoint
CREATE INDEX `credit_ledger_created_at_idx` ON `credit_ledger` (`created_at`);--> statement-breakpoint
DROP INDEX `contacts_linkedin_url_idx`;--> statement-breakpoint
ALTER TABLE `contacts` ADD `company` text;--> statement-breakpoint
DROP INDEX `reveals_batch_id_idx`;--> statement-breakpoint
DROP INDEX `reveals_contact_id_idx`;--> statement-breakpoint
DROP INDEX `reveals_tracking_id_idx`;--> statement-breakpoint
ALTER TABLE `reveals` ADD `source_reveal_id` text REFERENCES reveals(id);--> statement-breakpoint
CREATE INDEX `reveals_source_reveal_id_idx` ON `reveals` (`source_reveal_id`);--> statement-breakpoint
CREATE INDEX `reveals_contact_state_idx` ON `reveals` (`contact_id`,`state`,`completed_at`);--> statement-breakpoint
CREATE INDEX `reveals_updated_at_idx` ON `reveals` (`batch_id`,`updated_at`);--> statement-breakpoint
ALTER TABLE `batches` ADD `file_name` text;