import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { batches, reveals } from "@/db/schema";
import { NOT_YET_DUE, recoverBatchCreation } from "@/lib/reveals/big-batch-lifecycle";
import { bulkStatements } from "@/lib/reveals/bulk-statements";
import { insertBatchRow, insertPeople } from "@/lib/reveals/create-batch";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { finishInterruptedStops } from "@/lib/reveals/finish-stops";
import { getBatchView } from "@/lib/reveals/get-batch";
import { MAY_HAVE_ARRIVED } from "@/lib/reveals/may-have-arrived";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { startRevealWorkers } from "@/lib/reveals/workers";
import { listAudit } from "@/lib/credits/audit";
import { revealRow } from "../support/inspect";
import { entryFor, foundUrls, sandboxRequestTotal, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const batchRow = (batchId: string) => app.db.select().from(batches).where(eq(batches.id, batchId)).get();

describe("a stop the server's end cut short", () => {
  it("is finished at the next start: a batch shown as stopped sends nothing more, and a teammate attached gets their own", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const urls = foundUrls("cut-stop", 4);
    const mine = submit(app.db, sam, urls.map((url) => entryFor(url)));
    await dispatchNext(app.db, app.deps);
    const theirs = submit(app.db, jordan, [entryFor(urls[3]!)]);
    expect(theirs).toMatchObject({ attached: 1 });
    // What stopBatch writes before its first step, and nothing after: the process ended there.
    app.db.update(batches).set({ stoppedBy: sam.id, stoppedAt: new Date(), stopping: true }).where(eq(batches.id, mine.batchId)).run();
    expect(getBatchView(app.db, mine.batchId, sam).stopped).toMatchObject({ by: sam.name });

    expect(finishInterruptedStops(app.db)).toBe(1);
    expect(mine.revealIds.slice(1).map((id) => [revealRow(app.db, id).state, revealRow(app.db, id).errorMessage])).toEqual(
      Array.from({ length: 3 }, () => ["cancelled", `Stopped by ${sam.name} before it was sent: nothing charged.`]),
    );
    expect(revealRow(app.db, theirs.revealIds[0]!)).toMatchObject({ state: "queued", sourceRevealId: null, requestedBy: jordan.id });
    expect(batchRow(mine.batchId)).toMatchObject({ stopping: false });
    expect(finishInterruptedStops(app.db)).toBe(0);
    expect(listAudit(app.db).entries.map((entry) => [entry.actor, entry.summary])).toEqual([
      [sam.name, `Stopped their own batch "Pasted list": 3 not sent, nothing charged for them (finished when the server started again)`],
    ]);

    // Only Jordan's own reveal of the fourth person is sent: one request each for the first and the fourth.
    await app.dispatchAll();
    expect(sandboxRequestTotal(app.db)).toBe(2);
  });

  it("is marked while its steps run, and not left behind by a stop that ran to the end", async () => {
    const sdr = app.createUser("sdr");
    const { batchId } = app.createBatchFor(sdr, foundUrls("whole-stop", 3));
    const stopping = stopBatch(app.db, batchId, sdr);
    // Between two steps (the event loop's turn the stop gives other requests), a crash would leave this mark behind.
    expect(batchRow(batchId)).toMatchObject({ stopping: true, stoppedAt: expect.any(Date) });
    await stopping;
    expect(batchRow(batchId)).toMatchObject({ stopping: false, stoppedAt: expect.any(Date) });
    expect(finishInterruptedStops(app.db)).toBe(0);
  });

  it("sends nothing while it is marked; its end, at the next start, leaves a retry that may have reached Clodura to its webhook", async () => {
    const sdr = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sdr, foundUrls("marked-stop", 3));
    app.db.update(reveals).set({ attempts: 1, errorCode: MAY_HAVE_ARRIVED }).where(eq(reveals.id, revealIds[0]!)).run();
    // A retry Clodura refused (a 503) never reached it: the stop cancels it like the unsent one.
    app.db.update(reveals).set({ attempts: 1, errorCode: "clodura_503" }).where(eq(reveals.id, revealIds[1]!)).run();
    app.db.update(batches).set({ stoppedBy: sdr.id, stoppedAt: new Date(), stopping: true }).where(eq(batches.id, batchId)).run();
    expect(await app.dispatchAll()).toEqual([]);
    expect(finishInterruptedStops(app.db)).toBe(1);
    expect(revealIds.map((id) => revealRow(app.db, id).state)).toEqual(["awaiting", "cancelled", "cancelled"]);
    expect(revealRow(app.db, revealIds[0]!)).toMatchObject({ trackingId: null, errorCode: MAY_HAVE_ARRIVED, errorMessage: expect.stringContaining("not sent again") });
    expect(sandboxRequestTotal(app.db)).toBe(0);
  });

  it("is finished by the server's start before its dispatcher sends anything", async () => {
    const sdr = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sdr, foundUrls("start-stop", 2));
    app.db.update(batches).set({ stoppedBy: sdr.id, stoppedAt: new Date(), stopping: true }).where(eq(batches.id, batchId)).run();
    const stopWorkers = startRevealWorkers(app.db, { client: app.deps.client, publicUrl: app.deps.publicUrl });
    stopWorkers();
    expect(revealIds.map((id) => revealRow(app.db, id).state)).toEqual(["cancelled", "cancelled"]);
    expect(sandboxRequestTotal(app.db)).toBe(0);
  });
});

describe("a batch the server's end left half-written", () => {
  it("is removed at the next start at once, not ten minutes later, so it never passes for people in flight", () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const person = "https://www.linkedin.com/in/half-written/";
    const startedAt = Date.now() - 60_000;
    const input = { requestedBy: sam.id, source: "csv" as const, viaPartners: true, entries: [] };
    const halfWritten = insertBatchRow(app.db, input, 2, new Date(startedAt), true);
    const chunk = { batchId: halfWritten, input, people: [entryFor(person)], at: startedAt, dueAt: NOT_YET_DUE };
    app.db.transaction(() => insertPeople(app.db, bulkStatements(app.db), chunk, { queued: 0, cached: 0, attached: 0 }));
    const theirs = submit(app.db, jordan, [entryFor(person)]);
    expect(theirs).toMatchObject({ attached: 1 });

    // While the server runs, a batch written a minute ago may still be being written.
    expect(recoverBatchCreation(app.db)).toBe(0);
    expect(recoverBatchCreation(app.db, Date.now(), { atStart: true })).toBe(1);
    expect(batchRow(halfWritten)).toBeUndefined();
    expect(revealRow(app.db, theirs.revealIds[0]!)).toMatchObject({ state: "queued", sourceRevealId: null });
  });
});
