import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { batches } from "@/db/schema";
import { setBudget } from "@/lib/credits/budgets";
import { estimateCost } from "@/lib/credits/estimate";
import { decideBatch } from "@/lib/reveals/decide-batch";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { finishInterruptedStops } from "@/lib/reveals/finish-stops";
import { getBatchView } from "@/lib/reveals/get-batch";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { entryFor, foundUrls, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const costOf = (people: number) => {
  const { worstCase, expected } = estimateCost(app.db, { newReveals: people, viaPartners: true });
  return { worstCase, expected };
};

describe("a list's estimate leaves out the people it never sends", () => {
  it("covers only the reveals sent before a stop: the cancelled ones cost nothing", async () => {
    const sdr = app.createUser("sdr");
    const { batchId } = submit(app.db, sdr, foundUrls("stop-estimate", 5).map((url) => entryFor(url)));
    const before = getBatchView(app.db, batchId, sdr).cost;
    expect(before).toMatchObject(costOf(5));
    for (let sent = 0; sent < 2; sent += 1) await dispatchNext(app.db, app.deps);

    expect(await stopBatch(app.db, batchId, sdr)).toMatchObject({ cancelled: 3 });
    const after = getBatchView(app.db, batchId, sdr).cost;
    expect(after.worstCase).toBe(costOf(2).worstCase);
    expect(after.expected).toBe(before.expected - costOf(3).expected);
  });

  it("leaves out what a stop the server's end cut short cancels when it is finished", async () => {
    const sdr = app.createUser("sdr");
    const { batchId } = submit(app.db, sdr, foundUrls("cut-stop-estimate", 4).map((url) => entryFor(url)));
    await dispatchNext(app.db, app.deps);
    app.db.update(batches).set({ stoppedBy: sdr.id, stoppedAt: new Date(), stopping: true }).where(eq(batches.id, batchId)).run();

    expect(finishInterruptedStops(app.db)).toBe(1);
    expect(getBatchView(app.db, batchId, sdr).cost.worstCase).toBe(costOf(1).worstCase);
  });

  it("leaves out the held people a stop or a rejection cancels, and keeps the ones still sent", async () => {
    const [manager, sam, jordan, bea] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    setBudget(app.db, manager.id, { subject: bea.id, period: "month" }, 1);
    const rejected = submit(app.db, bea, foundUrls("rejected-estimate", 3).map((url) => entryFor(url)));
    expect(rejected).toMatchObject({ held: 3, worstCase: costOf(3).worstCase });
    decideBatch(app.db, { batchId: rejected.batchId, actorId: manager.id, decision: "reject" });
    expect(getBatchView(app.db, rejected.batchId, bea).cost).toMatchObject({ worstCase: 0, expected: 0 });

    // Sam's list of three, its first person freed from a teammate's stopped reveal into it and held over budget.
    const [shared, ...own] = foundUrls("held-stop-estimate", 3) as [string, ...string[]];
    const teammates = submit(app.db, jordan, [entryFor(shared)]);
    setBudget(app.db, manager.id, { subject: sam.id, period: "day" }, costOf(2).worstCase);
    const sams = submit(app.db, sam, [entryFor(shared), ...own.map((url) => entryFor(url))]);
    await stopBatch(app.db, teammates.batchId, jordan);
    expect(getBatchView(app.db, sams.batchId, sam)).toMatchObject({ approval: { state: "pending" }, counts: { held: 1, queued: 2 }, cost: { worstCase: costOf(3).worstCase } });

    decideBatch(app.db, { batchId: sams.batchId, actorId: manager.id, decision: "reject" });
    expect(getBatchView(app.db, sams.batchId, sam).cost.worstCase).toBe(costOf(2).worstCase);
    await stopBatch(app.db, sams.batchId, sam);
    expect(getBatchView(app.db, sams.batchId, sam).cost).toMatchObject({ worstCase: 0, expected: 0 });
  });

  it("leaves out the held people of a running list stopped while it waits for approval", async () => {
    const [manager, sam, jordan] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    const [shared, ...own] = foundUrls("held-stopped-estimate", 3) as [string, ...string[]];
    const teammates = submit(app.db, jordan, [entryFor(shared)]);
    setBudget(app.db, manager.id, { subject: sam.id, period: "day" }, costOf(2).worstCase);
    const sams = submit(app.db, sam, [entryFor(shared), ...own.map((url) => entryFor(url))]);
    await stopBatch(app.db, teammates.batchId, jordan);
    await dispatchNext(app.db, app.deps);

    expect(await stopBatch(app.db, sams.batchId, sam)).toMatchObject({ cancelled: 2 });
    expect(getBatchView(app.db, sams.batchId, sam).cost.worstCase).toBe(costOf(1).worstCase);
  });
});
