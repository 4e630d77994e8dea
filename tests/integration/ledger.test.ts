import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { contacts, creditLedger } from "@/db/schema";
import { chipCount, filterRows } from "@/lib/reveals/batch-filter";
import { getBatchView } from "@/lib/reveals/get-batch";
import { listBatches } from "@/lib/reveals/list-batches";
import { checkProfiles, checkProfilesRequestSchema } from "@/lib/reveals/check-profiles";
import { earlierFact } from "@/lib/reveals/earlier-fact";
import { exportPeopleCsv } from "@/lib/reveals/export-people";
import { listPeople } from "@/lib/reveals/list-people";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { providerRowsOf, revealRow } from "../support/inspect";
import { chargesOf, DAY_MS, entryFor, profileUrl, revealNow, sandboxRequestCount, submit } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("a person a teammate already revealed is answered from the ledger", () => {
  it("gives SDR B SDR A's found numbers at 0 credits, with A's name, and sends nothing to Clodura", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-found", { found: true });
    const a = submit(db, sdrA, [entryFor(url)]);
    const [aReveal] = a.revealIds as [string];
    await revealNow(app, [aReveal]);
    expect(revealRow(db, aReveal).state).toBe("found");
    const charged = providerRowsOf(db, aReveal).find((row) => row.charged)!;
    expect(chargesOf(db, aReveal)).toEqual([
      expect.objectContaining({ userId: sdrA.id, provider: charged.provider, plan: "max", amount: getSetting(db, "providerPrices")[charged.provider], estimated: true }),
    ]);

    const b = submit(db, sdrB, [entryFor(url)]);
    expect(b).toMatchObject({ total: 1, queued: 0, cached: 1, attached: 0 });
    const [bReveal] = b.revealIds as [string];
    expect(revealRow(db, bReveal)).toMatchObject({ state: "cached", sourceRevealId: aReveal, requestedBy: sdrB.id, completedAt: expect.any(Date) });
    expect(await app.dispatchAll()).toEqual([]); // nothing queued
    expect(sandboxRequestCount(db, url)).toBe(1);
    expect(chargesOf(db, bReveal)).toEqual([]);
    expect(db.select().from(creditLedger).all()).toHaveLength(1);

    const aView = getBatchView(db, a.batchId, sdrA);
    const bView = getBatchView(db, b.batchId, sdrB);
    expect(bView.counts).toMatchObject({ cached: 1, found: 0, queued: 0 });
    // The free answer came with a number: the Found chip and a "found" export hold it beside the ones paid for here.
    expect(bView.freeWithNumber).toBe(1);
    expect(chipCount("found", bView)).toBe(1);
    expect(filterRows(bView.rows, { state: "found", search: "" })).toHaveLength(1);
    expect(chipCount("not_found", bView)).toBe(0);
    expect(bView.providers).toEqual(aView.providers);
    expect(bView.rows).toEqual([
      expect.objectContaining({
        revealId: bReveal,
        state: "cached",
        credits: 0,
        ledger: { revealedBy: sdrA.name, inFlight: false, withNumber: true, at: revealRow(db, aReveal).completedAt!.getTime(), resentBy: null },
        results: aView.rows[0]!.results,
      }),
    ]);
    expect(aView.rows[0]).toMatchObject({ state: "found", credits: getSetting(db, "providerPrices")[charged.provider], ledger: null });
    expect(bView.rows[0]!.results[charged.provider]).toMatchObject({ status: "found", charged: true, numbers: charged.numbers });
    expect(listBatches(db, sdrB)).toEqual([expect.objectContaining({ id: b.batchId, total: 1, done: 1, cached: 1, freeWithNumber: 1, found: 0 })]);

    // The other user: B's batch (and what it reveals) stays hidden from a third SDR.
    expect(() => getBatchView(db, b.batchId, app.createUser("sdr"))).toThrow(expect.objectContaining({ code: "not_found" }));
  });

  it("answers a not_found within the window for free too", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-missing", { found: false });
    const [aReveal] = submit(db, sdrA, [entryFor(url)]).revealIds as [string];
    await revealNow(app, [aReveal]);
    expect(revealRow(db, aReveal).state).toBe("not_found");
    expect(chargesOf(db, aReveal)).toEqual([]);

    const b = submit(db, sdrB, [entryFor(url)]);
    expect(b).toMatchObject({ queued: 0, cached: 1 });
    expect(revealRow(db, b.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: aReveal });
    const bView = getBatchView(db, b.batchId, sdrB);
    const row = bView.rows[0]!;
    expect(row).toMatchObject({ state: "cached", credits: 0, ledger: { revealedBy: sdrA.name, inFlight: false, withNumber: false } });
    // No number: it is among Not found, not Found.
    expect(bView.freeWithNumber).toBe(0);
    expect([chipCount("found", bView), chipCount("not_found", bView), chipCount("cached", bView)]).toEqual([0, 1, 1]);
    expect(filterRows(bView.rows, { state: "not_found", search: "" })).toEqual([row]);
    expect(Object.values(row.results).every((cell) => cell.status === "notFound" && cell.numbers.length === 0)).toBe(true);
    expect(Object.keys(row.results).length).toBeGreaterThan(0);
    expect(sandboxRequestCount(db, url)).toBe(1);
  });

  it("queues a new paid reveal once the answer is older than the freshness window", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-stale", { found: true });
    const [aReveal] = submit(db, sdrA, [entryFor(url)]).revealIds as [string];
    await revealNow(app, [aReveal]);
    const answeredAt = revealRow(db, aReveal).completedAt!.getTime();
    const at = (days: number) => ({ now: new Date(answeredAt + days * DAY_MS) });

    expect(getSetting(db, "freshnessDays")).toBe(90);
    expect(submit(db, sdrB, [entryFor(url)], at(89))).toMatchObject({ cached: 1, queued: 0 });
    setSetting(db, "freshnessDays", 7);
    expect(submit(db, sdrB, [entryFor(url)], at(6))).toMatchObject({ cached: 1, queued: 0 });
    const stale = submit(db, sdrB, [entryFor(url)], at(8));
    expect(stale).toMatchObject({ cached: 0, queued: 1 });
    const [fresh] = stale.revealIds as [string];
    expect(revealRow(db, fresh)).toMatchObject({ state: "queued", sourceRevealId: null, requestedBy: sdrB.id });
    // The new reveal is now the one in flight: a third SDR attaches to it, not to A's stale answer.
    const c = submit(db, app.createUser("sdr"), [entryFor(url)], at(8));
    expect(c).toMatchObject({ attached: 1, queued: 0 });
    expect(revealRow(db, c.revealIds[0]!).sourceRevealId).toBe(fresh);
  });

  it("pays again when the SDR asks for it with revealAgain, and later submissions attach to that reveal", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-again", { found: true });
    const [aReveal] = submit(db, sdrA, [entryFor(url)]).revealIds as [string];
    await revealNow(app, [aReveal]);

    const again = submit(db, sdrB, [entryFor(url, { revealAgain: true })]);
    expect(again).toMatchObject({ queued: 1, cached: 0, attached: 0 });
    const [bReveal] = again.revealIds as [string];
    expect(revealRow(db, bReveal)).toMatchObject({ state: "queued", sourceRevealId: null });
    expect(revealRow(db, submit(db, sdrA, [entryFor(url)]).revealIds[0]!).sourceRevealId).toBe(bReveal);

    await revealNow(app, [bReveal]);
    expect(sandboxRequestCount(db, url)).toBe(2);
    expect(chargesOf(db, bReveal)).toEqual([expect.objectContaining({ userId: sdrB.id })]);
  });
});

