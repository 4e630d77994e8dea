import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { batches, reveals } from "@/db/schema";
import { listAudit } from "@/lib/credits/audit";
import { budgetStatus, setBudget } from "@/lib/credits/budgets";
import { AppError } from "@/lib/errors";
import { decideBatch } from "@/lib/reveals/decide-batch";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { listPendingApprovals } from "@/lib/reveals/list-approvals";
import { listBatches } from "@/lib/reveals/list-batches";
import { MAY_HAVE_ARRIVED } from "@/lib/reveals/may-have-arrived";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { revealRow } from "../support/inspect";
import { entryFor, foundUrls, revealNow, sandboxRequestTotal, submit } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const sentToClodura = () => sandboxRequestTotal(app.db);

/** Jordan's list of four, its first person attached to Sam's reveal, with a daily budget of 70: room for Jordan's three new people (20 credits each at worst), not for a fourth. */
function runningListAttachedToSams(prefix: string) {
  const [manager, sam, jordan] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
  const [shared, ...own] = foundUrls(prefix, 4) as [string, ...string[]];
  const mine = submit(app.db, sam, [entryFor(shared)]);
  setBudget(app.db, manager.id, { subject: jordan.id, period: "day" }, 70);
  const jordans = submit(app.db, jordan, [entryFor(shared), ...own.map((person) => entryFor(person))]);
  return { manager, sam, jordan, own, mine, jordans };
}

