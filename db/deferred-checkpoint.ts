import { backgroundCheckpoints } from "./background-checkpoints";
import type { Db } from "./client";

/**
 * Runs a large write with SQLite's automatic WAL checkpoint off, then checkpoints on the next turn of the event loop.
 * The commit itself is durable once it is in the WAL; copying a 100k-row batch's pages back into the database file
 * (about half a second here) would otherwise land inside that commit and delay the SDR's response.
 */
export function withDeferredCheckpoint<T>(db: Db, write: () => T): T {
  const sqlite = db.$client;
  const pages = sqlite.pragma("wal_autocheckpoint", { simple: true }) as number;
  sqlite.pragma("wal_autocheckpoint = 0");
  try {
    return write();
  } finally {
    sqlite.pragma(`wal_autocheckpoint = ${pages}`);
    setTimeout(() => checkpoint(db), 0).unref?.();
  }
}

/**
 * PASSIVE: never waits for readers; pages a reader still needs are copied by a later checkpoint. Handed to the
 * connection's checkpoint thread when it has one.
 */
export function checkpoint(db: Db): void {
  const background = backgroundCheckpoints(db);
  if (background) void background.checkpointNow().catch((error: unknown) => console.error(`[reveal-desk] WAL checkpoint failed: ${error instanceof Error ? error.message : "unknown error"}`));
  else if (db.$client.open) db.$client.pragma("wal_checkpoint(PASSIVE)");
}
