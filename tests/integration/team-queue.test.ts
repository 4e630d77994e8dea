import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { listBatches } from "@/lib/reveals/list-batches";
import { teamQueue } from "@/lib/reveals/team-queue";
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

describe("the team's queue on the Batches page", () => {
  it("tells a manager how much waits, from how many people, and how long it takes at the team's pace", async () => {
    setSetting(app.db, "rateLimitPerSecond", 2);
    const [sam, jordan, manager] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const now = Date.now();
    expect(teamQueue(app.db, manager, now)).toBeNull();

    app.createBatchFor(sam, profileUrls("queue-sam", 6));
    app.createBatchFor(jordan, profileUrls("queue-jordan", 4));
    expect(teamQueue(app.db, manager, now)).toEqual({ waiting: 10, people: 2, doneInMs: 5_000, pace: "2 a second" });
    // An SDR's page shows their own lists' times, not the team's sending.
    expect(teamQueue(app.db, sam, now)).toBeNull();

    expect(await dispatchNext(app.db, { ...app.deps, now: () => now + 1_000 })).toBe("sent");
    expect(teamQueue(app.db, manager, now)).toMatchObject({ waiting: 9, people: 2 });

    setSetting(app.db, "queuePause", { status: 402, message: "Clodura says the account's credits are exhausted (HTTP 402).", at: now });
    expect(teamQueue(app.db, manager, now)).toMatchObject({ waiting: 9, doneInMs: null });
  });

  it("gives each list with reveals waiting to be sent, and only those, the time its last goes", async () => {
    setSetting(app.db, "rateLimitPerSecond", 1);
    const sam = app.createUser("sdr");
    const sent = app.createBatchFor(sam, profileUrls("times-sent", 1));
    app.db.$client.prepare("UPDATE reveals SET state = 'awaiting' WHERE batch_id = ?").run(sent.batchId);
    const waiting = app.createBatchFor(sam, profileUrls("times-waiting", 3));
    const [newest, older] = listBatches(app.db, sam);
    expect(newest).toMatchObject({ id: waiting.batchId, sending: { inMs: expect.any(Number) } });
    // Three at one a second: the last goes about three seconds from now.
    expect(newest!.sending!.inMs).toBeGreaterThan(2_000);
    expect(newest!.sending!.inMs).toBeLessThanOrEqual(3_000);
    expect(older).toMatchObject({ id: sent.batchId, sending: null });
  });
});
