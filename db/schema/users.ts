import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, timestamp } from "./_columns";

export const roles = ["sdr", "manager", "admin"] as const;
export type Role = (typeof roles)[number];

export const users = sqliteTable("users", {
  id: id(),
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  role: text({ enum: roles }).notNull().default("sdr"),
  createdAt: createdAt(),
  /** Carried in each session at sign-in; an admin's password reset raises it, which ends every older session. */
  sessionVersion: integer().notNull().default(0),
  /** The password was made by an admin (added, or reset): the person is asked to choose their own. */
  temporaryPassword: integer({ mode: "boolean" }).notNull().default(false),
  /** Set when an admin disables the account: it cannot sign in, and its open sessions stop working. Rows stay for history. */
  disabledAt: timestamp(),
  /** The last successful sign-in: lets an admin spot seats nobody uses. */
  lastSignedInAt: timestamp(),
  /** When a reveal of theirs was last sent to Clodura: the dispatcher serves whoever waited longest, one at a time. */
  lastSentAt: timestamp(),
});

export type User = typeof users.$inferSelect;