describe("stopping a batch", () => {
  it("cancels what is not yet sent at no cost, and lets what was sent finish", async () => {
    const sdr = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sdr, foundUrls("stop", 5));
    for (let sent = 0; sent < 2; sent += 1) await dispatchNext(app.db, app.deps);
    expect(sentToClodura()).toBe(2);

    expect(await stopBatch(app.db, batchId, sdr)).toEqual({ cancelled: 3, stillRunning: 2, detached: 0 });
    const unsent = revealIds.slice(2).map((id) => revealRow(app.db, id));
    expect(unsent.map((reveal) => [reveal.state, reveal.errorCode, reveal.errorMessage])).toEqual(
      Array.from({ length: 3 }, () => ["cancelled", "stopped", `Stopped by ${sdr.name} before it was sent: nothing charged.`]),
    );

    // The two sent reveals still get their answers; nothing else is sent.
    expect(await app.dispatchAll()).toEqual([]);
    await app.deliverWebhooks();
    await waitFor(() => revealIds.slice(0, 2).every((id) => revealRow(app.db, id).state === "found"), 5_000, "the two webhooks");
    expect(sentToClodura()).toBe(2);

    const view = getBatchView(app.db, batchId, sdr);
    expect(view.stopped).toEqual({ by: sdr.name, at: expect.any(Number), notSent: 3, resendable: 3 });
    expect(listBatches(app.db, sdr).find((batch) => batch.id === batchId)?.stopped).toBe(true);
    expect(view.counts).toMatchObject({ found: 2, cancelled: 3, queued: 0 });
    expect(view.cost.spent).toBeGreaterThan(0);
  });

  it("leaves a queued retry that may already have reached Clodura to its webhook, and cancels one Clodura refused", async () => {
    const sdr = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sdr, foundUrls("stop-retry", 3));
    // A send that timed out after the request went out: back in the queue with one attempt made.
    app.db.update(reveals).set({ attempts: 1, errorCode: MAY_HAVE_ARRIVED }).where(eq(reveals.id, revealIds[0]!)).run();
    // A send Clodura answered with a 503: it never took the request.
    app.db.update(reveals).set({ attempts: 1, errorCode: "clodura_503" }).where(eq(reveals.id, revealIds[1]!)).run();
    expect(await stopBatch(app.db, batchId, sdr)).toEqual({ cancelled: 2, stillRunning: 1, detached: 0 });
    expect(revealIds.map((id) => revealRow(app.db, id).state)).toEqual(["awaiting", "cancelled", "cancelled"]);
    // Nothing of it is sent again after the stop: only a webhook, or the end of the wait, settles it.
    expect(await app.dispatchAll({ now: () => Date.now() + 60 * 60_000 })).toEqual([]);
  });

  it("gives a teammate who attached to a cancelled reveal a reveal of their own; one attached to a sent reveal stays", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const [sent, unsent] = foundUrls("stop-shared", 2) as [string, string];
    const mine = submit(app.db, sam, [entryFor(sent), entryFor(unsent)]);
    await dispatchNext(app.db, app.deps);
    const theirs = submit(app.db, jordan, [entryFor(sent), entryFor(unsent)]);
    expect(theirs).toMatchObject({ attached: 2, queued: 0 });

    expect(await stopBatch(app.db, mine.batchId, sam)).toMatchObject({ cancelled: 1, detached: 1 });
    const [onSent, onUnsent] = theirs.revealIds.map((id) => revealRow(app.db, id));
    expect(onSent).toMatchObject({ state: "cached", sourceRevealId: mine.revealIds[0] });
    expect(onUnsent).toMatchObject({ state: "queued", sourceRevealId: null, requestedBy: jordan.id });

    await app.dispatchAll();
    expect(sentToClodura()).toBe(2);
  });

  it("sends a person once when several teammates attached to the stopped reveal: the first gets its own, the rest attach to it", async () => {
    const [sam, jordan, kim] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const [person] = foundUrls("stop-many", 1) as [string];
    const mine = submit(app.db, sam, [entryFor(person)]);
    const jordans = submit(app.db, jordan, [entryFor(person)]);
    const kims = submit(app.db, kim, [entryFor(person)]);
    expect([jordans.attached, kims.attached]).toEqual([1, 1]);

    expect(await stopBatch(app.db, mine.batchId, sam)).toMatchObject({ cancelled: 1, detached: 2 });
    expect(revealRow(app.db, jordans.revealIds[0]!)).toMatchObject({ state: "queued", sourceRevealId: null });
    expect(revealRow(app.db, kims.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: jordans.revealIds[0] });
    await revealNow(app, [jordans.revealIds[0]!]);
    expect(sentToClodura()).toBe(1);
    expect(getBatchView(app.db, kims.batchId, kim).rows[0]).toMatchObject({ state: "cached", ledger: { revealedBy: jordan.name } });
  });

  it("answers a teammate who attached to the stopped reveal from the team's earlier answer, at no cost", async () => {
    const [ana, sam, jordan] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const [person] = foundUrls("stop-fresh", 1) as [string];
    const [earlier] = submit(app.db, ana, [entryFor(person)]).revealIds as [string];
    await revealNow(app, [earlier]);
    const again = submit(app.db, sam, [entryFor(person, { revealAgain: true })]);
    const jordans = submit(app.db, jordan, [entryFor(person)]);
    expect(revealRow(app.db, jordans.revealIds[0]!).sourceRevealId).toBe(again.revealIds[0]);

    await stopBatch(app.db, again.batchId, sam);
    expect(revealRow(app.db, jordans.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: earlier, completedAt: expect.any(Date) });
    expect(await app.dispatchAll()).toEqual([]);
    expect(sentToClodura()).toBe(1);
  });

  it("holds a freed reveal whose own batch waits for a manager's approval instead of sending it", async () => {
    const [manager, sam, jordan] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    const [shared, own] = foundUrls("stop-pending", 2) as [string, string];
    const mine = submit(app.db, sam, [entryFor(shared)]);
    setBudget(app.db, manager.id, { subject: jordan.id, period: "month" }, 1);
    const jordans = submit(app.db, jordan, [entryFor(shared), entryFor(own)]);
    expect(jordans).toMatchObject({ attached: 1, held: 1, approvalReason: expect.any(String) });

    await stopBatch(app.db, mine.batchId, sam);
    expect(revealRow(app.db, jordans.revealIds[0]!)).toMatchObject({ state: "held", sourceRevealId: null });
    expect(await app.dispatchAll()).toEqual([]);
    expect(sentToClodura()).toBe(0);
  });

  it("holds freed reveals for a manager when their owner's budget cannot take what they now cost", async () => {
    const [manager, sam, jordan] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    const people = foundUrls("stop-budget", 3);
    const mine = submit(app.db, sam, people.map((person) => entryFor(person)));
    setBudget(app.db, manager.id, { subject: jordan.id, period: "day" }, 10);
    const jordans = submit(app.db, jordan, people.map((person) => entryFor(person)));
    // Attached, so free: no budget stood in the way.
    expect(jordans).toMatchObject({ attached: 3, approvalReason: null });

    await stopBatch(app.db, mine.batchId, sam);
    expect(jordans.revealIds.map((id) => revealRow(app.db, id).state)).toEqual(["held", "held", "held"]);
    const waiting = getBatchView(app.db, jordans.batchId, jordan).approval;
    expect(waiting).toMatchObject({ state: "pending", reason: expect.stringContaining("3 people were to be answered by a teammate's reveal that was stopped.") });
    expect(waiting.reason).toContain("your daily budget has 10 left");
    expect(getBatchView(app.db, jordans.batchId, manager).approval.reason).toContain(`${jordan.name}'s daily budget has 10 left`);
    expect(listPendingApprovals(app.db)).toEqual([expect.objectContaining({ batchId: jordans.batchId, held: 3, worstCase: 60 })]);
    expect(await app.dispatchAll()).toEqual([]);

    expect(decideBatch(app.db, { batchId: jordans.batchId, actorId: manager.id, decision: "reject" })).toMatchObject({ cancelled: 3 });
    expect(sentToClodura()).toBe(0);
  });

  it("holds only the freed people of a running list: the rest still counts against the budget, and stopping it stops them all", async () => {
    const { sam, jordan, own, mine, jordans } = runningListAttachedToSams("stop-running");
    expect(jordans).toMatchObject({ attached: 1, queued: 3, approvalReason: null });

    await stopBatch(app.db, mine.batchId, sam);
    expect(revealRow(app.db, jordans.revealIds[0]!).state).toBe("held");
    expect(getBatchView(app.db, jordans.batchId, jordan).approval.state).toBe("pending");
    // The three still queued are going out: their worst case stays reserved.
    expect(budgetStatus(app.db, jordan.id).find((line) => line.scope === "user_day")).toMatchObject({ reserved: 60, left: 10 });

    expect(await stopBatch(app.db, jordans.batchId, jordan)).toMatchObject({ cancelled: 4 });
    expect(jordans.revealIds.map((id) => revealRow(app.db, id)).map((row) => [row.state, row.errorMessage])).toEqual([
      ["cancelled", `Stopped by ${jordan.name} while it waited for approval: nothing charged.`],
      ...own.map(() => ["cancelled", `Stopped by ${jordan.name} before it was sent: nothing charged.`]),
    ]);
    expect(getBatchView(app.db, jordans.batchId, jordan).approval).toMatchObject({ state: "rejected", withdrawn: true });
    expect(listPendingApprovals(app.db)).toEqual([]);
    expect(await app.dispatchAll()).toEqual([]);
    expect(sentToClodura()).toBe(0);
  });

  it("shows and records the approval of a running list's freed people at what they cost, not the whole list", async () => {
    const { manager, sam, mine, jordans } = runningListAttachedToSams("stop-approve-freed");
    await stopBatch(app.db, mine.batchId, sam);
    // The list's own estimate takes in the freed person; approving releases that one alone, at 20 credits at worst.
    expect(getBatchView(app.db, jordans.batchId, manager).cost).toMatchObject({ worstCase: 80 });
    expect(listPendingApprovals(app.db)).toEqual([expect.objectContaining({ batchId: jordans.batchId, total: 4, held: 1, worstCase: 20, balance: null })]);

    expect(decideBatch(app.db, { batchId: jordans.batchId, actorId: manager.id, decision: "approve" })).toMatchObject({ queued: 1 });
    expect(listAudit(app.db, { limit: 1 }).entries).toEqual([
      expect.objectContaining({ action: "batch.approved", summary: expect.stringMatching(/ of 4 people \(1 on hold, worst case 20 credits\)$/) }),
    ]);
  });

  it("sends nothing more from a stopped batch, even when the teammate's reveal it waited on is stopped later", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const [shared, own] = foundUrls("stop-chain", 2) as [string, string];
    const jordans = submit(app.db, jordan, [entryFor(shared)]);
    const sams = submit(app.db, sam, [entryFor(shared), entryFor(own)]);
    expect(sams).toMatchObject({ attached: 1, queued: 1 });
    await stopBatch(app.db, sams.batchId, sam);
    await stopBatch(app.db, jordans.batchId, jordan);

    expect(revealRow(app.db, sams.revealIds[0]!)).toMatchObject({ state: "cancelled", sourceRevealId: null, errorCode: "stopped" });
    expect(getBatchView(app.db, sams.batchId, sam).stopped?.resendable).toBe(2);
    expect(await app.dispatchAll()).toEqual([]);
    expect(sentToClodura()).toBe(0);
  });

  it("lets one of two presses at once stop the batch, and tells the other it was already stopped", async () => {
    const sdr = app.createUser("sdr");
    // More than one step of cancelling (2,000 rows), so the second press comes while the first is midway.
    const { batchId } = app.createBatchFor(sdr, foundUrls("stop-twice", 2_500));
    const presses = await Promise.allSettled([stopBatch(app.db, batchId, sdr), stopBatch(app.db, batchId, sdr)]);
    expect(presses.map((press) => (press.status === "fulfilled" ? press.value.cancelled : (press.reason as AppError).message))).toEqual([2_500, "This batch was already stopped."]);
  });

  it("finishes a stop that was cut short when it is pressed again", async () => {
    const sdr = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sdr, foundUrls("stop-again", 2));
    // As if the server stopped right after marking the batch.
    app.db.update(batches).set({ stoppedBy: sdr.id, stoppedAt: new Date() }).where(eq(batches.id, batchId)).run();
    expect(await stopBatch(app.db, batchId, sdr)).toMatchObject({ cancelled: 2 });
    expect(revealIds.map((id) => revealRow(app.db, id).state)).toEqual(["cancelled", "cancelled"]);
  });

  it("lets only the batch's SDR or a manager stop it, once, and not while it waits for approval", async () => {
    const [sam, jordan, manager] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const { batchId } = app.createBatchFor(sam, foundUrls("stop-who", 2));
    await expect(stopBatch(app.db, batchId, jordan)).rejects.toThrow("This batch does not exist or belongs to someone else.");
    expect(await stopBatch(app.db, batchId, manager)).toMatchObject({ cancelled: 2 });
    expect(getBatchView(app.db, batchId, sam).stopped?.by).toBe(manager.name);
    await expect(stopBatch(app.db, batchId, sam)).rejects.toThrow("This batch was already stopped.");

    const finished = app.createBatchFor(sam, foundUrls("stop-done", 1));
    await app.dispatchAll();
    await expect(stopBatch(app.db, finished.batchId, sam)).rejects.toThrow("Nothing is left to stop");

    setBudget(app.db, manager.id, { subject: sam.id, period: "month" }, 1);
    const held = app.createBatchFor(sam, foundUrls("stop-held", 2));
    expect(getBatchView(app.db, held.batchId, sam).approval.state).toBe("pending");
    await expect(stopBatch(app.db, held.batchId, sam)).rejects.toThrow("waits for a manager's approval");
  });
});
