import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { creditBalances } from "@/db/schema";
import { findProfileUrl } from "@/lib/clodura/sandbox/test-support";
import { startBalanceWatcher } from "@/lib/credits/balance-watcher";
import { isSettled } from "../support/inspect";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;
let stopWatcher = () => {};

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  stopWatcher();
  await app.close();
});

describe("the balance watcher", () => {
  it("reads Clodura's balance once a batch has finished, not while it runs", async () => {
    // The scheduled read is an hour away: any reading here comes from the batch finishing.
    stopWatcher = startBalanceWatcher(app.db, app.client, { firstReadMs: 3_600_000, settleMs: 50 });
    const urls = [findProfileUrl({ found: true, viaPartners: true, prefix: "watch-a" }), findProfileUrl({ found: true, viaPartners: true, prefix: "watch-b" })];
    const { revealIds } = app.createBatchFor(app.createUser("sdr"), urls);
    await app.dispatchAll();
    expect(app.db.select().from(creditBalances).all()).toEqual([]);

    await app.deliverWebhooks();
    await waitFor(() => revealIds.every((id) => isSettled(app.db, id)), 5_000, "both webhooks");
    const [reading, ...more] = await waitFor(() => {
      const rows = app.db.select().from(creditBalances).all();
      return rows.length > 0 ? rows : null;
    }, 5_000, "a balance reading after the batch");
    expect(more).toEqual([]);
    expect(reading).toMatchObject({ kind: "pool", remaining: expect.any(Number) });
  });
});
