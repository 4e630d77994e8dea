CREATE TABLE `provider_daily` (
	`day` text NOT NULL,
	`user_id` text NOT NULL,
	`provider` text NOT NULL,
	`asked` integer NOT NULL,
	`found` integer NOT NULL,
	PRIMARY KEY(`day`, `user_id`, `provider`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `spend_daily` (
	`day` text NOT NULL,
	`user_id` text NOT NULL,
	`batch_id` text NOT NULL,
	`provider` text NOT NULL,
	`charges` integer NOT NULL,
	`credits` integer NOT NULL,
	PRIMARY KEY(`day`, `user_id`, `batch_id`, `provider`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `budgets` (
	`subject` text NOT NULL,
	`period` text NOT NULL,
	`credits` integer NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`subject`, `period`),
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`action` text NOT NULL,
	`subject` text NOT NULL,
	`summary` text NOT NULL,
	`detail` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_created_at_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE TABLE `credit_balances` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`remaining` integer,
	`exports_remaining` integer,
	`message` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `credit_balances_created_at_idx` ON `credit_balances` (`created_at`);--> statement-breakpoint
-- batch_id is NOT NULL and a foreign key, which ALTER TABLE cannot add: rebuild the table, filling it from reveals.
CREATE TABLE `__new_credit_ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`reveal_id` text NOT NULL,
	`user_id` text NOT NULL,
	`batch_id` text NOT NULL,
	`provider` text NOT NULL,
	`plan` text NOT NULL,
	`amount` integer NOT NULL,
	`estimated` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`reveal_id`) REFERENCES `reveals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_credit_ledger` (`id`, `reveal_id`, `user_id`, `batch_id`, `provider`, `plan`, `amount`, `estimated`, `created_at`)
SELECT l.`id`, l.`reveal_id`, l.`user_id`, r.`batch_id`, l.`provider`, l.`plan`, l.`amount`, l.`estimated`, l.`created_at`
FROM `credit_ledger` l JOIN `reveals` r ON r.`id` = l.`reveal_id`;
--> statement-breakpoint
DROP TABLE `credit_ledger`;--> statement-breakpoint
ALTER TABLE `__new_credit_ledger` RENAME TO `credit_ledger`;--> statement-breakpoint
CREATE UNIQUE INDEX `credit_ledger_revealId_unique` ON `credit_ledger` (`reveal_id`);--> statement-breakpoint
CREATE INDEX `credit_ledger_created_at_idx` ON `credit_ledger` (`created_at`);--> statement-breakpoint
CREATE INDEX `credit_ledger_user_created_idx` ON `credit_ledger` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `credit_ledger_batch_created_idx` ON `credit_ledger` (`batch_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `credit_ledger_provider_created_idx` ON `credit_ledger` (`provider`,`created_at`);--> statement-breakpoint
ALTER TABLE `batches` ADD `worst_case` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `batches` ADD `expected` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `batches` ADD `approval` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `batches` ADD `approval_reason` text;--> statement-breakpoint
ALTER TABLE `batches` ADD `decided_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `batches` ADD `decided_at` integer;--> statement-breakpoint
CREATE INDEX `batches_approval_idx` ON `batches` (`approval`) WHERE "batches"."approval" = 'pending';--> statement-breakpoint
INSERT INTO `spend_daily` (`day`, `user_id`, `batch_id`, `provider`, `charges`, `credits`)
SELECT date(`created_at` / 1000, 'unixepoch'), `user_id`, `batch_id`, `provider`, count(*), sum(`amount`)
FROM `credit_ledger` GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO `provider_daily` (`day`, `user_id`, `provider`, `asked`, `found`)
SELECT date(r.`completed_at` / 1000, 'unixepoch'), r.`requested_by`, p.`provider`, count(*), sum(p.`status` = 'found')
FROM `provider_results` p JOIN `reveals` r ON r.`id` = p.`reveal_id`
WHERE r.`completed_at` IS NOT NULL GROUP BY 1, 2, 3;
