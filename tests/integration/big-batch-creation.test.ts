import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { batches, contacts, reveals } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { setBudget } from "@/lib/credits/budgets";
import { NOT_YET_DUE, recoverBatchCreation } from "@/lib/reveals/big-batch-lifecycle";
import { bulkStatements } from "@/lib/reveals/bulk-statements";
import { claimNextQueued } from "@/lib/reveals/claim";
import { insertBatchRow, insertPeople, type BatchEntry } from "@/lib/reveals/create-batch";
import { createAnyBatch, ONE_TRANSACTION_UP_TO } from "@/lib/reveals/create-big-batch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { listPendingApprovals } from "@/lib/reveals/list-approvals";
import { listBatches } from "@/lib/reveals/list-batches";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { updateRevealSettings } from "@/lib/settings/reveal-settings";
import { revealByTrack, trackOnlyUrl } from "../support/credit-flow";
import { revealRow } from "../support/inspect";
import { DAY_MS, entryFor, submit } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const PEOPLE = ONE_TRANSACTION_UP_TO + 500;
const CHUNK = 1_000;
const url = (i: number) => `https://www.linkedin.com/in/big-${i}/`;
const people = (n = PEOPLE): BatchEntry[] => Array.from({ length: n }, (_, i) => entryFor(url(i)));
const count = (table: typeof batches | typeof reveals | typeof contacts) => Number(app.db.select({ n: sql<number>`count(*)` }).from(table).get()?.n);
const batchRow = (batchId: string) => app.db.select().from(batches).where(eq(batches.id, batchId)).get();
/** The batch createAnyBatch is writing: the only one still `creating`. */
const creatingBatch = () => app.db.select().from(batches).where(eq(batches.creating, true)).get()!;
const revealOf = (batchId: string, linkedinUrl: string) =>
  app.db
    .select({ id: reveals.id, state: reveals.state, sourceRevealId: reveals.sourceRevealId, nextAttemptAt: reveals.nextAttemptAt })
    .from(reveals)
    .innerJoin(contacts, eq(contacts.id, reveals.contactId))
    .where(sql`${reveals.batchId} = ${batchId} and ${contacts.linkedinUrl} = ${linkedinUrl}`)
    .get()!;
/** Reveals of this person that will each make a Clodura request: queued, not answered by another. */
const ownRequests = (linkedinUrl: string) =>
  Number(
    app.db
      .select({ n: sql<number>`count(*)` })
      .from(reveals)
      .innerJoin(contacts, eq(contacts.id, reveals.contactId))
      .where(sql`${contacts.linkedinUrl} = ${linkedinUrl} and ${reveals.state} = 'queued' and ${reveals.sourceRevealId} is null`)
      .get()?.n,
  );
const inState = (batchId: string, state: string) => Number(app.db.select({ n: sql<number>`count(*)` }).from(reveals).where(sql`${reveals.batchId} = ${batchId} and ${reveals.state} = ${state}`).get()?.n);
const notYetDue = () => Number(app.db.select({ n: sql<number>`count(*)` }).from(reveals).where(eq(reveals.nextAttemptAt, new Date(NOT_YET_DUE))).get()?.n);
const startBig = (sdr: SessionUser, entries = people()) =>
  createAnyBatch(app.db, { requestedBy: sdr.id, source: "csv", viaPartners: true, fileName: "big.csv", entries }, new Date(), CHUNK);

