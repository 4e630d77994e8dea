ALTER TABLE `batches` ADD `creating` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `batches_creating_idx` ON `batches` (`created_at`) WHERE "batches"."creating" = 1;