import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startBackgroundCheckpoints, type BackgroundCheckpoints } from "@/db/background-checkpoints";
import { openDatabase, type Db } from "@/db/client";
import { checkpoint } from "@/db/deferred-checkpoint";
import { waitFor } from "../support/test-app";

let dir: string;
let file: string;
let db: Db;
let background: BackgroundCheckpoints | null;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "reveal-background-checkpoint-"));
  file = path.join(dir, "app.db");
  db = openDatabase(file);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  background = null;
});
afterEach(async () => {
  await background?.stop();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const PAGES_OF_TEXT = 3_000 * 3_000;

// Well over SQLite's 1,000-page automatic checkpoint threshold.
function writeManyPages(table: string): void {
  db.$client.exec(`CREATE TABLE ${table} (body TEXT)`);
  const insert = db.$client.prepare(`INSERT INTO ${table} (body) VALUES (?)`);
  db.$client.transaction(() => {
    for (let i = 0; i < 3_000; i += 1) insert.run("x".repeat(3_000));
  })();
}

describe("background checkpoints: the WAL is copied into the database file by a worker thread", () => {
  it("commits a big write without copying its pages, then copies them when asked", async () => {
    background = startBackgroundCheckpoints(db, 60_000);
    const before = statSync(file).size;
    writeManyPages("filler");
    expect(statSync(file).size).toBe(before);
    expect(db.$client.prepare("SELECT count(*) AS n FROM filler").get()).toEqual({ n: 3_000 });
    await background.checkpointNow();
    expect(statSync(file).size).toBeGreaterThan(before + PAGES_OF_TEXT);
  });

  it("checkpoints on its own every interval, and checkpoint() hands the work to it", async () => {
    background = startBackgroundCheckpoints(db, 50);
    const before = statSync(file).size;
    writeManyPages("first");
    await waitFor(() => statSync(file).size > before + PAGES_OF_TEXT, 5_000, "the periodic checkpoint");
    await background.stop();
    background = startBackgroundCheckpoints(db, 60_000);
    const middle = statSync(file).size;
    writeManyPages("second");
    checkpoint(db);
    expect(statSync(file).size).toBe(middle);
    await waitFor(() => statSync(file).size > middle + PAGES_OF_TEXT, 5_000, "the checkpoint asked for");
  });

  it("is found from another copy of the module, as each Next route bundle has its own", async () => {
    background = startBackgroundCheckpoints(db, 60_000);
    vi.resetModules();
    const otherCopy = await import("@/db/background-checkpoints");
    expect(otherCopy.backgroundCheckpoints(db)).toBe(background);
  });

  it("stopping gives the connection back SQLite's automatic checkpoint", async () => {
    background = startBackgroundCheckpoints(db, 60_000);
    expect(startBackgroundCheckpoints(db)).toBe(background);
    expect(db.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    await background.stop();
    background = null;
    expect(db.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    const before = statSync(file).size;
    writeManyPages("after");
    expect(statSync(file).size).toBeGreaterThan(before + PAGES_OF_TEXT);
  });
});

describe("background checkpoints when the thread cannot run", () => {
  it("give the connection back SQLite's automatic checkpoint, so the WAL cannot grow without end", async () => {
    const broken = path.join(dir, "missing.db");
    const other = openDatabase(broken);
    rmSync(broken); // the thread opens the file with fileMustExist, so it fails at once
    const errors: string[] = [];
    const logged = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const failing = startBackgroundCheckpoints(other, 60_000);
      await expect(failing.checkpointNow()).rejects.toThrow();
      expect(other.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
      expect(errors.join("\n")).toContain("the checkpoint thread stopped");
      await expect(failing.checkpointNow()).resolves.toBeUndefined(); // asked afterwards, the connection checkpoints itself
    } finally {
      console.error = logged;
      other.$client.close();
    }
  });
});
