import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { creditLedger } from "@/db/schema";
import { dayIn } from "@/lib/credits/periods";
import { rebuildSpendRollups } from "@/lib/credits/rebuild-rollups";
import { getBatchView } from "@/lib/reveals/get-batch";
import { HOUR_MS, rollupRows } from "../support/credit-flow";
import { providerRowsOf, revealRow } from "../support/inspect";
import { answerAt, closeByTrack404, deliver, type Answer, foundByFindymail, notFoundEverywhere, ranOutAtEnrichlayer, sendAt, type Sent } from "../support/late-answers";
import { chargesOf, DAY_MS, entryFor, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

/** The three "not found"s nothing was charged for, each finished a day before the real answer comes. */
const uncharged: [string, string | null, (sent: Sent, at: number) => Promise<void>][] = [
  ["a plain not found", null, async (sent, at) => answerAt(app, sent, notFoundEverywhere, at)],
  ["a track 404", "track_not_found", (sent, at) => closeByTrack404(app, sent, at)],
  ["one cut short by Clodura's credits", "insufficient_credits", async (sent, at) => answerAt(app, sent, ranOutAtEnrichlayer, at)],
];

describe("a later answer with a number for a reveal that finished not found, uncharged", () => {
  it.each(uncharged)("replaces %s: found, charged once, its provider rows replaced, counted once, rollups equal to a rebuild", async (_, errorCode, finish) => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const yesterday = Date.now() - DAY_MS;
    const [sent] = (await sendAt(app, sdrA, ["late-number"], yesterday - HOUR_MS)) as [Sent];
    await finish(sent, yesterday);
    expect(revealRow(db, sent.revealId)).toMatchObject({ state: "not_found", errorCode });

    // A teammate's list meanwhile: answered by the ledger from that "not found", unless it was cut short.
    const teammate = submit(db, sdrB, [entryFor(sent.url)]);
    expect(teammate).toMatchObject(errorCode === "insufficient_credits" ? { queued: 1 } : { cached: 1 });

    expect(await deliver(sent, foundByFindymail)).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, sent.revealId)).toMatchObject({ state: "found", errorCode: null, errorMessage: null });
    expect(chargesOf(db, sent.revealId)).toEqual([expect.objectContaining({ provider: "Findymail", userId: sdrA.id })]);
    expect(providerRowsOf(db, sent.revealId).map((row) => [row.provider, row.status, row.charged])).toEqual([
      ["Clodura", "notFound", false],
      ["SignalHire", "notFound", false],
      ["Findymail", "found", true],
    ]);
    if (errorCode !== "insufficient_credits") {
      const row = getBatchView(db, teammate.batchId, sdrB).rows[0]!;
      expect(row).toMatchObject({ state: "cached", credits: 0, ledger: expect.objectContaining({ withNumber: true }) });
      expect(row.results.Findymail).toMatchObject({ status: "found", charged: true, numbers: [expect.objectContaining({ e164: "+14395700805" })] });
    }

    // Counted once, today, as one answer that found a number; nothing is left on the day of the "not found".
    const live = rollupRows(db);
    expect(live.outcomes).toEqual([expect.objectContaining({ day: dayIn(Date.now(), "UTC"), plan: "max", answered: 1, found: 1 })]);
    expect(live.providers.every((row) => row.day === dayIn(Date.now(), "UTC"))).toBe(true);
    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(live);

    // The same answer again changes nothing.
    expect(await deliver(sent, foundByFindymail)).toMatchObject({ outcome: "duplicate" });
    expect(db.select().from(creditLedger).all()).toHaveLength(1);
  });

  it("keeps the day's row of another answer that counted 0, as a rebuild does", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const yesterday = Date.now() - DAY_MS;
    const [replaced, cutShort] = (await sendAt(app, sdr, ["replaced", "cut-short"], yesterday - HOUR_MS)) as [Sent, Sent];
    answerAt(app, replaced, notFoundEverywhere, yesterday);
    answerAt(app, cutShort, ranOutAtEnrichlayer, yesterday);

    expect(await deliver(replaced, foundByFindymail)).toMatchObject({ outcome: "applied" });
    const live = rollupRows(db);
    expect(live.outcomes).toEqual([
      expect.objectContaining({ day: dayIn(yesterday, "UTC"), plan: "", answered: 0, found: 0 }),
      expect.objectContaining({ day: dayIn(Date.now(), "UTC"), plan: "max", answered: 1, found: 1 }),
    ]);
    expect(live.providers.filter((row) => row.day === dayIn(yesterday, "UTC")).map((row) => [row.provider, row.asked])).toEqual([
      ["Clodura", 1],
      ["Enrichlayer", 1],
    ]);
    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(live);
  });
});

