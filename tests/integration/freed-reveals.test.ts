import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setBudget } from "@/lib/credits/budgets";
import { getBatchView } from "@/lib/reveals/get-batch";
import { listPendingApprovals } from "@/lib/reveals/list-approvals";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { revealRow } from "../support/inspect";
import { entryFor, profileUrl, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("people freed from a teammate's stopped reveal", () => {
  it("never wait on a reveal another list holds for approval: the next list's row gets its own", async () => {
    const [admin, sam, jordan, morgan] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const person = profileUrl("freed-held-first", { found: true });
    const sams = submit(app.db, sam, [entryFor(person)]);
    setBudget(app.db, admin.id, { subject: jordan.id, period: "day" }, 1);
    const [jordansRow] = submit(app.db, jordan, [entryFor(person)]).revealIds as [string];
    const morgans = submit(app.db, morgan, [entryFor(person)]);
    expect(morgans).toMatchObject({ attached: 1 });

    await stopBatch(app.db, sams.batchId, sam);
    expect(revealRow(app.db, jordansRow)).toMatchObject({ state: "held", sourceRevealId: null });
    expect(revealRow(app.db, morgans.revealIds[0]!)).toMatchObject({ state: "queued", sourceRevealId: null });
    expect(getBatchView(app.db, morgans.batchId, morgan).approval.state).toBe("none");
    expect(await app.dispatchAll()).toEqual(["sent"]);
  });

  it("held with a list already waiting for approval, raise the worst case its approver is shown", async () => {
    const [sam, jordan, manager] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const shared = profileUrl("freed-into-pending", { found: true });
    const sams = submit(app.db, sam, [entryFor(shared)]);
    setBudget(app.db, manager.id, { subject: jordan.id, period: "month" }, 5);
    const jordans = submit(app.db, jordan, [entryFor(shared), entryFor(profileUrl("own-pending", { found: true }))]);
    expect(jordans).toMatchObject({ attached: 1, held: 1 });
    const perReveal = jordans.worstCase;

    // Sam stops: Jordan's attached row becomes a reveal of Jordan's own, held with the rest of the waiting list.
    await stopBatch(app.db, sams.batchId, sam);
    const waiting = listPendingApprovals(app.db).find((row) => row.batchId === jordans.batchId)!;
    expect(waiting).toMatchObject({ held: 2, worstCase: 2 * perReveal });
    expect(waiting.expected).toBeGreaterThan(jordans.expected);
  });
});