describe("an answer cut short because Clodura's credits ran out", () => {
  it("is not reused: the next list sends the person again, and People says it is unfinished", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = "https://www.linkedin.com/in/ledger-sandbox-insufficient-credits/";
    const [aReveal] = submit(db, sdrA, [entryFor(url)]).revealIds as [string];
    await revealNow(app, [aReveal]);
    expect(revealRow(db, aReveal)).toMatchObject({ state: "not_found", errorCode: "insufficient_credits", errorMessage: expect.stringContaining("not a real \"not found\"") });

    // The report before a list says the same: the team asked today, and the answer was cut short (not "too old").
    const key = entryFor(url).key;
    const earlier = checkProfiles(db, checkProfilesRequestSchema.parse({ keys: [key] })).earlier[key];
    expect(earlier).toMatchObject({ state: "not_found", unfinished: true });
    expect(earlierFact(earlier!, 90)).toContain("but Clodura's credits ran out before every provider was asked");
    expect(submit(db, sdrB, [entryFor(url)])).toMatchObject({ queued: 1, cached: 0, attached: 0 });
    expect(listPeople(db, sdrA).people).toEqual([expect.objectContaining({ revealId: aReveal, ranOutOfCredits: true, fresh: false })]);
    const exported = await new Response(exportPeopleCsv(db, app.createUser("manager"), { outcome: "all" }).body).text();
    expect(exported).toContain(",unfinished,");
    expect(exported).toContain("never: unfinished, Clodura's credits ran out");
  });

  it("shows a teammate's row attached while it was in flight as unfinished too, with the reason, not as a free answer", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = "https://www.linkedin.com/in/attached-sandbox-insufficient-credits/";
    const [aReveal] = submit(db, sdrA, [entryFor(url)]).revealIds as [string];
    const b = submit(db, sdrB, [entryFor(url)]);
    expect(b).toMatchObject({ queued: 0, attached: 1 });
    await revealNow(app, [aReveal]);

    const view = getBatchView(db, b.batchId, sdrB);
    expect(view.counts).toMatchObject({ unfinished: 1, cached: 0, not_found: 0 });
    expect(view.rows[0]).toMatchObject({ state: "unfinished", credits: 0, ledger: { inFlight: false }, errorMessage: expect.stringContaining("not a real \"not found\"") });
  });
});