describe("a later \"found\" without a number for a reveal that finished not found, uncharged", () => {
  const emptyFound: Answer = { Clodura: { status: "notFound" }, SignalHire: { status: "found", mobile: ["N/A"] } };

  it.each(uncharged.filter(([name]) => name !== "a track 404"))("records the charge Clodura made on %s, once, counted once as a rebuild counts it", async (_, errorCode, finish) => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const yesterday = Date.now() - DAY_MS;
    const [sent] = (await sendAt(app, sdr, ["late-empty-found"], yesterday - HOUR_MS)) as [Sent];
    await finish(sent, yesterday);
    expect(revealRow(db, sent.revealId)).toMatchObject({ state: "not_found", errorCode });

    expect(await deliver(sent, emptyFound)).toMatchObject({ outcome: "applied" });
    // Still no number to show or to reuse, but the credit Clodura took is on the ledger, not left as drift.
    expect(revealRow(db, sent.revealId)).toMatchObject({ state: "not_found", errorCode: "found_without_number" });
    expect(chargesOf(db, sent.revealId)).toEqual([expect.objectContaining({ provider: "SignalHire", userId: sdr.id })]);
    const live = rollupRows(db);
    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(live);

    expect(await deliver(sent, emptyFound)).toMatchObject({ outcome: "duplicate" });
    expect(await deliver(sent, foundByFindymail)).toMatchObject({ outcome: "ignored_final" });
    expect(db.select().from(creditLedger).all()).toHaveLength(1);
  });
});

describe("a later body with the number a found without a number lacked, from the provider charged for it", () => {
  const emptyFound: Answer = { Clodura: { status: "notFound" }, SignalHire: { status: "found", mobile: ["N/A"] } };
  const numberFound: Answer = { Clodura: { status: "notFound" }, SignalHire: { status: "found", mobile: ["+1 415 555 0134"] } };
  const firstAnswers: [string, Answer[]][] = [
    ["its first answer", [emptyFound]],
    ["one that replaced a plain not found", [notFoundEverywhere, emptyFound]],
  ];

  it.each(firstAnswers)("fills in %s: found, its one charge stands, counted once as a rebuild counts it, a teammate's queued list answered", async (_, answers) => {
    const { db } = app;
    const [sdr, teammate] = [app.createUser("sdr"), app.createUser("sdr")];
    const yesterday = Date.now() - DAY_MS;
    const [sent] = (await sendAt(app, sdr, ["number-later"], yesterday - HOUR_MS)) as [Sent];
    answers.forEach((answer, index) => answerAt(app, sent, answer, yesterday + index * HOUR_MS));
    expect(revealRow(db, sent.revealId)).toMatchObject({ state: "not_found", errorCode: "found_without_number" });
    const theirs = submit(db, teammate, [entryFor(sent.url)]);
    expect(theirs).toMatchObject({ queued: 1 }); // no number to reuse: the list would pay for the person again

    expect(await deliver(sent, numberFound)).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, sent.revealId)).toMatchObject({ state: "found", errorCode: null, errorMessage: null });
    expect(chargesOf(db, sent.revealId)).toEqual([expect.objectContaining({ provider: "SignalHire", userId: sdr.id })]);
    expect(providerRowsOf(db, sent.revealId).map((row) => [row.provider, row.status, row.charged])).toEqual([
      ["Clodura", "notFound", false],
      ["SignalHire", "found", true],
    ]);
    expect(revealRow(db, theirs.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: sent.revealId });
    expect(chargesOf(db, theirs.revealIds[0]!)).toEqual([]);

    const live = rollupRows(db);
    expect(live.outcomes).toEqual([expect.objectContaining({ day: dayIn(Date.now(), "UTC"), answered: 1, found: 1 })]);
    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(live);

    expect(await deliver(sent, numberFound)).toMatchObject({ outcome: "duplicate" });
    expect(await deliver(sent, emptyFound)).toMatchObject({ outcome: "ignored_final" });
    expect(db.select().from(creditLedger).all()).toHaveLength(1);
    expect(rollupRows(db)).toEqual(live);
  });
});

describe("a later answer that does not replace a final one", () => {
  it("leaves a found reveal found, with its numbers and its one charge", async () => {
    const { db } = app;
    const [sent] = (await sendAt(app, app.createUser("sdr"), ["found-first"], Date.now())) as [Sent];
    expect(await deliver(sent, foundByFindymail)).toMatchObject({ outcome: "applied" });
    const [before, rowsBefore] = [revealRow(db, sent.revealId), providerRowsOf(db, sent.revealId)];
    expect(await deliver(sent, { Clodura: { status: "found", mobile: ["+14155550134"] } })).toMatchObject({ outcome: "ignored_final" });
    expect(revealRow(db, sent.revealId)).toEqual(before);
    expect(providerRowsOf(db, sent.revealId)).toEqual(rowsBefore);
    expect(db.select().from(creditLedger).all()).toHaveLength(1);
  });

  it("leaves a found without a number alone: it was charged already, and is not charged again", async () => {
    const { db } = app;
    const [sent] = (await sendAt(app, app.createUser("sdr"), ["empty-found"], Date.now())) as [Sent];
    expect(await deliver(sent, { Clodura: { status: "notFound" }, SignalHire: { status: "found" } })).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, sent.revealId)).toMatchObject({ state: "not_found", errorCode: "found_without_number" });
    const live = rollupRows(db);

    expect(await deliver(sent, foundByFindymail)).toMatchObject({ outcome: "ignored_final" });
    expect(revealRow(db, sent.revealId)).toMatchObject({ state: "not_found", errorCode: "found_without_number" });
    expect(chargesOf(db, sent.revealId)).toEqual([expect.objectContaining({ provider: "SignalHire" })]);
    expect(providerRowsOf(db, sent.revealId).map((row) => row.provider)).toEqual(["Clodura", "SignalHire"]);
    expect(rollupRows(db)).toEqual(live);
  });
});
