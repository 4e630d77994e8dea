import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reveals, users } from "@/db/schema";
import { changeMember } from "@/lib/auth/team";
import { listAudit } from "@/lib/credits/audit";
import { setBudget } from "@/lib/credits/budgets";
import { listBudgets } from "@/lib/credits/list-budgets";
import { claimNextQueued } from "@/lib/reveals/claim";
import { createAnyBatch, ONE_TRANSACTION_UP_TO } from "@/lib/reveals/create-big-batch";
import { decideBatch } from "@/lib/reveals/decide-batch";
import { listPendingApprovals } from "@/lib/reveals/list-approvals";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { revealRow } from "../support/inspect";
import { entryFor, foundUrls, profileUrl, sandboxRequestTotal, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("a person an admin disables", () => {
  it("sends nothing more in their name: a list still sending stops, and what was sent before is still shown on Budgets", async () => {
    const [admin, sdr] = [app.createUser("admin"), app.createUser("sdr")];
    const [sent] = submit(app.db, sdr, [entryFor("https://www.linkedin.com/in/disabled-sent-sandbox-no-webhook/")]).revealIds as [string];
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const queued = submit(app.db, sdr, foundUrls("disabled-queued", 3).map((url) => entryFor(url)));

    await changeMember(app.db, admin, sdr.id, { disabled: true });
    expect(queued.revealIds.map((id) => revealRow(app.db, id)).map((row) => [row.state, row.errorMessage])).toEqual(
      queued.revealIds.map(() => ["cancelled", `Stopped by ${admin.name} before it was sent: nothing charged.`]),
    );
    expect(await app.dispatchAll()).toEqual([]);
    expect(sandboxRequestTotal(app.db)).toBe(1);
    // The one sent before may still be charged to them: they stay on Budgets with it reserved.
    expect(revealRow(app.db, sent).state).toBe("awaiting");
    const [team, ...people] = listBudgets(app.db);
    // Marked, as on Team: the row is not a person who can still send.
    expect(people.find((row) => row.subject === sdr.id)).toMatchObject({ reserved: team!.reserved, disabled: true });
    expect([team, ...people].filter((row) => row!.disabled).map((row) => row!.subject)).toEqual([sdr.id]);
    expect(team!.reserved).toBeGreaterThan(0);
  });

  it("declines their lists waiting for approval, and an approval that races the disabling is refused", async () => {
    const [admin, manager, sdr, sdr2] = [app.createUser("admin"), app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    setBudget(app.db, manager.id, { subject: sdr.id, period: "month" }, 10);
    const held = submit(app.db, sdr, [entryFor(profileUrl("disabled-held", { found: true }))]);
    expect(held.approvalReason).not.toBeNull();

    await changeMember(app.db, admin, sdr.id, { disabled: true });
    expect(revealRow(app.db, held.revealIds[0]!).state).toBe("cancelled");
    expect(listPendingApprovals(app.db)).toEqual([]);
    expect(listAudit(app.db, { limit: 1 }).entries[0]).toMatchObject({ action: "batch.rejected", summary: expect.stringContaining(`${sdr.name}'s account was disabled`) });

    // A list held in the moment the account is disabled: the manager cannot send it in their name.
    setBudget(app.db, manager.id, { subject: sdr2.id, period: "month" }, 10);
    const racing = submit(app.db, sdr2, [entryFor(profileUrl("disabled-racing", { found: true }))]);
    app.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, sdr2.id)).run();
    expect(() => decideBatch(app.db, { batchId: racing.batchId, actorId: manager.id, decision: "approve" })).toThrow(
      `${sdr2.name}'s account is disabled, so their list is not sent: reject it, or enable ${sdr2.name} on Team first.`,
    );
    expect(decideBatch(app.db, { batchId: racing.batchId, actorId: manager.id, decision: "reject" })).toMatchObject({ cancelled: 1 });
    expect(sandboxRequestTotal(app.db)).toBe(0);
  });


  it("gets no new reveal when a teammate's reveal their row waited on is stopped later", async () => {
    const [admin, sam, leaver] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr")];
    const [person] = foundUrls("disabled-attached", 1) as [string];
    const sams = submit(app.db, sam, [entryFor(person)]);
    const [attached] = submit(app.db, leaver, [entryFor(person)]).revealIds as [string];
    await changeMember(app.db, admin, leaver.id, { disabled: true });
    expect(revealRow(app.db, attached).state).toBe("cached");

    await stopBatch(app.db, sams.batchId, sam);
    expect(revealRow(app.db, attached)).toMatchObject({ state: "cancelled", sourceRevealId: null });
    expect(await app.dispatchAll()).toEqual([]);
    expect(sandboxRequestTotal(app.db)).toBe(0);
  });

  it("stops every list of theirs at once: nothing is sent from one while another is stopped, and one held for freed people leaves Approvals", async () => {
    const [admin, manager, sam, jordan] = [app.createUser("admin"), app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    const [shared, first, ...own] = foundUrls("disabled-pending", 5) as [string, string, ...string[]];
    setBudget(app.db, manager.id, { subject: jordan.id, period: "day" }, 90);
    submit(app.db, jordan, [entryFor(first)]);
    const mine = submit(app.db, sam, [entryFor(shared)]);
    const running = submit(app.db, jordan, [entryFor(shared), ...own.map((url) => entryFor(url))]);
    await stopBatch(app.db, mine.batchId, sam);
    expect(listPendingApprovals(app.db)).toEqual([expect.objectContaining({ batchId: running.batchId, held: 1 })]);

    const disabling = changeMember(app.db, admin, jordan.id, { disabled: true });
    // The dispatcher's turn while the first list's stop gives way: nothing of theirs is sent.
    expect(claimNextQueued(app.db, "test", Date.now(), 60_000)).toBeNull();
    await disabling;
    expect(listPendingApprovals(app.db)).toEqual([]);
    expect(await app.dispatchAll()).toEqual([]);
  });

  it("refuses a big list whose owner is disabled while it is written, and keeps nothing of it", async () => {
    const [admin, leaver] = [app.createUser("admin"), app.createUser("sdr")];
    const entries = Array.from({ length: ONE_TRANSACTION_UP_TO + 10 }, (_, i) => entryFor(`https://www.linkedin.com/in/disabled-big-${i}/`));
    const creating = createAnyBatch(app.db, { requestedBy: leaver.id, source: "csv", viaPartners: true, fileName: "big.csv", entries }, new Date(), 1_000);
    await changeMember(app.db, admin, leaver.id, { disabled: true });
    await expect(creating).rejects.toThrow("Your account was disabled while this list was being saved: nothing was sent.");
    expect(app.db.select().from(reveals).where(eq(reveals.requestedBy, leaver.id)).all()).toEqual([]);
    expect(claimNextQueued(app.db, "test", Date.now(), 60_000)).toBeNull();
  });
});

describe("an admin's own row on Team", () => {
  it("does not reset their own password (it would sign them out before they could read the new one)", async () => {
    const admin = app.createUser("admin");
    await expect(changeMember(app.db, admin, admin.id, { resetPassword: true })).rejects.toThrow("Change your own password on Your account");
  });
});
