import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./_columns";

export const roles = ["sdr", "manager", "admin"] as const;
export type Role = (typeof roles)[number];

export const users = sqliteTable("users", {
  id: id(),
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  role: text({ enum: roles }).notNull().default("sdr"),
  createdAt: createdAt(),
});

export type User = typeof users.$inferSelect;
