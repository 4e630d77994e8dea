ALTER TABLE `reveals` ADD `sent_again_in` text REFERENCES batches(id);--> statement-breakpoint
CREATE INDEX `reveals_sent_again_in_idx` ON `reveals` (`sent_again_in`) WHERE "reveals"."sent_again_in" is not null;--> statement-breakpoint
CREATE INDEX `reveals_batch_sent_again_idx` ON `reveals` (`batch_id`,`sent_again_in`) WHERE "reveals"."sent_again_in" is not null;