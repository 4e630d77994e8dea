import { sql } from "drizzle-orm";
import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, timestamp } from "./_columns";

/**
 * A person, keyed team-wide by the normalised LinkedIn URL or Clodura personId ("li:…" / "pid:…"). A pasted personId
 * is also matched against the personId Clodura reported for a contact first seen by URL, hence its index.
 */
export const contacts = sqliteTable(
  "contacts",
  {
    id: id(),
    key: text().notNull().unique(),
    linkedinUrl: text(),
    personId: text(), // 19-digit ids exceed 2^53: always text
    firstName: text(),
    lastName: text(),
    company: text(),
    createdAt: createdAt(),
    updatedAt: timestamp(),
  },
  // Partial: most contacts are first seen by URL without a personId, and big imports then add no entries here.
  (table) => [index("contacts_person_id_idx").on(table.personId).where(sql`${table.personId} is not null`)],
);

export type Contact = typeof contacts.$inferSelect;
