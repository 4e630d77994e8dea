import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Db } from "./client";

export type BackgroundCheckpoints = {
  /** Resolves when a checkpoint asked for now has run (pages a reader still needs wait for a later one). */
  checkpointNow(): Promise<void>;
  stop(): Promise<void>;
};

// Kept on the connection itself: Next's route bundles each get their own copy of this module, but share the connection.
const HANDLE = Symbol.for("reveal-desk.background-checkpoints");
type WithHandle = { [HANDLE]?: BackgroundCheckpoints };
const running = {
  get: (sqlite: Db["$client"]) => (sqlite as WithHandle)[HANDLE],
  set: (sqlite: Db["$client"], handle: BackgroundCheckpoints) => void ((sqlite as WithHandle)[HANDLE] = handle),
  delete: (sqlite: Db["$client"]) => void delete (sqlite as WithHandle)[HANDLE],
};

// CommonJS run by the worker: its own connection to the same file, checkpointing every `everyMs` and when asked.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
const run = () => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};
const timer = setInterval(() => {
  const error = run();
  if (error) parentPort.postMessage({ id: null, error });
}, workerData.everyMs);
parentPort.on("message", (message) => {
  if (message.type === "stop") {
    clearInterval(timer);
    db.close();
    parentPort.close();
    return;
  }
  parentPort.postMessage({ id: message.id, error: run() });
});
`;

/**
 * Copies the WAL back into the database file from a worker thread, with SQLite's automatic checkpoint off on `db`.
 * In the commit that crossed its threshold, that copy held the event loop: about 0.4 s of every 100k-row batch's
 * writes, and every other request waited meanwhile. The commit is durable once it is in the WAL.
 */
export function startBackgroundCheckpoints(db: Db, everyMs = 1_000): BackgroundCheckpoints {
  const sqlite = db.$client;
  const existing = running.get(sqlite);
  if (existing) return existing;
  sqlite.pragma("wal_autocheckpoint = 0");
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file: sqlite.name, driver: path.join(process.cwd(), "node_modules", "better-sqlite3"), everyMs },
  });
  worker.unref();
  let nextId = 1;
  const waiting = new Map<number, (error: string | null) => void>();
  worker.on("message", ({ id, error }: { id: number | null; error: string | null }) => {
    if (id === null) {
      console.error(`[reveal-desk] WAL checkpoint failed (the next one retries): ${error}`);
      return;
    }
    waiting.get(id)?.(error);
    waiting.delete(id);
    // Only an answer someone waits for keeps the process alive.
    if (waiting.size === 0) worker.unref();
  });
  let stopping = false;
  // Without the thread nothing would copy the WAL back and it would grow without end: SQLite checkpoints again itself.
  const fallBack = (why: string) => {
    if (stopping) return;
    stopping = true;
    running.delete(sqlite);
    if (sqlite.open) sqlite.pragma("wal_autocheckpoint = 1000");
    for (const answer of waiting.values()) answer(`the checkpoint thread stopped (${why})`);
    waiting.clear();
    console.error(`[reveal-desk] the checkpoint thread stopped (${why}); SQLite checkpoints in the commits again`);
  };
  // A driver error reaches here cloned, not always as an Error.
  worker.on("error", (error: unknown) => fallBack(String((error as { message?: unknown } | null)?.message ?? error)));
  worker.on("exit", (code) => fallBack(`exit code ${code}`));

  const handle: BackgroundCheckpoints = {
    checkpointNow: () =>
      new Promise((resolve, reject) => {
        if (stopping) {
          // The thread is gone: this connection checkpoints itself again.
          if (sqlite.open) sqlite.pragma("wal_checkpoint(PASSIVE)");
          resolve();
          return;
        }
        const id = nextId++;
        waiting.set(id, (error) => (error ? reject(new Error(error)) : resolve()));
        worker.ref();
        worker.postMessage({ type: "checkpoint", id });
      }),
    stop: async () => {
      if (stopping) return;
      stopping = true;
      running.delete(sqlite);
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.ref();
      worker.postMessage({ type: "stop" });
      await exited;
      if (sqlite.open) sqlite.pragma("wal_autocheckpoint = 1000");
    },
  };
  running.set(sqlite, handle);
  return handle;
}

/** The background checkpoints of `db`'s connection, if started. */
export function backgroundCheckpoints(db: Db): BackgroundCheckpoints | undefined {
  return running.get(db.$client);
}
