DROP INDEX `contacts_person_id_idx`;--> statement-breakpoint
CREATE INDEX `contacts_person_id_idx` ON `contacts` (`person_id`) WHERE "contacts"."person_id" is not null;