describe("a big batch is written in chunks", () => {
  it("stays hidden and not due until its last chunk is in, then is listed and released to the dispatcher", async () => {
    const sdr = app.createUser("sdr");
    const writing = startBig(sdr);
    const batch = creatingBatch();
    expect(count(reveals)).toBe(CHUNK); // the first chunk, before the first pause
    expect(listBatches(app.db, sdr)).toEqual([]);
    expect(() => getBatchView(app.db, batch.id, sdr)).toThrow("does not exist");
    expect(claimNextQueued(app.db, "test", Date.now(), 60_000)).toBeNull();

    const created = await writing;
    expect(created).toMatchObject({ batchId: batch.id, total: PEOPLE, queued: PEOPLE, cached: 0, attached: 0, held: 0 });
    expect(batchRow(batch.id)).toMatchObject({ creating: false, total: PEOPLE });
    expect(listBatches(app.db, sdr).map((listed) => listed.id)).toEqual([batch.id]);
    await waitFor(() => notYetDue() === 0, 5_000, "the release");
    expect(claimNextQueued(app.db, "test", Date.now(), 60_000)).toMatchObject({ id: revealOf(batch.id, url(0)).id });
  });

  it("reveals a person once when a teammate sends them meanwhile, whether their chunk is written yet or not", async () => {
    const [sdr, teammate] = [app.createUser("sdr"), app.createUser("sdr")];
    const writing = startBig(sdr);
    const batch = creatingBatch();
    const written = url(10);
    const notYet = url(PEOPLE - 1);
    const paste = submit(app.db, teammate, [entryFor(written), entryFor(notYet)]);
    await writing;

    expect(revealOf(paste.batchId, written)).toMatchObject({ state: "cached", sourceRevealId: revealOf(batch.id, written).id });
    expect(revealOf(batch.id, notYet)).toMatchObject({ state: "cached", sourceRevealId: revealOf(paste.batchId, notYet).id });
    expect([ownRequests(written), ownRequests(notYet)]).toEqual([1, 1]);
  });

  it("removes everything it wrote when a chunk fails; a teammate who attached meanwhile gets a reveal of their own", async () => {
    const [sdr, teammate] = [app.createUser("sdr"), app.createUser("sdr")];
    app.db.$client.exec(`CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON main.contacts WHEN NEW.key = 'li:${url(3_500)}'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const before = { batches: count(batches), reveals: count(reveals), contacts: count(contacts) };
    const writing = startBig(sdr);
    const paste = submit(app.db, teammate, [entryFor(url(10))]);
    expect(revealOf(paste.batchId, url(10)).state).toBe("cached");

    await expect(writing).rejects.toThrow("refused by the test");
    // Only the teammate's batch, their reveal and the one contact it uses remain.
    expect({ batches: count(batches), reveals: count(reveals), contacts: count(contacts) }).toEqual({
      batches: before.batches + 1,
      reveals: before.reveals + 1,
      contacts: before.contacts + 1,
    });
    expect(revealOf(paste.batchId, url(10))).toMatchObject({ state: "queued", sourceRevealId: null });
    expect(ownRequests(url(10))).toBe(1);
  });

  it("holds the new reveals when over budget, and a teammate who attached meanwhile gets a reveal of their own", async () => {
    const [manager, sdr, teammate] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    setBudget(app.db, manager.id, { subject: sdr.id, period: "month" }, 100);
    const writing = startBig(sdr);
    const batch = creatingBatch();
    const paste = submit(app.db, teammate, [entryFor(url(10))]);
    expect(listPendingApprovals(app.db)).toEqual([]);

    const created = await writing;
    expect(created).toMatchObject({ queued: 0, held: PEOPLE, approvalReason: expect.stringContaining("monthly budget has 100 left") });
    expect(batchRow(batch.id)).toMatchObject({ creating: false, approval: "pending" });
    expect(listPendingApprovals(app.db)).toEqual([expect.objectContaining({ batchId: batch.id, held: PEOPLE })]);
    expect(revealOf(paste.batchId, url(10))).toMatchObject({ state: "queued", sourceRevealId: null });
    expect(claimNextQueued(app.db, "test", Date.now(), 60_000)).toMatchObject({ id: revealOf(paste.batchId, url(10)).id });
  });
});

describe("a freshness window widened while a big list is written", () => {
  it("answers free, once the list is in, the people of it the wider window covers (the widening left the list alone)", async () => {
    const [admin, ana, sdr] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr")];
    const old = trackOnlyUrl("big-widened", true);
    const [anasReveal] = (await revealByTrack(app, ana, [old], new Date(Date.now() - 100 * DAY_MS))).revealIds as [string];
    // 100 days old, outside the 90-day window: the list's first chunk queues the person to be paid for again.
    const writing = startBig(sdr, [entryFor(old), ...people()]);
    const batch = creatingBatch();
    await updateRevealSettings(app.db, admin.id, { freshnessDays: 365, rateLimitPerSecond: 5, sendsPerMinute: 0, sendsPerDay: 0, reconcileAfterSeconds: 60, balanceCheckMinutes: 10 });
    expect(batchRow(batch.id)?.creating).toBe(true);
    expect(inState(batch.id, "queued")).toBe(CHUNK);

    expect(await writing).toMatchObject({ queued: PEOPLE, cached: 1 });
    expect(inState(batch.id, "cached")).toBe(1);
    expect(app.db.select({ source: reveals.sourceRevealId }).from(reveals).where(sql`${reveals.batchId} = ${batch.id} and ${reveals.state} = 'cached'`).get()).toEqual({ source: anasReveal });
  });
});

describe("a person freed while a big list is written", () => {
  it("counts against the budget with the list's other new reveals", async () => {
    const [manager, sdr, teammate] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    // Room for every new reveal of the list (20 credits each at worst) but the first person's, who a teammate sends.
    setBudget(app.db, manager.id, { subject: sdr.id, period: "month" }, (PEOPLE - 1) * 20 + 10);
    const paste = submit(app.db, teammate, [entryFor(url(0))]);
    const writing = startBig(sdr);
    expect(revealOf(creatingBatch().id, url(0))).toMatchObject({ state: "cached", sourceRevealId: paste.revealIds[0] });
    // The teammate stops before it is sent: the list's first person is now a new reveal of its own.
    await stopBatch(app.db, paste.batchId, teammate);

    const created = await writing;
    expect(created).toMatchObject({ queued: 0, attached: 0, held: PEOPLE, approvalReason: expect.stringContaining("monthly budget") });
  });
});

describe("two big lists of one SDR written at the same time", () => {
  it("are checked against the budget as they finish, each counting the other as reserved: together they cannot overrun it", async () => {
    const [manager, sdr] = [app.createUser("manager"), app.createUser("sdr")];
    const second = Array.from({ length: PEOPLE }, (_, i) => entryFor(`https://www.linkedin.com/in/big-second-${i}/`));
    // Each list alone fits (its worst case is PEOPLE × 20 credits); the two together do not.
    setBudget(app.db, manager.id, { subject: sdr.id, period: "month" }, Math.round(PEOPLE * 20 * 1.5));
    const [a, b] = await Promise.all([startBig(sdr), startBig(sdr, second)]);
    expect([a.approvalReason === null, b.approvalReason === null].sort()).toEqual([false, true]);
    expect(a.queued + b.queued).toBe(PEOPLE);
    expect(a.held + b.held).toBe(PEOPLE);
  });
});

describe("recoverBatchCreation", () => {
  it("gives a reveal attached to a removed batch one of its own, not yet due when its batch is still being written", () => {
    const sdr = app.createUser("sdr");
    const person = "https://www.linkedin.com/in/both-big/";
    const write = (startedAt: number) => {
      const input = { requestedBy: sdr.id, source: "csv" as const, viaPartners: true, entries: [] };
      const batchId = insertBatchRow(app.db, input, 1, new Date(startedAt), true);
      const chunk = { batchId, input, people: [entryFor(person)], at: startedAt, dueAt: NOT_YET_DUE };
      app.db.transaction(() => insertPeople(app.db, bulkStatements(app.db), chunk, { queued: 0, cached: 0, attached: 0 }));
      return batchId;
    };
    const now = Date.now();
    const stopped = write(now - 11 * 60_000);
    const stillWriting = write(now);
    expect(revealOf(stillWriting, person)).toMatchObject({ state: "cached", sourceRevealId: revealOf(stopped, person).id });

    expect(recoverBatchCreation(app.db, now)).toBe(1);
    expect(revealOf(stillWriting, person)).toMatchObject({ state: "queued", sourceRevealId: null, nextAttemptAt: new Date(NOT_YET_DUE) });
    expect(ownRequests(person)).toBe(1);
  });

  it("removes a batch a stopped process left half-written after ten minutes, and makes due the reveals a cut-short release left", async () => {
    const [sdr, teammate] = [app.createUser("sdr"), app.createUser("sdr")];
    const now = Date.now();
    const leftBehind = (startedAt: number, prefix: string) => {
      const input = { requestedBy: sdr.id, source: "csv" as const, viaPartners: true, entries: [] };
      const batchId = insertBatchRow(app.db, input, 2, new Date(startedAt), true);
      const counts = { queued: 0, cached: 0, attached: 0 };
      const chunk = { batchId, input, people: [entryFor(`https://www.linkedin.com/in/${prefix}-a/`), entryFor(`https://www.linkedin.com/in/${prefix}-b/`)], at: startedAt, dueAt: NOT_YET_DUE };
      app.db.transaction(() => insertPeople(app.db, bulkStatements(app.db), chunk, counts));
      return batchId;
    };
    const stale = leftBehind(now - 11 * 60_000, "stale");
    const recent = leftBehind(now - 60_000, "recent");
    const paste = submit(app.db, teammate, [entryFor("https://www.linkedin.com/in/stale-a/")]);
    expect(revealOf(paste.batchId, "https://www.linkedin.com/in/stale-a/").state).toBe("cached");
    // A written batch whose release stopped after its first reveal.
    const written = await startBig(sdr);
    app.db.update(reveals).set({ nextAttemptAt: new Date(NOT_YET_DUE) }).where(eq(reveals.batchId, written.batchId)).run();

    expect(recoverBatchCreation(app.db, now)).toBe(1);
    expect(batchRow(stale)).toBeUndefined();
    expect(count(reveals)).toBe(2 + 1 + PEOPLE); // the recent batch's, the teammate's, the written batch's
    expect(revealOf(paste.batchId, "https://www.linkedin.com/in/stale-a/")).toMatchObject({ state: "queued", sourceRevealId: null });
    expect(batchRow(recent)).toMatchObject({ creating: true });
    expect(revealRow(app.db, revealOf(recent, "https://www.linkedin.com/in/recent-a/").id).nextAttemptAt.getTime()).toBe(NOT_YET_DUE);
    expect(revealRow(app.db, revealOf(written.batchId, url(0)).id).nextAttemptAt.getTime()).toBe(now);
    expect(notYetDue()).toBe(2); // only the recent batch's, still being written as far as anyone knows
  });
});
