import { asc, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, batches } from "@/db/schema";
import { listAudit } from "@/lib/credits/audit";
import { TEAM } from "@/lib/credits/budget-rule";
import { budgetStatus, setBudget } from "@/lib/credits/budgets";
import { listBudgets } from "@/lib/credits/list-budgets";
import { batchLabel } from "@/lib/reveals/batch-label";
import { decideBatch } from "@/lib/reveals/decide-batch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { listBatches } from "@/lib/reveals/list-batches";
import { withdrawBatch } from "@/lib/reveals/withdraw-batch";
import { listPendingApprovals } from "@/lib/reveals/list-approvals";
import { revealRow } from "../support/inspect";
import { ledgerRows, revealByTrack, sumCredits, trackOnlyUrl } from "../support/credit-flow";
import { chargesOf, DAY_MS, entryFor, profileUrl, revealNow, sandboxRequestCount, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

/** Max plan with partners: the dearest provider may be asked, so each new reveal's worst case is 20 credits. */
const WORST_PER_REVEAL = 20;
const batchRow = (batchId: string) => app.db.select().from(batches).where(eq(batches.id, batchId)).get()!;
const auditRows = () => app.db.select().from(auditLog).orderBy(asc(sql`rowid`)).all();
const monthly = (userId: string) => ({ subject: userId, period: "month" as const });

describe("a list waiting for approval", () => {
  it("shows the budgets as they stand now when they have moved since it was held", () => {
    const { db } = app;
    const [manager, sdr] = [app.createUser("manager"), app.createUser("sdr")];
    setBudget(db, manager.id, monthly(sdr.id), 30);
    const waiting = submit(db, sdr, [profileUrl("now-a", { found: true }), profileUrl("now-b", { found: true })].map((url) => entryFor(url)));
    expect(listPendingApprovals(db)).toEqual([expect.objectContaining({ batchId: waiting.batchId, budgetNow: null })]);

    // Another list of the SDR's goes out meanwhile: approving this one now overruns by more.
    setBudget(db, manager.id, monthly(sdr.id), 59);
    expect(submit(db, sdr, [entryFor(profileUrl("now-c", { found: true }))]).approvalReason).toBeNull();
    expect(listPendingApprovals(db)[0]!.budgetNow).toBe(`Now: This list could cost up to 40 credits, but ${sdr.name}'s monthly budget has 39 left (59 cap − 0 spent − 20 reserved for reveals still running).`);
    setBudget(db, manager.id, monthly(sdr.id), 1_000);
    expect(listPendingApprovals(db)[0]!.budgetNow).toBe(`Now: ${sdr.name}'s budgets can all take it; it still waits for an approval to be sent.`);
    // The list's own page says the same, in its owner's words, and in the SDR's name to a manager.
    expect(getBatchView(db, waiting.batchId, sdr).approval.budgetNow).toBe("Now: your budgets can all take it; it still waits for an approval to be sent.");
    expect(getBatchView(db, waiting.batchId, manager).approval.budgetNow).toBe(`Now: ${sdr.name}'s budgets can all take it; it still waits for an approval to be sent.`);
  });
});

describe("a manager's own list over budget", () => {
  it("is approved by another manager or an admin, not by its owner, who may still reject it", () => {
    const { db } = app;
    const [owner, otherManager, admin] = [app.createUser("manager"), app.createUser("manager"), app.createUser("admin")];
    setBudget(db, admin.id, monthly(owner.id), 10);
    let lists = 0;
    const held = () => submit(db, owner, [entryFor(profileUrl(`own-list-${(lists += 1)}`, { found: true }))]);

    const first = held();
    expect(first.approvalReason).not.toBeNull();
    expect(listPendingApprovals(db)).toEqual([expect.objectContaining({ batchId: first.batchId, createdById: owner.id })]);
    expect(() => decideBatch(db, { batchId: first.batchId, actorId: owner.id, decision: "approve" })).toThrow(
      expect.objectContaining({ code: "forbidden", message: "A list of your own over budget is approved by another manager or an admin. You can reject it." }),
    );
    expect(batchRow(first.batchId).approval).toBe("pending");
    expect(decideBatch(db, { batchId: first.batchId, actorId: otherManager.id, decision: "approve" })).toMatchObject({ queued: 1 });

    const second = held();
    expect(decideBatch(db, { batchId: second.batchId, actorId: owner.id, decision: "reject" })).toMatchObject({ cancelled: 1 });
    const ownAdmin = submit(db, admin, [entryFor(profileUrl("own-list-admin", { found: true }))]);
    setBudget(db, admin.id, monthly(admin.id), 1);
    const third = submit(db, admin, [entryFor(profileUrl("own-list-admin-2", { found: true }))]);
    expect(ownAdmin.approvalReason).toBeNull();
    expect(decideBatch(db, { batchId: third.batchId, actorId: admin.id, decision: "approve" })).toMatchObject({ queued: 1 });
  });
});

describe("a batch over budget waits for a manager", () => {
  it("holds the new reveals (not the ledger answers), sends nothing, and approving queues and sends them", async () => {
    const { db } = app;
    const [manager, sdr, teammate] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    const known = profileUrl("held-known", { found: true });
    await revealNow(app, submit(db, teammate, [entryFor(known)]).revealIds);
    setBudget(db, manager.id, monthly(sdr.id), 50);

    const fresh = [profileUrl("held-a", { found: true }), profileUrl("held-b", { found: false }), profileUrl("held-c", { found: true })];
    const created = submit(db, sdr, [entryFor(known), ...fresh.map((url) => entryFor(url))]);
    expect(created).toMatchObject({ total: 4, queued: 0, cached: 1, held: 3, worstCase: 3 * WORST_PER_REVEAL });
    expect(created.approvalReason).toContain(`${sdr.name}'s monthly budget has 50 left (50 cap − 0 spent − 0 reserved`);
    expect(created.revealIds.map((id) => revealRow(db, id).state)).toEqual(["cached", "held", "held", "held"]);
    expect(batchRow(created.batchId)).toMatchObject({ approval: "pending", approvalReason: created.approvalReason, decidedBy: null });
    expect(listPendingApprovals(db)).toEqual([expect.objectContaining({ batchId: created.batchId, held: 3, worstCase: 60, reason: created.approvalReason })]);

    expect(await app.dispatchAll()).toEqual([]);
    expect(fresh.map((url) => sandboxRequestCount(db, url))).toEqual([0, 0, 0]);

    expect(decideBatch(db, { batchId: created.batchId, actorId: manager.id, decision: "approve" })).toEqual({ queued: 3, cached: 0, attached: 0, cancelled: 0 });
    expect(batchRow(created.batchId)).toMatchObject({ approval: "approved", decidedBy: manager.id, decidedAt: expect.any(Date) });
    expect(listPendingApprovals(db)).toEqual([]);
    expect(await app.dispatchAll()).toEqual(["sent", "sent", "sent"]);
    await revealNow(app, created.revealIds);
    expect(created.revealIds.map((id) => revealRow(db, id).state)).toEqual(["cached", "found", "not_found", "found"]);
    expect(fresh.map((url) => sandboxRequestCount(db, url))).toEqual([1, 1, 1]);
    expect(chargesOf(db, created.revealIds[0]!)).toEqual([]);

    expect(auditRows().map((row) => [row.action, row.actorId, row.subject])).toEqual(
      expect.arrayContaining([
        ["budget.set", manager.id, `${sdr.id}:month`],
        ["batch.approved", manager.id, created.batchId],
      ]),
    );
    expect(auditRows()).toHaveLength(2);
    expect(listAudit(db).entries[0]).toMatchObject({ actor: manager.name, action: "batch.approved", summary: expect.stringContaining(`${sdr.name}'s batch "${batchLabel(getBatchView(db, created.batchId, manager))}" of 4 people`) });

    // A second decision, either way, is a conflict and changes nothing.
    for (const decision of ["approve", "reject"] as const) {
      expect(() => decideBatch(db, { batchId: created.batchId, actorId: manager.id, decision })).toThrow(
        expect.objectContaining({ name: "AppError", code: "conflict", message: expect.stringMatching(new RegExp(`^Already approved by ${manager.name} today at \\d{1,2}:\\d{2} [AP]M\\.$`)) }),
      );
    }
    expect(auditRows()).toHaveLength(2);
    expect(created.revealIds.map((id) => revealRow(db, id).state)).toEqual(["cached", "found", "not_found", "found"]);
  });

  it("rejecting cancels the held reveals: nothing sent, nothing charged, audited", async () => {
    const { db } = app;
    const [manager, sdr] = [app.createUser("manager"), app.createUser("sdr")];
    setBudget(db, manager.id, monthly(sdr.id), 10);
    const urls = [profileUrl("reject-a", { found: true }), profileUrl("reject-b", { found: true })];
    const created = submit(db, sdr, urls.map((url) => entryFor(url)));
    expect(created).toMatchObject({ held: 2, queued: 0 });

    const note = "Over this month's cap: send it again in December";
    expect(decideBatch(db, { batchId: created.batchId, actorId: manager.id, decision: "reject", note })).toEqual({ queued: 0, cached: 0, attached: 0, cancelled: 2 });
    // The manager's note reaches the SDR on the list's page, and the history.
    expect(getBatchView(db, created.batchId, sdr).approval).toMatchObject({ state: "rejected", note });
    expect(auditRows().find((row) => row.action === "batch.rejected")).toMatchObject({ summary: expect.stringMatching(/: "Over this month's cap: send it again in December"$/), detail: expect.objectContaining({ note }) });
    expect(created.revealIds.map((id) => revealRow(db, id))).toEqual([
      expect.objectContaining({ state: "cancelled", errorCode: "not_approved", completedAt: expect.any(Date) }),
      expect.objectContaining({ state: "cancelled", errorCode: "not_approved", completedAt: expect.any(Date) }),
    ]);
    expect(batchRow(created.batchId)).toMatchObject({ approval: "rejected", decidedBy: manager.id });
    expect(await app.dispatchAll()).toEqual([]);
    expect(urls.map((url) => sandboxRequestCount(db, url))).toEqual([0, 0]);
    expect(ledgerRows(db)).toEqual([]);
    expect(auditRows().filter((row) => row.action === "batch.rejected")).toEqual([
      expect.objectContaining({ actorId: manager.id, subject: created.batchId, detail: expect.objectContaining({ cancelled: 2 }) }),
    ]);
    expect(() => decideBatch(db, { batchId: created.batchId, actorId: manager.id, decision: "approve" })).toThrow(expect.objectContaining({ code: "conflict" }));
    const unheld = submit(db, app.createUser("sdr"), [entryFor(profileUrl("reject-c", { found: true }))]);
    expect(() => decideBatch(db, { batchId: unheld.batchId, actorId: manager.id, decision: "approve" })).toThrow(
      expect.objectContaining({ code: "conflict", message: expect.stringContaining("without needing approval") }),
    );
    expect(() => decideBatch(db, { batchId: "no-such-batch", actorId: manager.id, decision: "reject" })).toThrow(expect.objectContaining({ code: "not_found" }));
    // A person a rejected batch held is not in flight: a teammate's submission is sent, not attached to it.
    expect(submit(db, app.createUser("sdr"), [entryFor(urls[0]!)])).toMatchObject({ queued: 1, attached: 0 });
  });

  it("its owner can withdraw a held list before a manager decides; nobody else can, and nothing is sent", async () => {
    const { db } = app;
    const [manager, sdr, teammate] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    setBudget(db, manager.id, monthly(sdr.id), 10);
    const url = profileUrl("withdraw-a", { found: true });
    const created = submit(db, sdr, [entryFor(url)]);
    expect(created).toMatchObject({ held: 1 });

    expect(() => withdrawBatch(db, created.batchId, teammate)).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(() => withdrawBatch(db, created.batchId, manager)).toThrow(expect.objectContaining({ code: "forbidden", message: expect.stringContaining("reject it on Approvals") }));
    expect(withdrawBatch(db, created.batchId, sdr)).toEqual({ queued: 0, cached: 0, attached: 0, cancelled: 1 });
    expect(batchRow(created.batchId)).toMatchObject({ approval: "rejected", decidedBy: sdr.id });
    expect(revealRow(db, created.revealIds[0]!)).toMatchObject({ state: "cancelled", errorCode: "withdrawn", errorMessage: "Withdrawn by its sender before it was sent: nothing was charged." });
    expect(getBatchView(db, created.batchId, sdr).approval).toMatchObject({ state: "rejected", withdrawn: true });
    expect(listBatches(db, sdr).find((batch) => batch.id === created.batchId)).toMatchObject({ approval: "rejected", withdrawn: true, cancelled: 1 });
    expect(auditRows().filter((row) => row.action === "batch.rejected")).toEqual([expect.objectContaining({ actorId: sdr.id, summary: expect.stringMatching(/^Withdrew their own batch ".+" of /) })]);
    expect(() => withdrawBatch(db, created.batchId, sdr)).toThrow(expect.objectContaining({ code: "conflict" }));
    expect(await app.dispatchAll()).toEqual([]);
    expect(sandboxRequestCount(db, url)).toBe(0);
  });

  it("approving after a teammate revealed a held person meanwhile answers it from that reveal, never paying twice", async () => {
    const { db } = app;
    const [manager, sdr, teammate] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    setBudget(db, manager.id, monthly(sdr.id), 30);
    const [done, running, untouched] = [profileUrl("meanwhile-done", { found: true }), profileUrl("meanwhile-running", { found: true }), profileUrl("meanwhile-new", { found: false })];
    const held = submit(db, sdr, [done, running, untouched].map((url) => entryFor(url)));
    expect(held).toMatchObject({ held: 3 });

    // Held reveals are not in flight: the teammate's own reveals are sent; one finishes, one is still queued.
    const [doneByTeammate] = submit(db, teammate, [entryFor(done)]).revealIds as [string];
    await revealNow(app, [doneByTeammate]);
    const [runningByTeammate] = submit(db, teammate, [entryFor(running)]).revealIds as [string];
    expect(revealRow(db, runningByTeammate).state).toBe("queued");

    expect(decideBatch(db, { batchId: held.batchId, actorId: manager.id, decision: "approve" })).toEqual({ queued: 1, cached: 1, attached: 1, cancelled: 0 });
    const [sdrDone, sdrRunning, sdrNew] = held.revealIds.map((id) => revealRow(db, id));
    expect(sdrDone).toMatchObject({ state: "cached", sourceRevealId: doneByTeammate, completedAt: expect.any(Date) });
    expect(sdrRunning).toMatchObject({ state: "cached", sourceRevealId: runningByTeammate, completedAt: null });
    expect(sdrNew).toMatchObject({ state: "queued", sourceRevealId: null });

    expect((await app.dispatchAll()).length).toBe(2); // the teammate's running reveal and the one new person
    await revealNow(app, [runningByTeammate, sdrNew!.id]);
    expect([done, running, untouched].map((url) => sandboxRequestCount(db, url))).toEqual([1, 1, 1]);
    expect(ledgerRows(db).map((row) => row.userId)).toEqual([teammate.id, teammate.id]);
  });
});

describe("what a budget has left", () => {
  it("counts the worst case of open reveals as reserved, then what was actually spent", async () => {
    const { db } = app;
    const [manager, sdr] = [app.createUser("manager"), app.createUser("sdr")];
    setBudget(db, manager.id, monthly(sdr.id), 50);
    const first = submit(db, sdr, [entryFor(profileUrl("reserve-a", { found: true })), entryFor(profileUrl("reserve-b", { found: true }))]);
    expect(first).toMatchObject({ queued: 2, held: 0, approvalReason: null });
    expect(budgetStatus(db, sdr.id).find((line) => line.scope === "user_month")).toMatchObject({ cap: 50, spent: 0, reserved: 40, left: 10 });
    // Without a team cap there is nothing to reserve against; with one, the whole team's open reveals count.
    expect(budgetStatus(db, manager.id).find((line) => line.scope === "team_month")).toMatchObject({ cap: null, reserved: 0, left: null });
    setBudget(db, manager.id, { subject: TEAM, period: "month" }, 1_000);
    expect(budgetStatus(db, manager.id).find((line) => line.scope === "team_month")).toMatchObject({ cap: 1_000, reserved: 40, left: 960 });

    const second = submit(db, sdr, [entryFor(profileUrl("reserve-c", { found: true }))]);
    expect(second).toMatchObject({ queued: 0, held: 1 });
    expect(second.approvalReason).toContain("has 10 left (50 cap − 0 spent − 40 reserved for reveals still running)");
    // Held reveals wait for a decision: they reserve nothing.
    expect(budgetStatus(db, sdr.id)[1]).toMatchObject({ reserved: 40 });
    // The Budgets page discounts the same reservations, per person and for the team.
    const page = listBudgets(db);
    expect(page.find((row) => row.subject === sdr.id)).toMatchObject({ spentThisMonth: 0, reserved: 40, monthlyCap: 50 });
    expect(page.find((row) => row.subject === manager.id)).toMatchObject({ reserved: 0 });
    expect(page.find((row) => row.subject === TEAM)).toMatchObject({ reserved: 40 });

    await revealNow(app, first.revealIds);
    const spent = sumCredits(ledgerRows(db));
    expect(spent).toBeGreaterThan(0);
    expect(budgetStatus(db, sdr.id)[1]).toMatchObject({ spent, reserved: 0, left: 50 - spent });
    expect(listBudgets(db).find((row) => row.subject === sdr.id)).toMatchObject({ spentThisMonth: spent, reserved: 0 });
    setBudget(db, manager.id, monthly(sdr.id), spent + WORST_PER_REVEAL - 1);
    expect(submit(db, sdr, [entryFor(profileUrl("reserve-d", { found: true }))])).toMatchObject({ held: 1, approvalReason: expect.stringContaining(`${spent} spent`) });
    setBudget(db, manager.id, monthly(sdr.id), spent + WORST_PER_REVEAL);
    expect(submit(db, sdr, [entryFor(profileUrl("reserve-e", { found: true }))])).toMatchObject({ held: 0, queued: 1 });
  });

  it("counts only today's spend against a daily cap and this month's against a monthly one, and the team's together", async () => {
    const { db } = app;
    const [manager, sdr, other] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    const now = Date.now();
    await revealByTrack(app, sdr, [trackOnlyUrl("period-last-month", true)], new Date(now - 40 * DAY_MS));
    await revealByTrack(app, sdr, [trackOnlyUrl("period-yesterday", true)], new Date(now - DAY_MS));
    const [lastMonth, yesterday] = ledgerRows(db);
    const sameMonth = new Date(now - DAY_MS).getUTCMonth() === new Date(now).getUTCMonth();
    const spentThisMonth = sameMonth ? yesterday!.amount : 0;

    const lines = budgetStatus(db, sdr.id, new Date(now));
    expect(lines.map((line) => [line.scope, line.spent])).toEqual([["user_day", 0], ["user_month", spentThisMonth], ["team_month", spentThisMonth]]);
    expect(lastMonth!.amount).toBeGreaterThan(0);
    expect(listBudgets(db, new Date(now)).find((row) => row.subject === sdr.id)).toMatchObject({ spentToday: 0, spentThisMonth });

    setBudget(db, manager.id, { subject: TEAM, period: "month" }, spentThisMonth + WORST_PER_REVEAL - 1);
    const blocked = submit(db, other, [entryFor(profileUrl("period-team", { found: true }))], { now: new Date(now) });
    expect(blocked).toMatchObject({ held: 1, approvalReason: expect.stringContaining("the team's monthly budget") });
    expect(() => setBudget(db, manager.id, { subject: TEAM, period: "day" }, 10)).toThrow(expect.objectContaining({ code: "bad_request" }));
  });
});

describe("setBudget", () => {
  it("audits each change with before and after, and nothing for a no-op", () => {
    const { db } = app;
    const [manager, sdr] = [app.createUser("manager"), app.createUser("sdr")];
    const at = (minute: number) => new Date(Date.now() + minute * 60_000);
    setBudget(db, manager.id, monthly(sdr.id), 50, at(0));
    setBudget(db, manager.id, monthly(sdr.id), 50, at(1));
    setBudget(db, manager.id, monthly(sdr.id), 80, at(2));
    setBudget(db, manager.id, { subject: sdr.id, period: "day" }, 5, at(3));
    setBudget(db, manager.id, monthly(sdr.id), null, at(4));
    expect(auditRows().map((row) => [row.action, row.subject, row.detail])).toEqual([
      ["budget.set", `${sdr.id}:month`, { subject: sdr.id, period: "month", before: null, after: 50 }],
      ["budget.set", `${sdr.id}:month`, { subject: sdr.id, period: "month", before: 50, after: 80 }],
      ["budget.set", `${sdr.id}:day`, { subject: sdr.id, period: "day", before: null, after: 5 }],
      ["budget.cleared", `${sdr.id}:month`, { subject: sdr.id, period: "month", before: 80, after: null }],
    ]);
    expect(listBudgets(db).find((row) => row.subject === sdr.id)).toMatchObject({ dailyCap: 5, monthlyCap: null });
    expect(listAudit(db, { limit: 1 }).entries).toEqual([expect.objectContaining({ action: "budget.cleared", summary: `Monthly budget of ${sdr.name}: 80 credits → no cap` })]);
  });
});
