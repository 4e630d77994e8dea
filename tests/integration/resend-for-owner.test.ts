import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { batches, reveals } from "@/db/schema";
import { rebuildSpendRollups } from "@/lib/credits/rebuild-rollups";
import { MAX_ATTEMPTS } from "@/lib/reveals/dispatch";
import { chipCount, chipCountsMatching, stateFilters, type StateFilter } from "@/lib/reveals/batch-filter";
import { exportBatchCsv } from "@/lib/reveals/export-batch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { listBatches } from "@/lib/reveals/list-batches";
import { resendCancelled } from "@/lib/reveals/resend-cancelled";
import { resendUnansweredElsewhere } from "@/lib/reveals/resend-unanswered";
import { retryFailed } from "@/lib/reveals/retry-failed";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { notSentWords } from "@/lib/reveals/stopped-note";
import { ledgerRows, rollupRows } from "../support/credit-flow";
import { revealRow } from "../support/inspect";
import { answerAt, foundByFindymail, sendAt } from "../support/late-answers";
import { chargesOf, entryFor, foundUrls, profileUrl, revealIdsOf, revealNow, sandboxRequestCount, sandboxRequestTotal, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

/** Sam's list of `people`, stopped before anything was sent, then sent again by a manager in a list of theirs. */
async function sentAgainByManager(people: string[]) {
  const [sam, manager] = [app.createUser("sdr"), app.createUser("manager")];
  const { batchId, revealIds } = app.createBatchFor(sam, people);
  expect(await stopBatch(app.db, batchId, sam)).toMatchObject({ cancelled: people.length });
  const again = await resendCancelled(app.db, batchId, manager);
  return { sam, manager, batchId, revealIds, again, newReveals: revealIdsOf(app.db, again.batchId) };
}

const escaped = (text: string) => text.replace(/[()]/g, "\\$&");

async function csvOf(batchId: string, viewer: Parameters<typeof exportBatchCsv>[2]): Promise<string> {
  return new Response(exportBatchCsv(app.db, batchId, viewer).body).text();
}

describe("a manager sending an SDR's people again in a list of their own", () => {
  it("shows the SDR's rows the answers that list got, as answered there: charged once, to the manager's list, and no ledger saving here", async () => {
    const found = foundUrls("owner-follow", 2);
    const people = [...found, profileUrl("owner-follow-none", { found: false })];
    const { sam, manager, batchId, revealIds, again, newReveals } = await sentAgainByManager(people);

    // On the way: Sam's rows say so, and nothing is offered to send again meanwhile.
    const waiting = getBatchView(app.db, batchId, sam);
    expect(waiting).toMatchObject({ counts: { queued: 3, cancelled: 0 }, unansweredElsewhere: 0 });
    expect(waiting.rows[0]).toMatchObject({ state: "queued", ledger: { resentBy: manager.name, inFlight: true } });
    // What went, by the kind of row it left: still "3 cancelled", in a list Sam cannot open.
    expect(waiting.sentAgain).toEqual([expect.objectContaining({ by: manager.name, linked: false, people: 3, cancelled: 3 })]);

    await revealNow(app, newReveals);
    const answered = getBatchView(app.db, batchId, sam);
    // Found and not found, as the manager's list answered them: not free ledger answers, which another list had paid for before.
    expect(answered).toMatchObject({ counts: { found: 2, not_found: 1, cached: 0, cancelled: 0, queued: 0 }, freeWithNumber: 0, unansweredElsewhere: 0 });
    expect(answered.rows.map((row) => [row.state, row.errorMessage])).toEqual([["found", null], ["found", null], ["not_found", null]]);
    // The chips say the same as the rows they filter, and the states still add up to the list.
    const chips = chipCountsMatching(answered.rows, "");
    for (const chip of Object.keys(stateFilters) as StateFilter[]) expect([chip, chipCount(chip, answered)]).toEqual([chip, chips[chip]]);
    expect(chips).toMatchObject({ all: 3, found: 2, not_found: 1, cached: 0, cancelled: 0 });
    expect(Object.values(answered.counts).reduce((sum, n) => sum + n, 0)).toBe(answered.total);
    expect(answered.rows.map((row) => row.ledger)).toEqual([
      expect.objectContaining({ resentBy: manager.name, inFlight: false, withNumber: true }),
      expect.objectContaining({ resentBy: manager.name, inFlight: false, withNumber: true }),
      expect.objectContaining({ resentBy: manager.name, inFlight: false, withNumber: false }),
    ]);
    expect(answered.rows[0]!.results).toEqual(getBatchView(app.db, again.batchId, manager).rows[0]!.results);
    expect(answered.rows.map((row) => row.credits)).toEqual([0, 0, 0]);
    expect(answered.sentAgain).toEqual([expect.objectContaining({ people: 3, cancelled: 3 })]);
    // Batches and the export say the same as the page.
    expect(listBatches(app.db, sam).find((batch) => batch.id === batchId)).toMatchObject({ found: 2, cached: 0, freeWithNumber: 0, cancelled: 0, done: 3 });
    const csv = await csvOf(batchId, sam);
    expect(csv.match(new RegExp(`answered in ${manager.name.toLowerCase().replace(/[()]/g, "\\$&")}'s list`, "g"))).toHaveLength(3);
    expect(csv).not.toMatch(/cancelled|from ledger/);

    // Charged once, to the manager's list: nothing on Sam's, and the rollups are what a rebuild makes of the ledger.
    expect(revealIds.flatMap((id) => chargesOf(app.db, id))).toEqual([]);
    expect(ledgerRows(app.db).map((row) => [row.batchId, row.userId])).toEqual(found.map(() => [expect.not.stringMatching(batchId), manager.id]));
    expect(answered.cost).toMatchObject({ spent: 0, saved: 0, freeAnswers: 0, freeToCome: 0 });
    const incremental = rollupRows(app.db);
    expect(incremental.outcomes.every((row) => row.userId === manager.id)).toBe(true);
    rebuildSpendRollups(app.db);
    expect(rollupRows(app.db)).toEqual(incremental);
    expect(sandboxRequestTotal(app.db)).toBe(3);
  });

  it("says the SDR's stop left the people unsent here, and who sent them again, whoever did", async () => {
    const { sam, manager, batchId, newReveals } = await sentAgainByManager(foundUrls("owner-stop-note", 2));
    const said = () => {
      const view = getBatchView(app.db, batchId, sam);
      return notSentWords(view.stopped!.notSent, view.sentAgain);
    };
    expect(said()).toBe(`2 reveals were not sent here and cost nothing; 2 sent again by ${manager.name}`);
    await revealNow(app, newReveals);
    expect(said()).toBe(`2 reveals were not sent here and cost nothing; 2 sent again by ${manager.name}`);

    const jordan = app.createUser("sdr");
    const own = app.createBatchFor(jordan, foundUrls("owner-stop-note-own", 2));
    await stopBatch(app.db, own.batchId, jordan);
    await resendCancelled(app.db, own.batchId, jordan);
    const view = getBatchView(app.db, own.batchId, jordan);
    expect(notSentWords(view.stopped!.notSent, view.sentAgain)).toBe(`2 reveals were not sent here and cost nothing; 2 sent again by ${jordan.name}`);
  });

  it("offers the SDR, once, the people the manager's list then stopped, and sends each once", async () => {
    const people = foundUrls("owner-stranded", 2);
    const { sam, manager, batchId, revealIds, again } = await sentAgainByManager(people);
    await stopBatch(app.db, again.batchId, manager);

    const stranded = getBatchView(app.db, batchId, sam);
    expect(stranded).toMatchObject({ counts: { cancelled: 2 }, unansweredElsewhere: 2, unansweredElsewhereEstimate: { worstCase: expect.any(Number) } });
    expect(stranded.rows[0]).toMatchObject({ state: "cancelled", ledger: { resentBy: manager.name }, errorMessage: expect.stringContaining(manager.name) });
    // Nothing else sends them: the stop freed no reveal of Sam's.
    expect(await app.dispatchAll()).toEqual([]);

    const mine = await resendUnansweredElsewhere(app.db, batchId, sam);
    expect(mine).toMatchObject({ total: 2, queued: 2 });
    expect(getBatchView(app.db, batchId, sam)).toMatchObject({ unansweredElsewhere: 0, unansweredElsewhereEstimate: null });
    expect(revealRow(app.db, revealIds[0]!)).toMatchObject({ sentAgainIn: mine.batchId, errorCode: "resent" });
    expect(getBatchView(app.db, batchId, sam).sentAgain.at(-1)).toMatchObject({ batchId: mine.batchId, linked: true, people: 2 });
    await expect(resendUnansweredElsewhere(app.db, batchId, sam)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("Nothing to send again") });

    await revealNow(app, revealIdsOf(app.db, mine.batchId));
    expect(people.map((person) => sandboxRequestCount(app.db, person))).toEqual([1, 1]);
  });

  it("sends the stranded people once when the button is pressed twice at once", async () => {
    const { sam, manager, batchId, again } = await sentAgainByManager(foundUrls("owner-twice", 2));
    await stopBatch(app.db, again.batchId, manager);
    const before = app.db.select({ n: sql<number>`count(*)` }).from(batches).get()!.n;

    const presses = await Promise.allSettled([resendUnansweredElsewhere(app.db, batchId, sam), resendUnansweredElsewhere(app.db, batchId, sam)]);
    expect(presses.map((press) => press.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(app.db.select({ n: sql<number>`count(*)` }).from(batches).get()!.n).toBe(before + 1);
    await app.dispatchAll();
    expect(sandboxRequestTotal(app.db)).toBe(2);
  });

  it("sends the people of a stopped list sent again, and stopped again, in one new list when both lists' buttons are pressed at once", async () => {
    const people = foundUrls("owner-both-lists", 3);
    const { sam, manager, batchId, again } = await sentAgainByManager(people);
    await stopBatch(app.db, again.batchId, manager);
    expect(getBatchView(app.db, batchId, sam).unansweredElsewhere).toBe(3);
    expect(getBatchView(app.db, again.batchId, manager).stopped).toMatchObject({ resendable: 3 });
    const before = app.db.select({ n: sql<number>`count(*)` }).from(batches).get()!.n;

    const presses = await Promise.allSettled([resendUnansweredElsewhere(app.db, batchId, sam), resendCancelled(app.db, again.batchId, manager)]);
    expect(presses.map((press) => press.status).sort()).toEqual(["fulfilled", "rejected"]);
    // The losing press says who sent them, when, and where their answers come: not that nothing was left to send.
    const [winner, loser] = presses[0]!.status === "fulfilled" ? [sam, manager] : [manager, sam];
    expect(presses.find((press) => press.status === "rejected")).toMatchObject({
      reason: { code: "conflict", message: expect.stringMatching(/ already sent these again today at \d{1,2}:\d{2} [AP]M/), details: { sentMeanwhile: { by: winner.name, followed: loser === sam } } },
    });
    expect(app.db.select({ n: sql<number>`count(*)` }).from(batches).get()!.n).toBe(before + 1);
    // Neither list offers them again, and each person is asked for once.
    expect(getBatchView(app.db, batchId, sam).unansweredElsewhere).toBe(0);
    expect(getBatchView(app.db, again.batchId, manager).stopped).toMatchObject({ resendable: 0 });
    await app.dispatchAll();
    expect(people.map((person) => sandboxRequestCount(app.db, person))).toEqual([1, 1, 1]);
  });

  it.each(["owner", "manager"] as const)("offers the people of a stopped list sent again, and stopped again, in one place once the %s has sent them", async (first) => {
    const { sam, manager, batchId, again } = await sentAgainByManager(foundUrls(`owner-one-place-${first}`, 2));
    await stopBatch(app.db, again.batchId, manager);
    if (first === "owner") await resendUnansweredElsewhere(app.db, batchId, sam);
    else await resendCancelled(app.db, again.batchId, manager);
    expect(getBatchView(app.db, batchId, sam).unansweredElsewhere).toBe(0);
    expect(getBatchView(app.db, again.batchId, manager).stopped).toMatchObject({ resendable: 0 });
    const byOwner = { code: "conflict", message: expect.stringMatching(new RegExp(`^${escaped(sam.name)} already sent these again today at .*, from their list\\.$`)) };
    const byManager = { code: "conflict", message: expect.stringMatching(new RegExp(`^${escaped(manager.name)} already sent these again today at .*; their answers will show here\\.$`)) };
    await expect(resendCancelled(app.db, again.batchId, manager)).rejects.toMatchObject(first === "owner" ? byOwner : { code: "conflict", message: expect.stringContaining("Nothing to send again") });
    await expect(resendUnansweredElsewhere(app.db, batchId, sam)).rejects.toMatchObject(first === "owner" ? { code: "conflict", message: expect.stringContaining("Nothing to send again") } : byManager);
  });

  it("tells an SDR trying their failures again just after a manager did who did, not that nothing failed", async () => {
    const [sam, manager] = [app.createUser("sdr"), app.createUser("manager")];
    const person = "https://www.linkedin.com/in/owner-retry-race-sandbox-500/";
    const { batchId, revealIds } = app.createBatchFor(sam, [person]);
    app.db.update(reveals).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(reveals.id, revealIds[0]!)).run();
    expect(await app.dispatchAll()).toEqual(["failed"]);
    await retryFailed(app.db, batchId, manager);
    await expect(retryFailed(app.db, batchId, sam)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(new RegExp(`^${escaped(manager.name)} already sent these again today at .*; their answers will show here\\.$`)),
    });
  });

  it("offers a failure there only until the manager tries it again, and then follows that try", async () => {
    const person = "https://www.linkedin.com/in/owner-flaky-sandbox-500/";
    const { sam, manager, batchId, again, newReveals } = await sentAgainByManager([person]);
    app.db.update(reveals).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(reveals.id, newReveals[0]!)).run();
    expect(await app.dispatchAll()).toEqual(["failed"]);
    expect(getBatchView(app.db, batchId, sam)).toMatchObject({ counts: { failed: 1 }, unansweredElsewhere: 1, retryableFailures: 0 });

    const tried = await retryFailed(app.db, again.batchId, manager);
    const [retry] = revealIdsOf(app.db, tried.batchId) as [string];
    expect(getBatchView(app.db, batchId, sam)).toMatchObject({ counts: { queued: 1, failed: 0 }, unansweredElsewhere: 0 });
    expect(getBatchView(app.db, batchId, sam).rows[0]).toMatchObject({ state: "queued", ledger: { resentBy: manager.name, inFlight: true } });
    expect(revealRow(app.db, revealIdsOf(app.db, batchId)[0]!).sourceRevealId).toBe(retry);
  });

  it("leaves the owner's own sending again as it was: the rows keep what happened here", async () => {
    const sam = app.createUser("sdr");
    const { batchId } = app.createBatchFor(sam, foundUrls("owner-own", 1));
    await stopBatch(app.db, batchId, sam);
    const again = await resendCancelled(app.db, batchId, sam);
    await revealNow(app, revealIdsOf(app.db, again.batchId));
    expect(getBatchView(app.db, batchId, sam)).toMatchObject({ counts: { cancelled: 1, cached: 0 }, unansweredElsewhere: 0 });
    expect(getBatchView(app.db, batchId, sam).rows[0]).toMatchObject({ state: "cancelled", ledger: null });
  });

  it("keeps a row attached to a teammate's failed reveal on the manager's list when that list stops: offered, not sent by itself", async () => {
    const [sam, jordan, manager] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const person = "https://www.linkedin.com/in/owner-attached-sandbox-500/";
    const jordans = submit(app.db, jordan, [entryFor(person)]);
    const sams = submit(app.db, sam, [entryFor(person)]);
    app.db.update(reveals).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(reveals.id, jordans.revealIds[0]!)).run();
    expect(await app.dispatchAll()).toEqual(["failed"]);
    expect(getBatchView(app.db, sams.batchId, sam)).toMatchObject({ counts: { failed: 1 }, retryableFailures: 1 });

    const again = await retryFailed(app.db, sams.batchId, manager);
    expect(getBatchView(app.db, sams.batchId, sam)).toMatchObject({ counts: { queued: 1 }, retryableFailures: 0, unansweredElsewhere: 0 });
    await stopBatch(app.db, again.batchId, manager);
    expect(revealRow(app.db, sams.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: revealIdsOf(app.db, again.batchId)[0] });
    expect(getBatchView(app.db, sams.batchId, sam)).toMatchObject({ counts: { cancelled: 1 }, retryableFailures: 0, unansweredElsewhere: 1 });
    expect(await app.dispatchAll()).toEqual([]);

    const mine = await resendUnansweredElsewhere(app.db, sams.batchId, sam);
    expect(getBatchView(app.db, sams.batchId, sam)).toMatchObject({ retryableFailures: 0, unansweredElsewhere: 0 });
    // One try, of Sam's new list's reveal: nothing of the old list goes too.
    expect(await app.dispatchAll()).toHaveLength(1);
    expect(revealRow(app.db, revealIdsOf(app.db, mine.batchId)[0]!).attempts).toBe(1);
    expect(revealRow(app.db, sams.revealIds[0]!).state).toBe("cached");
  });

  it("shows the SDR's own late answer, charged to its reveal, once Clodura answers the failure after all", async () => {
    const [sam, manager] = [app.createUser("sdr"), app.createUser("manager")];
    const start = Date.now();
    const [sent] = (await sendAt(app, sam, ["owner-late"], start)) as [(Awaited<ReturnType<typeof sendAt>>)[number]];
    app.db.update(reveals).set({ state: "failed", errorCode: "no_result" }).where(eq(reveals.id, sent.revealId)).run();
    const again = await retryFailed(app.db, sent.batchId, manager);
    expect(revealRow(app.db, sent.revealId)).toMatchObject({ errorCode: "retried", sourceRevealId: revealIdsOf(app.db, again.batchId)[0] });

    answerAt(app, sent, foundByFindymail, start + 60_000);
    expect(revealRow(app.db, sent.revealId)).toMatchObject({ state: "found", sourceRevealId: null });
    expect(getBatchView(app.db, sent.batchId, sam).rows[0]).toMatchObject({ state: "found", ledger: null });
    expect(chargesOf(app.db, sent.revealId)).toHaveLength(1);
    const incremental = rollupRows(app.db);
    rebuildSpendRollups(app.db);
    expect(rollupRows(app.db)).toEqual(incremental);
  });
});
