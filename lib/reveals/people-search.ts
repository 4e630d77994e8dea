import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

type Tx = Pick<Db, "run">;

/**
 * Brings a person's row in the People search up to date: their name, company, profile, personId and every number
 * found for them (the view `people_search_source`, migration 0015), folded as a search is, with umlauts spelled out besides (`searchable_text`, 0025).
 * Called in the transaction that stores an answer, and in the one that fills in a detail a list brought (a company).
 */
export function refreshPersonSearch(tx: Tx, contactId: string): void {
  tx.run(sql`DELETE FROM people_search WHERE rowid = (SELECT rowid FROM contacts WHERE id = ${contactId})`);
  tx.run(sql`INSERT INTO people_search (rowid, text) SELECT contact_rowid, searchable_text(text) FROM people_search_source WHERE contact_id = ${contactId}`);
}

/** Rebuilds the whole search from the stored answers: for databases filled by other means than answers (benchmarks). */
export function rebuildPeopleSearch(db: Db): void {
  db.run(sql`DELETE FROM people_search`);
  db.run(sql`INSERT INTO people_search (rowid, text) SELECT contact_rowid, searchable_text(text) FROM people_search_source`);
}
