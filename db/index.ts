import "server-only";
import { getEnv } from "@/lib/env";
import { startBackgroundCheckpoints } from "./background-checkpoints";
import { openDatabase, type Db } from "./client";

export type { Db } from "./client";

const globalForDb = globalThis as unknown as { revealDeskDb?: Db };

/** The process-wide connection; route bundles do not share modules, so it lives on globalThis. */
export function getDb(): Db {
  if (!globalForDb.revealDeskDb) {
    const db = openDatabase(getEnv().databasePath);
    startBackgroundCheckpoints(db);
    globalForDb.revealDeskDb = db;
  }
  return globalForDb.revealDeskDb;
}
