import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setBudget } from "@/lib/credits/budgets";
import { estimateCost } from "@/lib/credits/estimate";
import { decideBatch } from "@/lib/reveals/decide-batch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { updateRevealSettings } from "@/lib/settings/reveal-settings";
import { entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const shared = [0, 1, 2, 3].map((i) => profileUrl(`estimate-shared-${i}`, { found: true }));
const own = profileUrl("estimate-own", { found: true });

describe("a list's estimate counts the people it pays for", () => {
  it("leaves out held people a teammate's reveal answers at approval, and takes them in again when that reveal is stopped", async () => {
    const [sam, jordan, manager] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const worstOf = (people: number) => estimateCost(app.db, { newReveals: people, viaPartners: true }).worstCase;
    // Both over budget: Jordan's list is estimated whole while Sam's waits too (nobody waits on a held reveal).
    setBudget(app.db, manager.id, { subject: sam.id, period: "month" }, 1);
    setBudget(app.db, manager.id, { subject: jordan.id, period: "month" }, worstOf(1));
    const sams = submit(app.db, sam, shared.map((url) => entryFor(url)));
    const jordans = submit(app.db, jordan, [...shared.map((url) => entryFor(url)), entryFor(own)]);
    expect(jordans).toMatchObject({ held: 5, worstCase: worstOf(5) });

    decideBatch(app.db, { batchId: sams.batchId, actorId: manager.id, decision: "approve" });
    expect(decideBatch(app.db, { batchId: jordans.batchId, actorId: manager.id, decision: "approve" })).toMatchObject({ queued: 1, attached: 4 });
    const approved = getBatchView(app.db, jordans.batchId, jordan).cost;
    expect(approved.worstCase).toBe(worstOf(1));

    // Sam stops: the four are Jordan's to pay for again, over Jordan's budget, so held; counted once, not twice.
    await stopBatch(app.db, sams.batchId, sam);
    const view = getBatchView(app.db, jordans.batchId, jordan);
    expect(view.approval.state).toBe("pending");
    expect(view.cost.worstCase).toBe(worstOf(5));
    expect(view.cost.expected).toBeGreaterThan(approved.expected);
  });

  it("leaves out queued people a wider freshness window answers free", async () => {
    const [admin, sam, jordan] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr")];
    const worstOf = (people: number) => estimateCost(app.db, { newReveals: people, viaPartners: true }).worstCase;
    const settings = (freshnessDays: number) => ({ freshnessDays, rateLimitPerSecond: 5, sendsPerMinute: 0, sendsPerDay: 0, reconcileAfterSeconds: 60, balanceCheckMinutes: 10 });
    await revealNow(app, submit(app.db, sam, [entryFor(shared[0]!)]).revealIds);
    await updateRevealSettings(app.db, admin.id, settings(0));
    const jordans = submit(app.db, jordan, [entryFor(shared[0]!), entryFor(own)]);
    expect(jordans).toMatchObject({ queued: 2, worstCase: worstOf(2) });

    await updateRevealSettings(app.db, admin.id, settings(90));
    const view = getBatchView(app.db, jordans.batchId, jordan);
    expect(view.counts).toMatchObject({ cached: 1, queued: 1 });
    expect(view.cost.worstCase).toBe(worstOf(1));
  });

  it("takes in people freed into a running list within budget, who are sent at its cost", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const worstOf = (people: number) => estimateCost(app.db, { newReveals: people, viaPartners: true }).worstCase;
    const sams = submit(app.db, sam, shared.map((url) => entryFor(url)));
    const jordans = submit(app.db, jordan, [...shared.map((url) => entryFor(url)), entryFor(own)]);
    expect(jordans).toMatchObject({ attached: 4, queued: 1, worstCase: worstOf(1) });

    await stopBatch(app.db, sams.batchId, sam);
    const view = getBatchView(app.db, jordans.batchId, jordan);
    expect(view.approval.state).toBe("none");
    expect(view.counts.queued).toBe(5);
    expect(view.cost.worstCase).toBe(worstOf(5));
  });
});
