import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCloduraClient } from "@/lib/clodura/client";
import { findProfileUrl } from "@/lib/clodura/sandbox/test-support";
import { rebuildSpendRollups } from "@/lib/credits/rebuild-rollups";
import { ledgerRows, rollupRows } from "../support/credit-flow";
import { isSettled, revealRow } from "../support/inspect";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("a match request that reached Clodura but whose response was lost", () => {
  it("is answered by the webhook of that first attempt and never sent (or charged) again", async () => {
    const url = findProfileUrl({ found: true, viaPartners: true, prefix: "lost-response" });
    const { revealIds } = app.createBatchFor(app.createUser("sdr"), [url]);
    const revealId = revealIds[0]!;
    // The request reaches the sandbox (which accepts it and charges), then the connection drops before the answer.
    const resetAfterSending: typeof fetch = async (input, init) => {
      await fetch(input, init);
      throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });
    };
    const flaky = createCloduraClient({ baseUrl: `${app.url}/sandbox`, apiKey: "sandbox", fetchImpl: resetAfterSending });
    expect(await app.dispatchAll({ client: flaky })).toEqual(["retry"]);
    // No webhook has reached this app yet, so a missing one would prove nothing: it is left to its webhook, not re-sent.
    expect(revealRow(app.db, revealId)).toMatchObject({ state: "awaiting", errorCode: "may_have_arrived" });

    await app.deliverWebhooks();
    await waitFor(() => isSettled(app.db, revealId), 5_000, "the first attempt's webhook");
    expect(revealRow(app.db, revealId).state).toBe("found");

    expect(await app.dispatchAll()).toEqual([]);
    expect(ledgerRows(app.db)).toHaveLength(1);
    const incremental = rollupRows(app.db);
    rebuildSpendRollups(app.db);
    expect(rollupRows(app.db)).toEqual(incremental);
  });
});
