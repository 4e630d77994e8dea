CREATE TABLE `sandbox_people` (
	`person_id` text PRIMARY KEY NOT NULL,
	`person_key` text NOT NULL,
	`created_at` integer NOT NULL
);
