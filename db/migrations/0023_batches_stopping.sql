ALTER TABLE `batches` ADD `stopping` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `batches_stopping_idx` ON `batches` (`stopped_at`) WHERE "batches"."stopping" = 1;