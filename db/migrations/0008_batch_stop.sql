ALTER TABLE `batches` ADD `stopped_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `batches` ADD `stopped_at` integer;