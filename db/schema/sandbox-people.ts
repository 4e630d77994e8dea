import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./_columns";

/**
 * The embedded Clodura simulator's own memory of the personIds it reported, each with the profile it answered for:
 * asked by that personId later (as the dispatcher does once a contact has one), it answers for the same person.
 */
export const sandboxPeople = sqliteTable("sandbox_people", {
  personId: text().primaryKey(),
  /** The simulator's key for the person: their normalised profile URL, the seed of every outcome. */
  personKey: text().notNull(),
  createdAt: createdAt(),
});
