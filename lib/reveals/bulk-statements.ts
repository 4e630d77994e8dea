import type Database from "better-sqlite3";
import type { Db } from "@/db/client";

/**
 * Prepared statements for creating 100k-row batches: one prepared single-row statement per table, run inside the
 * caller's transaction, is several times faster than building a multi-row query per chunk.
 */
export type BulkStatements = {
  findContacts(keys: string[]): { id: string; key: string }[];
  /** Contacts first seen by LinkedIn URL whose personId Clodura has since reported. */
  findContactsByPersonId(personIds: string[]): { id: string; personId: string }[];
  insertContact: Database.Statement<[string, string, string | null, string | null, string | null, string | null, string | null, number]>;
  fillContact: Database.Statement<[number, string | null, string | null, string | null, string | null, string]>;
  insertReveal: Database.Statement<[string, string, string, string, string, number, string | null, number | null, number, number, number]>;
};

const cache = new WeakMap<Database.Database, BulkStatements>();

export function bulkStatements(db: Db): BulkStatements {
  const sqlite = db.$client;
  const cached = cache.get(sqlite);
  if (cached) return cached;
  // One JSON array parameter instead of an IN list: any number of keys, one statement, no per-size cache.
  const findByKeys = sqlite.prepare<[string], { id: string; key: string }>("SELECT c.id, c.key FROM json_each(?) AS j JOIN contacts AS c ON c.key = j.value");
  const findByPersonIds = sqlite.prepare<[string], { id: string; personId: string }>(
    "SELECT c.id, c.person_id AS personId FROM json_each(?) AS j JOIN contacts AS c ON c.person_id = j.value",
  );
  const statements: BulkStatements = {
    findContacts: (keys) => (keys.length === 0 ? [] : findByKeys.all(JSON.stringify(keys))),
    findContactsByPersonId: (personIds) => (personIds.length === 0 ? [] : findByPersonIds.all(JSON.stringify(personIds))),
    insertContact: sqlite.prepare(
      "INSERT INTO contacts (id, key, linkedin_url, person_id, first_name, last_name, company, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    // Names Clodura sent win over names typed into a spreadsheet; a spreadsheet only fills what is still missing.
    fillContact: sqlite.prepare(
      `UPDATE contacts SET updated_at = ?, first_name = coalesce(first_name, ?), last_name = coalesce(last_name, ?),
              company = coalesce(company, ?), person_id = coalesce(person_id, ?) WHERE id = ?`,
    ),
    insertReveal: sqlite.prepare(
      `INSERT INTO reveals (id, batch_id, contact_id, requested_by, state, via_partners, source_reveal_id, completed_at,
                            next_attempt_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  cache.set(sqlite, statements);
  return statements;
}
