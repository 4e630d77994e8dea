import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inArray } from "drizzle-orm";
import { cloduraSends, reveals, sandboxRequests } from "@/db/schema";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { getQueueStatus } from "@/lib/reveals/queue-status";
import { recordSend, sendLimitReached } from "@/lib/reveals/send-limits";
import { setSetting } from "@/lib/settings/settings";
import { profileUrls } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const DAY_MS = 24 * 60 * 60_000;

function queue(count: number, slug: string): string[] {
  return app.createBatchFor(app.createUser("sdr"), profileUrls(slug, count)).revealIds;
}

const sendAt = (now: number) => dispatchNext(app.db, { ...app.deps, now: () => now });
const sentToClodura = () => app.db.select().from(sandboxRequests).all().length;

describe("the team's send limits", () => {
  it("sends at most the minute's limit in any 60 seconds, and goes on once the oldest send is a minute (and a second's margin) old", async () => {
    setSetting(app.db, "sendsPerMinute", 3);
    const ids = queue(5, "minute-limit");
    const t0 = Date.now();

    expect([await sendAt(t0), await sendAt(t0 + 10_000), await sendAt(t0 + 20_000)]).toEqual(["sent", "sent", "sent"]);
    expect(await sendAt(t0 + 59_999)).toBe("rate_limited");
    expect(sentToClodura()).toBe(3);
    expect(getQueueStatus(app.db).sendLimit).toBeNull();

    expect(await sendAt(t0 + 60_999)).toBe("rate_limited");
    expect(await sendAt(t0 + 61_000)).toBe("sent");
    // The window rolls: the second send is still in it.
    expect(await sendAt(t0 + 65_000)).toBe("rate_limited");
    expect(await sendAt(t0 + 71_000)).toBe("sent");
    expect(app.db.select({ state: reveals.state }).from(reveals).where(inArray(reveals.id, ids)).all().every((row) => row.state === "awaiting")).toBe(true);
  });

  it("holds the rest of a list once the day's limit is spent, says until when, and forgets sends a day old", async () => {
    setSetting(app.db, "sendsPerDay", 2);
    queue(3, "day-limit");
    const t0 = Date.now();

    expect([await sendAt(t0), await sendAt(t0 + 1_000)]).toEqual(["sent", "sent"]);
    expect(await sendAt(t0 + DAY_MS - 1)).toBe("rate_limited");
    expect(sentToClodura()).toBe(2);
    // The status reads the clock, so it is asked with the sends a moment old.
    expect(getQueueStatus(app.db, t0 + 5_000).sendLimit).toEqual({ per: "day", limit: 2, until: t0 + DAY_MS + 1_000 });

    expect(await sendAt(t0 + DAY_MS + 1_001)).toBe("sent");
    // Only the sends a window still counts are kept: the first is gone, the second and third stay.
    expect(app.db.select().from(cloduraSends).all().map((row) => row.sentAt.getTime())).toEqual([t0 + 1_000, t0 + DAY_MS + 1_001]);
  });

  it("a clock stepped back does not hold sending for as long as it stepped", async () => {
    setSetting(app.db, "sendsPerMinute", 1);
    queue(1, "clock-back");
    const t0 = Date.now();
    expect(await sendAt(t0)).toBe("sent");
    expect(sendLimitReached(app.db, t0 + 1)).toEqual({ per: "minute", limit: 1, until: t0 + 61_000 });
    expect(sendLimitReached(app.db, t0 - 3_600_000)).toBeNull();
  });

  it("a clock stepped back a day and forward again leaves a gap in the sends' ids, and the limit still answers", async () => {
    setSetting(app.db, "sendsPerMinute", 2);
    queue(1, "clock-day-back");
    const t0 = Date.now();
    recordSend(app.db, t0);
    recordSend(app.db, t0 - 2 * DAY_MS);
    // Back to the right time: that send is forgotten as a day old, between two that a minute's window holds.
    recordSend(app.db, t0 + 1_000);
    expect(app.db.select().from(cloduraSends).all()).toHaveLength(2);

    const reached = sendLimitReached(app.db, t0 + 2_000);
    expect(reached).toMatchObject({ per: "minute", limit: 2 });
    expect(reached!.until).toBeGreaterThan(t0 + 2_000);
    expect(reached!.until).toBeLessThanOrEqual(t0 + 1_000 + 61_000);
    // The team's queue status asks the same, and answers (it is told only a day's limit).
    expect(getQueueStatus(app.db, t0 + 2_000).sendLimit).toBeNull();
  });

  it("0 is no limit", async () => {
    setSetting(app.db, "sendsPerMinute", 0);
    setSetting(app.db, "sendsPerDay", 0);
    queue(4, "no-limit");
    const t0 = Date.now();
    for (let i = 0; i < 4; i++) expect(await sendAt(t0 + i)).toBe("sent");
  });
});
