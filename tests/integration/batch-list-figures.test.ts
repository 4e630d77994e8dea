import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getSpendReport } from "@/lib/credits/spend-report";
import { chipCount } from "@/lib/reveals/batch-filter";
import { getBatchView } from "@/lib/reveals/get-batch";
import { listBatches } from "@/lib/reveals/list-batches";
import { getSetting } from "@/lib/settings/settings";
import { providerRowsOf } from "../support/inspect";
import { DAY_MS, entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

describe("a list mixing paid, free and attached rows", () => {
  it("counts the same people on Batches, on its page and on Credits: found = paid + free with a number, free = answered free, paid = charged", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const [known, missing, paid] = [profileUrl("figures-known", { found: true }), profileUrl("figures-missing", { found: false }), profileUrl("figures-paid", { found: true })];
    const earlier = submit(db, sdrA, [entryFor(known), entryFor(missing)]);
    await revealNow(app, earlier.revealIds);
    // A teammate's reveal Clodura has and has not answered yet (its webhook is 90 s away).
    const waiting = profileUrl("figures-waiting-sandbox-late-webhook", { found: true });
    submit(db, sdrA, [entryFor(waiting)]);
    expect(await app.dispatchAll()).toEqual(["sent"]);

    const list = submit(db, sdrB, [entryFor(paid), entryFor(known), entryFor(missing), entryFor(waiting)]);
    expect(list).toMatchObject({ queued: 1, cached: 2, attached: 1 });
    const [paidReveal] = list.revealIds as [string];
    await revealNow(app, [paidReveal]);

    const summary = listBatches(db, sdrB)[0]!;
    const price = getSetting(db, "providerPrices")[providerRowsOf(db, paidReveal).find((row) => row.charged)!.provider]!;
    // The attached row is in progress, not free yet: only the two answered from the ledger are.
    expect(summary).toMatchObject({ total: 4, done: 3, found: 1, freeWithNumber: 1, cached: 2, failed: 0, unfinished: 0, paid: 1, credits: price });

    const view = getBatchView(db, list.batchId, sdrB);
    expect(view.counts).toMatchObject({ found: 1, cached: 2, not_found: 0, awaiting: 1 });
    expect(view.freeWithNumber).toBe(summary.freeWithNumber);
    // The Found column is the page's Found chip: everyone the list has a number for, paid or free.
    expect(chipCount("found", view)).toBe(summary.found + summary.freeWithNumber);
    expect(chipCount("cached", view)).toBe(summary.cached);

    // Credits counts the paid numbers only: the free one with a number is not there.
    const report = getSpendReport(db, { range: { from: day(Date.now() - DAY_MS), to: day(Date.now() + DAY_MS) }, userId: sdrB.id });
    expect(report.byBatch).toEqual([expect.objectContaining({ batchId: list.batchId, charges: summary.paid, credits: summary.credits })]);
  });
});
