import type Database from "better-sqlite3";
import type { Db } from "@/db/client";

/**
 * Prepared statements for creating 100k-row batches: one prepared single-row statement per table, run inside the
 * caller's transaction, is several times faster than building a multi-row query per chunk.
 */
export type BulkStatements = {
  findContacts(keys: string[]): { id: string; key: string; personId: string | null }[];
  /** Contacts first seen by LinkedIn URL whose personId Clodura has since reported. */
  findContactsByPersonId(personIds: string[]): { id: string; personId: string }[];
  insertContact: Database.Statement<[string, string, string | null, string | null, string | null, string | null, string | null, number]>;
  /** Changes nothing (0 changes) when the contact already has every value given. */
  fillContact: Database.Statement<[ContactFill]>;
  insertReveal: Database.Statement<[string, string, string, string, string, number, string | null, number | null, number, number, number, number | null, number]>;
};

export type ContactFill = {
  id: string;
  at: number;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  personId: string | null;
  /** The list's normalised URL for the person and its "li:" key, or both null. */
  linkedinUrl: string | null;
  urlKey: string | null;
};

const cache = new WeakMap<Database.Database, BulkStatements>();

export function bulkStatements(db: Db): BulkStatements {
  const sqlite = db.$client;
  const cached = cache.get(sqlite);
  if (cached) return cached;
  // One JSON array parameter instead of an IN list: any number of keys, one statement, no per-size cache.
  const findByKeys = sqlite.prepare<[string], { id: string; key: string; personId: string | null }>(
    "SELECT c.id, c.key, c.person_id AS personId FROM json_each(?) AS j JOIN contacts AS c ON c.key = j.value",
  );
  const findByPersonIds = sqlite.prepare<[string], { id: string; personId: string }>(
    "SELECT c.id, c.person_id AS personId FROM json_each(?) AS j JOIN contacts AS c ON c.person_id = j.value",
  );
  const statements: BulkStatements = {
    findContacts: (keys) => (keys.length === 0 ? [] : findByKeys.all(JSON.stringify(keys))),
    findContactsByPersonId: (personIds) => (personIds.length === 0 ? [] : findByPersonIds.all(JSON.stringify(personIds))),
    insertContact: sqlite.prepare(
      "INSERT INTO contacts (id, key, linkedin_url, person_id, first_name, last_name, company, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    // Names Clodura sent win over names typed into a spreadsheet; a spreadsheet only fills what is still missing. A
    // contact first seen by personId that a list now gives a URL for is keyed by that URL from then on (its personId
    // still finds it), so the URL pasted alone later is the same person, not a second paid reveal.
    fillContact: sqlite.prepare(
      `UPDATE contacts SET updated_at = @at, first_name = coalesce(first_name, @firstName), last_name = coalesce(last_name, @lastName),
              company = coalesce(company, @company),
              person_id = CASE WHEN person_id IS NULL AND NOT EXISTS (SELECT 1 FROM contacts AS other WHERE other.person_id = @personId)
                               THEN @personId ELSE person_id END,
              key = CASE WHEN linkedin_url IS NULL AND @urlKey IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contacts AS other WHERE other.key = @urlKey)
                         THEN @urlKey ELSE key END,
              linkedin_url = coalesce(linkedin_url, @linkedinUrl)
       WHERE id = @id AND ((first_name IS NULL AND @firstName IS NOT NULL) OR (last_name IS NULL AND @lastName IS NOT NULL)
              OR (company IS NULL AND @company IS NOT NULL) OR (person_id IS NULL AND @personId IS NOT NULL)
              OR (linkedin_url IS NULL AND @linkedinUrl IS NOT NULL))`,
    ),
    insertReveal: sqlite.prepare(
      `INSERT INTO reveals (id, batch_id, contact_id, requested_by, state, via_partners, source_reveal_id, completed_at,
                            next_attempt_at, created_at, updated_at, source_row, reveal_again)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  cache.set(sqlite, statements);
  return statements;
}
