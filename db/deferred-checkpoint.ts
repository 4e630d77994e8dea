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

/** PASSIVE: never waits for readers; pages a reader still needs are copied by a later checkpoint. */
export function checkpoint(db: Db): void {
  if (db.$client.open) db.$client.pragma("wal_checkpoint(PASSIVE)");
}
