CREATE TABLE `outcome_daily` (
	`day` text NOT NULL,
	`user_id` text NOT NULL,
	`via_partners` integer NOT NULL,
	`plan` text NOT NULL,
	`answered` integer NOT NULL,
	`found` integer NOT NULL,
	`credits` integer NOT NULL,
	PRIMARY KEY(`day`, `user_id`, `via_partners`, `plan`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `outcome_daily` (`day`, `user_id`, `via_partners`, `plan`, `answered`, `found`, `credits`)
SELECT date(r.`completed_at` / 1000, 'unixepoch'), r.`requested_by`, r.`via_partners`, coalesce(l.`plan`, ''), count(*),
       sum(r.`state` = 'found'), coalesce(sum(l.`amount`), 0)
FROM `reveals` r LEFT JOIN `credit_ledger` l ON l.`reveal_id` = r.`id`
WHERE r.`state` IN ('found', 'not_found') AND r.`source_reveal_id` IS NULL AND r.`completed_at` IS NOT NULL
GROUP BY 1, 2, 3, 4;
