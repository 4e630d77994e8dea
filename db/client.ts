import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { foldSearchText, searchableText } from "@/lib/reveals/fold-search-text";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens (creating if needed) a SQLite file with the pragmas every connection needs, and applies migrations. */
export function openDatabase(file: string): Db {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // A 100k-row batch touches many index pages (contact keys are not in insertion order): room to keep them (64 MB).
  sqlite.pragma("cache_size = -65536");
  // The People search index holds its text folded as the search folds what a rep types (used by migration 0017 too).
  sqlite.function("fold_search_text", { deterministic: true }, (text: unknown) => (text === null ? null : foldSearchText(String(text))));
  // ...and with German umlauts spelled out besides (used by migration 0025).
  sqlite.function("searchable_text", { deterministic: true }, (text: unknown) => (text === null ? null : searchableText(String(text))));
  const db = drizzle({ client: sqlite, schema, casing: "snake_case" });
  migrate(db, { migrationsFolder: path.join(process.cwd(), "db/migrations") });
  return db;
}
