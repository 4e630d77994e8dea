import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { creditBalances, users } from "@/db/schema";
import { pauseQueue } from "@/lib/reveals/queue-pause";
import { cloduraTrouble } from "@/lib/reveals/clodura-trouble";
import { getQueueStatus } from "@/lib/reveals/queue-status";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const reading = (remaining: number | null, at: number, kind: "pool" | "error" = "pool") => app.db.insert(creditBalances).values({ kind, remaining, createdAt: new Date(at) }).run();

describe("the queue status while sending is paused", () => {
  it("names the admins who can resume it (enabled ones), and nobody while sending goes on", () => {
    const [first, second, gone] = [app.createUser("admin"), app.createUser("admin"), app.createUser("admin")];
    app.createUser("manager");
    app.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone.id)).run();
    expect(getQueueStatus(app.db).admins).toEqual([]);
    pauseQueue(app.db, { kind: "pause", status: 402, message: "out of credits" }, Date.now());
    expect(getQueueStatus(app.db).admins).toEqual([first.name, second.name]);
  });

  it("gives the latest balance read after the pause, so a banner can say credits were added", () => {
    const pausedAt = Date.now() - 30 * 60_000;
    reading(0, pausedAt - 60_000);
    pauseQueue(app.db, { kind: "pause", status: 402, message: "out of credits" }, pausedAt);
    expect(getQueueStatus(app.db).balanceSincePause).toBeNull();

    reading(3_836, pausedAt + 10 * 60_000);
    reading(null, pausedAt + 20 * 60_000, "error");
    expect(getQueueStatus(app.db)).toMatchObject({ pause: { status: 402 }, balanceSincePause: { remaining: 3_836, at: pausedAt + 10 * 60_000, kind: "pool" } });
  });

  it("gives none for a pause credits do not lift: a rejected key or a refused plan", () => {
    const pausedAt = Date.now() - 30 * 60_000;
    for (const status of [401, 403] as const) {
      pauseQueue(app.db, { kind: "pause", status, message: "refused" }, pausedAt);
      reading(3_836, pausedAt + 10 * 60_000);
      expect(getQueueStatus(app.db)).toMatchObject({ pause: { status }, balanceSincePause: null });
    }
  });

  it("gives none while sending goes on", () => {
    reading(5_000, Date.now());
    expect(getQueueStatus(app.db)).toMatchObject({ pause: null, balanceSincePause: null });
  });
});

describe("the queue status while Clodura is not taking requests", () => {
  it("says so after 3 tries in a row it did not take, with when it began and what went wrong last, until one is taken", async () => {
    const sdr = app.createUser("sdr");
    // The sandbox answers 503 to these: each try is retried later (after the clock these tries run at).
    const failing = ["a", "b"].map((slug) => `https://www.linkedin.com/in/trouble-${slug}-sandbox-outage/`);
    app.createBatchFor(sdr, failing);
    // Every try runs at this clock: lists made before it are due, a retry is due after it.
    const start = Date.now() + 60_000;
    expect(await app.dispatchAll({ now: () => start })).toEqual(["retry", "retry"]);
    expect(getQueueStatus(app.db).trouble).toBeNull(); // two 503s are no trouble yet

    app.createBatchFor(sdr, ["https://www.linkedin.com/in/trouble-c-sandbox-outage/"]);
    expect(await app.dispatchAll({ now: () => start })).toEqual(["retry"]);
    expect(getQueueStatus(app.db).trouble).toEqual({ since: start, lastAt: start, failures: 3, cause: "Clodura had a server error (HTTP 503)" });
    // Nothing said of now once the last such try is over 5 minutes old.
    expect(cloduraTrouble(app.db, start + 5 * 60_000)).not.toBeNull();
    expect(cloduraTrouble(app.db, start + 5 * 60_000 + 1)).toBeNull();

    app.createBatchFor(sdr, ["https://www.linkedin.com/in/trouble-taken/"]);
    expect(await app.dispatchAll({ now: () => start })).toEqual(["sent"]);
    expect(getQueueStatus(app.db).trouble).toBeNull();
  });

  it("forgets an outage once nothing waits on it (a stopped list, tries run out): a new list is not told of it", async () => {
    const sdr = app.createUser("sdr");
    const old = app.createBatchFor(sdr, ["a", "b", "c"].map((slug) => `https://www.linkedin.com/in/stale-${slug}-sandbox-outage/`));
    const start = Date.now() + 60_000;
    expect(await app.dispatchAll({ now: () => start })).toEqual(["retry", "retry", "retry"]);
    expect(getQueueStatus(app.db).trouble).not.toBeNull();
    await stopBatch(app.db, old.batchId, sdr);
    expect(getQueueStatus(app.db)).toMatchObject({ waiting: 0, trouble: null });
    app.createBatchFor(sdr, ["https://www.linkedin.com/in/fresh-list-person/"]);
    expect(getQueueStatus(app.db)).toMatchObject({ waiting: 1, trouble: null });
  });
});
