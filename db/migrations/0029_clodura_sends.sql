CREATE TABLE `clodura_sends` (
	`id` integer PRIMARY KEY NOT NULL,
	`sent_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `clodura_sends_sent_at_idx` ON `clodura_sends` (`sent_at`);