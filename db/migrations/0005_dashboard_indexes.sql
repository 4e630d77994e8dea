DROP INDEX `reveals_requested_by_idx`;--> statement-breakpoint
CREATE INDEX `reveals_requested_by_state_idx` ON `reveals` (`requested_by`,`state`);--> statement-breakpoint
DROP INDEX `credit_ledger_created_at_idx`;--> statement-breakpoint
CREATE INDEX `credit_ledger_created_amount_idx` ON `credit_ledger` (`created_at`,`amount`);--> statement-breakpoint
CREATE INDEX `provider_daily_user_day_idx` ON `provider_daily` (`user_id`,`day`);--> statement-breakpoint
CREATE INDEX `spend_daily_user_day_idx` ON `spend_daily` (`user_id`,`day`);