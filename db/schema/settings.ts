import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./_columns";

/** Team-wide settings, one JSON value per key; defaults live in lib/settings. */
export const settings = sqliteTable("settings", {
  key: text().primaryKey(),
  value: text({ mode: "json" }).notNull(),
  updatedAt: timestamp(),
});
