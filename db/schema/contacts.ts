import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, timestamp } from "./_columns";

/**
 * A person, keyed team-wide by the normalised LinkedIn URL or Clodura personId ("li:…" / "pid:…").
 * Looked up only by `key`, so the URL and personId columns carry no index of their own.
 */
export const contacts = sqliteTable("contacts", {
    id: id(),
    key: text().notNull().unique(),
    linkedinUrl: text(),
    personId: text(), // 19-digit ids exceed 2^53: always text
    firstName: text(),
    lastName: text(),
    company: text(),
    createdAt: createdAt(),
    updatedAt: timestamp(),
});

export type Contact = typeof contacts.$inferSelect;
