import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { creditBalances } from "@/db/schema";
import { pauseQueue } from "@/lib/reveals/queue-pause";
import { getQueueStatus } from "@/lib/reveals/queue-status";
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
