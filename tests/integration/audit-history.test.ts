import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listAudit, recordAudit } from "@/lib/credits/audit";
import { pauseQueue } from "@/lib/reveals/queue-pause";
import { renameBatch } from "@/lib/reveals/rename-batch";
import { resumeSending } from "@/lib/reveals/resume-sending";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { foundUrls } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const renameBatchTo = (batchId: string, name: string) => renameBatch(app.db, batchId, app.createUser("admin"), name);

describe("the audit history, a page at a time", () => {
  it("pages newest first with no entry lost or repeated, across entries made in the same millisecond", () => {
    const admin = app.createUser("admin");
    const base = Date.parse("2026-11-26T12:00:00.000Z");
    // 120 entries over 40 milliseconds: three share each millisecond, so pages end in the middle of a tie.
    for (let index = 0; index < 120; index += 1) {
      recordAudit(app.db, { actorId: admin.id, action: "settings.changed", subject: "pricing", summary: `change ${index}`, detail: {}, at: new Date(base + Math.floor(index / 3)) });
    }
    const first = listAudit(app.db);
    const second = listAudit(app.db, { before: first.next! });
    const third = listAudit(app.db, { before: second.next! });
    expect([first.entries.length, second.entries.length, third.entries.length]).toEqual([50, 50, 20]);
    expect(third.next).toBeNull();
    const summaries = [...first.entries, ...second.entries, ...third.entries].map((entry) => entry.summary);
    expect(summaries).toEqual(Array.from({ length: 120 }, (_, index) => `change ${119 - index}`));
  });

  it("has no next page when the history fits in one", () => {
    const admin = app.createUser("admin");
    recordAudit(app.db, { actorId: admin.id, action: "settings.changed", subject: "pricing", summary: "only", detail: {}, at: new Date() });
    expect(listAudit(app.db)).toEqual({ entries: [expect.objectContaining({ summary: "only" })], next: null });
    expect(listAudit(app.db, { limit: 1 }).next).toBeNull();
  });

  it("leaves out changes to the team for a manager, page after page, and keeps them for an admin", () => {
    const admin = app.createUser("admin");
    const base = Date.parse("2026-11-26T12:00:00.000Z");
    for (let index = 0; index < 6; index += 1) {
      const action = index % 2 === 0 ? "user.changed" : "budget.set";
      recordAudit(app.db, { actorId: admin.id, action, subject: "x", summary: `${action} ${index}`, detail: {}, at: new Date(base + index) });
    }
    const first = listAudit(app.db, { limit: 2, teamChanges: false });
    const second = listAudit(app.db, { limit: 2, before: first.next!, teamChanges: false });
    expect([...first.entries, ...second.entries].map((entry) => entry.summary)).toEqual(["budget.set 5", "budget.set 3", "budget.set 1"]);
    expect(second.next).toBeNull();
    expect(listAudit(app.db).entries.map((entry) => entry.summary)).toHaveLength(6);
  });

  it("keeps who stopped a list and who resumed sending, with why it was paused and for how long", async () => {
    const [sam, manager, admin] = [app.createUser("sdr"), app.createUser("manager"), app.createUser("admin")];
    const { batchId } = app.createBatchFor(sam, foundUrls("audited-stop", 3));
    renameBatchTo(batchId, "Expo leads");
    await stopBatch(app.db, batchId, manager);
    pauseQueue(app.db, { kind: "pause", status: 402, message: "Clodura says the credits are exhausted (HTTP 402)." }, Date.now() - 75 * 60_000);
    await resumeSending(app.db, app.deps.client, { sandboxMode: true, by: admin });
    expect(listAudit(app.db, { teamChanges: false }).entries.map((entry) => [entry.actor, entry.action, entry.summary])).toEqual([
      [admin.name, "queue.resumed", 'Resumed sending to Clodura after 1 h 15 min paused: "Clodura says the credits are exhausted (HTTP 402)."'],
      [manager.name, "batch.stopped", `Stopped ${sam.name}'s batch "Expo leads": 3 not sent, nothing charged for them`],
    ]);
    // Resuming what was not paused records nothing.
    await resumeSending(app.db, app.deps.client, { sandboxMode: true, by: admin });
    expect(listAudit(app.db).entries).toHaveLength(2);
  });
});

