import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { withDeferredCheckpoint } from "@/db/deferred-checkpoint";
import { waitFor } from "../support/test-app";

let dir: string;
let file: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "reveal-checkpoint-"));
  file = path.join(dir, "app.db");
  db = openDatabase(file);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

// Well over SQLite's 1,000-page automatic checkpoint threshold.
function writeManyPages(): void {
  db.$client.exec("CREATE TABLE filler (body TEXT)");
  const insert = db.$client.prepare("INSERT INTO filler (body) VALUES (?)");
  db.$client.transaction(() => {
    for (let i = 0; i < 3_000; i += 1) insert.run("x".repeat(3_000));
  })();
}

describe("withDeferredCheckpoint: a big write commits without copying its pages into the database file", () => {
  it("leaves the pages in the WAL until the next turn of the event loop, then checkpoints them", async () => {
    const before = statSync(file).size;
    withDeferredCheckpoint(db, writeManyPages);
    expect(statSync(file).size).toBe(before);
    expect(db.$client.prepare("SELECT count(*) AS n FROM filler").get()).toEqual({ n: 3_000 });
    await waitFor(() => statSync(file).size > before + 3_000 * 3_000, 5_000, "the checkpoint after the write");
  });

  it("without it, SQLite checkpoints inside the commit (what the helper avoids)", () => {
    const before = statSync(file).size;
    writeManyPages();
    expect(statSync(file).size).toBeGreaterThan(before + 3_000 * 3_000);
  });

  it("restores the automatic checkpoint setting, also when the write throws", () => {
    expect(() =>
      withDeferredCheckpoint(db, () => {
        throw new Error("write failed");
      }),
    ).toThrow("write failed");
    expect(db.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    withDeferredCheckpoint(db, () => db.$client.exec("CREATE TABLE t (x)"));
    expect(db.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
  });
});
