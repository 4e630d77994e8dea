DROP INDEX `reveals_requested_by_state_idx`;--> statement-breakpoint
CREATE INDEX `reveals_requested_by_state_idx` ON `reveals` (`requested_by`,`state`,`batch_id`,`next_attempt_at`);--> statement-breakpoint
ALTER TABLE `batches` ADD `last_sent_at` integer;