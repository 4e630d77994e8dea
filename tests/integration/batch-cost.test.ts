import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { batches } from "@/db/schema";
import { readBalance } from "@/lib/credits/balance";
import { getBatchCost } from "@/lib/credits/batch-cost";
import { MAX_DOCUMENTED_PRICE } from "@/lib/credits/prices";
import { listBatchProviders } from "@/lib/reveals/get-batch";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { revealRow } from "../support/inspect";
import { sumCredits } from "../support/credit-flow";
import { chargesOf, entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const costOf = (batchId: string) => getBatchCost(app.db, app.db.select().from(batches).where(eq(batches.id, batchId)).get()!, listBatchProviders(app.db, batchId));
const amountOf = (revealId: string) => sumCredits(chargesOf(app.db, revealId));

describe("what a batch cost", () => {
  it("counts what was spent per provider, what a balance reading confirmed, and what the ledger saved", async () => {
    const { db, client } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = (name: string, found: boolean) => profileUrl(`cost-${name}`, { found });
    const [p1, p2, p3, p4, p5, p6] = [url("p1", true), url("p2", true), url("p3", true), url("p4", false), url("p5", true), url("p6", false)];
    await readBalance(db, client);

    const a = submit(db, sdrA, [p1, p2, p6].map((person) => entryFor(person)));
    await revealNow(app, a.revealIds);
    const [aP5] = submit(db, sdrA, [entryFor(p5)]).revealIds as [string]; // still queued when B asks
    const b = submit(db, sdrB, [p1, p6, p5, p3, p4].map((person) => entryFor(person)));
    expect(b).toMatchObject({ cached: 2, attached: 1, queued: 2 });
    // Free all three, but one waits on A's reveal still in progress: not answered yet.
    expect(costOf(b.batchId)).toMatchObject({ freeAnswers: 3, freeToCome: 1 });
    await revealNow(app, [aP5, ...b.revealIds]);
    const [, , bP5, bP3, bP4] = b.revealIds.map((id) => revealRow(db, id));
    expect([bP5!.state, bP5!.sourceRevealId, bP3!.state, bP4!.state]).toEqual(["cached", aP5, "found", "not_found"]);

    // A person answered by a teammate saves what the teammate was charged; a not-found answer saves nothing.
    const saved = amountOf(a.revealIds[0]!) + amountOf(aP5);
    const [p3Charge] = chargesOf(db, bP3!.id);
    expect(costOf(b.batchId)).toEqual({
      spent: p3Charge!.amount,
      confirmed: 0,
      saved,
      freeAnswers: 3,
      freeToCome: 0,
      byProvider: [{ provider: p3Charge!.provider, charges: 1, credits: p3Charge!.amount, unpriced: false }],
      worstCase: b.worstCase,
      expected: b.expected,
    });
    expect(saved).toBeGreaterThan(amountOf(a.revealIds[0]!));

    const aCost = costOf(a.batchId);
    const aCharges = a.revealIds.flatMap((id) => chargesOf(db, id));
    expect(aCost).toMatchObject({ spent: sumCredits(aCharges), saved: 0, freeAnswers: 0, worstCase: a.worstCase });
    const byProvider = new Map<string, { charges: number; credits: number }>();
    for (const charge of aCharges) {
      const row = byProvider.get(charge.provider) ?? { charges: 0, credits: 0 };
      byProvider.set(charge.provider, { charges: row.charges + 1, credits: row.credits + charge.amount });
    }
    expect(new Map(aCost.byProvider.map(({ provider, charges, credits }) => [provider, { charges, credits }]))).toEqual(byProvider);
    // In the grid's column order, so a row keeps its place as charges arrive.
    expect(aCost.byProvider.map((row) => row.provider)).toEqual(listBatchProviders(db, a.batchId).filter((provider) => byProvider.has(provider)));

    // A reading that matches the sandbox confirms every charge since the first one.
    await readBalance(db, client);
    expect(costOf(b.batchId)).toMatchObject({ spent: p3Charge!.amount, confirmed: p3Charge!.amount });
    expect(costOf(a.batchId).confirmed).toBe(aCost.spent);
  });

  it("says which provider is counted at the documented maximum for want of a price, while it has none", async () => {
    const sdr = app.createUser("sdr");
    const created = submit(app.db, sdr, [entryFor("https://www.linkedin.com/in/cost-sandbox-unknown-provider/")]);
    await revealNow(app, created.revealIds);
    expect(costOf(created.batchId).byProvider).toEqual([{ provider: "Kaspr", charges: 1, credits: MAX_DOCUMENTED_PRICE, unpriced: true }]);

    // Priced from now on: the note goes, and the charge made before keeps what it was counted at.
    setSetting(app.db, "providerPrices", { ...getSetting(app.db, "providerPrices"), kaspr: 17 });
    expect(costOf(created.batchId).byProvider).toEqual([{ provider: "Kaspr", charges: 1, credits: MAX_DOCUMENTED_PRICE, unpriced: false }]);
  });
});