describe("a list that names one person twice", () => {
  it("reveals them once when one line has the profile URL and another the personId Clodura reported for it", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-twice", { found: true });
    const [aReveal] = submit(db, sdrA, [entryFor(url)]).revealIds as [string];
    await revealNow(app, [aReveal]);
    const personId = db.select({ personId: contacts.personId }).from(contacts).where(eq(contacts.linkedinUrl, url)).get()!.personId!;

    const b = submit(db, sdrB, [entryFor(url, { revealAgain: true }), entryFor(personId, { revealAgain: true })]);
    expect(b).toMatchObject({ total: 2, queued: 1, attached: 1, cached: 0 });
    const [first, second] = b.revealIds as [string, string];
    expect(revealRow(db, second)).toMatchObject({ state: "cached", sourceRevealId: first });
    expect(await app.dispatchAll()).toHaveLength(1);
  });
});

describe("a person already in flight", () => {
  it("attaches to the teammate's reveal, follows its progress and shows its numbers when it completes", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-inflight", { found: true });
    const a = submit(db, sdrA, [entryFor(url)]);
    const [aReveal] = a.revealIds as [string];
    const b = submit(db, sdrB, [entryFor(url)]);
    expect(b).toMatchObject({ queued: 0, cached: 0, attached: 1 });
    const [bReveal] = b.revealIds as [string];
    expect(revealRow(db, bReveal)).toMatchObject({ state: "cached", sourceRevealId: aReveal, completedAt: null });

    const queued = getBatchView(db, b.batchId, sdrB);
    expect(queued.counts).toMatchObject({ queued: 1, cached: 0 });
    expect(queued.rows[0]).toMatchObject({ state: "queued", credits: null, ledger: { revealedBy: sdrA.name, inFlight: true, at: revealRow(db, aReveal).createdAt.getTime() } });
    expect(listBatches(db, sdrB)[0]).toMatchObject({ done: 0 });

    expect(await app.dispatchAll()).toEqual(["sent"]); // A's reveal only
    const awaiting = getBatchView(db, b.batchId, sdrB);
    expect(awaiting.rows[0]).toMatchObject({ state: "awaiting", ledger: { inFlight: true } });
    expect(awaiting.counts).toMatchObject({ awaiting: 1 });
    const updatedBefore = revealRow(db, bReveal).updatedAt!.getTime();
    expect(getBatchView(db, b.batchId, sdrB, { since: awaiting.cursor + 1 }).rows).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 5)); // the cursor is in ms: make "after" unambiguous
    await app.deliverWebhooks();
    await waitFor(() => revealRow(db, aReveal).state === "found", 5_000, "A's webhook");
    const aDone = revealRow(db, aReveal);
    // Applying A's result touched B's row, so an incremental fetch of B's batch returns it.
    expect(revealRow(db, bReveal).updatedAt!.getTime()).toBe(aDone.completedAt!.getTime());
    expect(revealRow(db, bReveal).updatedAt!.getTime()).toBeGreaterThan(updatedBefore);
    const delta = getBatchView(db, b.batchId, sdrB, { since: awaiting.cursor });
    expect(delta.partial).toBe(true);
    expect(delta.rows).toEqual([
      expect.objectContaining({
        revealId: bReveal,
        state: "cached",
        credits: 0,
        ledger: { revealedBy: sdrA.name, inFlight: false, withNumber: true, at: aDone.completedAt!.getTime(), resentBy: null },
        results: getBatchView(db, a.batchId, sdrA).rows[0]!.results,
      }),
    ]);
    const numbers = providerRowsOf(db, aReveal).find((row) => row.charged)!.numbers;
    expect(Object.values(delta.rows[0]!.results).flatMap((cell) => cell.numbers)).toEqual(numbers);
    expect(delta.counts).toMatchObject({ cached: 1, awaiting: 0 });
    expect(listBatches(db, sdrB)[0]).toMatchObject({ done: 1, cached: 1 });
    expect(chargesOf(db, bReveal)).toEqual([]);
    expect(chargesOf(db, aReveal)).toHaveLength(1);
    expect(sandboxRequestCount(db, url)).toBe(1);
  });

  it("attaches even when the SDR asks to reveal again: a reveal under way is never paid for twice", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-inflight-again", { found: true });
    const [aReveal] = submit(db, sdrA, [entryFor(url)]).revealIds as [string];
    const b = submit(db, sdrB, [entryFor(url, { revealAgain: true })]);
    expect(b).toMatchObject({ queued: 0, attached: 1 });
    expect(revealRow(db, b.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: aReveal });

    await revealNow(app, [aReveal]);
    expect(sandboxRequestCount(db, url)).toBe(1);
    expect(chargesOf(db, b.revealIds[0]!)).toEqual([]);
  });

  it("shows the teammate's failure on the attached row, with the reason", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = "https://www.linkedin.com/in/jane-doe-sandbox-422/";
    const [aReveal] = submit(db, sdrA, [entryFor(url)]).revealIds as [string];
    const b = submit(db, sdrB, [entryFor(url)]);
    expect(await app.dispatchAll()).toEqual(["failed"]);
    expect(revealRow(db, aReveal).state).toBe("failed");
    const row = getBatchView(db, b.batchId, sdrB).rows[0]!;
    expect(row).toMatchObject({ state: "failed", credits: 0, ledger: { revealedBy: sdrA.name, inFlight: false } });
    expect(row.errorMessage).toContain("teammate's reveal");
    expect(row.errorMessage).toContain("linkedinUrl could not be processed");
    // A failed reveal answers nobody: the next submission is queued again.
    expect(submit(db, sdrB, [entryFor(url)])).toMatchObject({ queued: 1, cached: 0, attached: 0 });
  });
});
