DROP INDEX `reveals_source_reveal_id_idx`;--> statement-breakpoint
CREATE INDEX `reveals_source_reveal_id_idx` ON `reveals` (`source_reveal_id`) WHERE "reveals"."source_reveal_id" is not null;