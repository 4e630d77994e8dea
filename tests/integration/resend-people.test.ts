import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reveals } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { setBudget } from "@/lib/credits/budgets";
import { worstCasePrice } from "@/lib/credits/prices";
import { getSetting } from "@/lib/settings/settings";
import { decideBatch } from "@/lib/reveals/decide-batch";
import { dispatchNext, MAX_ATTEMPTS } from "@/lib/reveals/dispatch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { listBatches } from "@/lib/reveals/list-batches";
import { batchLabel } from "@/lib/reveals/batch-label";
import { resendCancelled } from "@/lib/reveals/resend-cancelled";
import { revealPastedProfiles } from "@/lib/reveals/reveal-pasted";
import { createRevealsRequestSchema } from "@/lib/reveals/schemas";
import { retryFailed } from "@/lib/reveals/retry-failed";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { revealRow } from "../support/inspect";
import { entryFor, foundUrls, revealIdsOf, revealNow, sandboxRequestTotal, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const sentToClodura = () => sandboxRequestTotal(app.db);

describe("sending the cancelled people after all", () => {
  it("makes a new batch of the people a stop cancelled, through the ledger, once", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const people = foundUrls("resend", 4);
    const { batchId } = app.createBatchFor(sam, people);
    await dispatchNext(app.db, app.deps);
    expect(await stopBatch(app.db, batchId, sam)).toMatchObject({ cancelled: 3 });
    // Before it is sent again, the stop notice says what the 3 may cost: the dearest provider each, at worst.
    const worstEach = worstCasePrice(getSetting(app.db, "plan"), getSetting(app.db, "providerPrices"), true);
    expect(getBatchView(app.db, batchId, sam).resendEstimate).toEqual({ worstCase: 3 * worstEach, expected: expect.any(Number) });
    // Meanwhile a teammate reveals one of the cancelled people: the new batch gets that answer for free.
    await revealNow(app, submit(app.db, jordan, [entryFor(people[3]!)]).revealIds);

    const again = await resendCancelled(app.db, batchId, sam);
    expect(again).toMatchObject({ total: 3, queued: 2, cached: 1, held: 0 });
    const view = getBatchView(app.db, again.batchId, sam);
    expect(view.rows.map((row) => row.linkedinUrl)).toEqual(people.slice(1));
    expect(getBatchView(app.db, batchId, sam).stopped?.resendable).toBe(0);
    expect(getBatchView(app.db, batchId, sam).resendEstimate).toBeNull();
    expect(getBatchView(app.db, batchId, sam).rows.at(-1)?.errorMessage).toBe(`Stopped before it was sent; sent again by ${sam.name} in a new batch.`);

    await expect(resendCancelled(app.db, batchId, sam)).rejects.toThrow("Nothing to send again");
    await expect(resendCancelled(app.db, batchId, jordan)).rejects.toThrow("does not exist or belongs to someone else");
  });
});

describe("the new batch of people sent again", () => {
  it("calls an unnamed paste sent again by the people it holds, not by the first list's", async () => {
    const sam = app.createUser("sdr");
    const text = ["https://www.linkedin.com/in/ana-resend/", "https://www.linkedin.com/in/ben-resend/", "https://www.linkedin.com/in/cy-resend/"].join("\n");
    const { batchId } = await revealPastedProfiles(app.db, sam, createRevealsRequestSchema.parse({ text }));
    await dispatchNext(app.db, app.deps);
    await stopBatch(app.db, batchId, sam);
    const again = await resendCancelled(app.db, batchId, sam);
    expect(batchLabel(getBatchView(app.db, batchId, sam))).toBe("Pasted: ana-resend, ben-resend and 1 more");
    expect(batchLabel(getBatchView(app.db, again.batchId, sam))).toBe("Pasted: ben-resend and cy-resend");
  });

  it("marks a named list's new batch as sent again, once however often it is", async () => {
    const sam = app.createUser("sdr");
    const send = async (text: string, name: string) => (await revealPastedProfiles(app.db, sam, createRevealsRequestSchema.parse({ text, name }))).batchId;
    const first = await send(["https://www.linkedin.com/in/dee-resend/", "https://www.linkedin.com/in/eve-resend/"].join("\n"), "Berlin trade fair");
    await stopBatch(app.db, first, sam);
    const again = (await resendCancelled(app.db, first, sam)).batchId;
    expect(batchLabel(getBatchView(app.db, again, sam))).toBe("Berlin trade fair (sent again)");
    await stopBatch(app.db, again, sam);
    const third = (await resendCancelled(app.db, again, sam)).batchId;
    expect(batchLabel(getBatchView(app.db, third, sam))).toBe("Berlin trade fair (sent again)");
    expect(listBatches(app.db, sam).map((batch) => batchLabel(batch))).toEqual(["Berlin trade fair (sent again)", "Berlin trade fair (sent again)", "Berlin trade fair"]);
  });
});

describe("trying failed reveals again", () => {
  it("sends the reveals Clodura kept failing in a new batch, once, and leaves the ones it rejected as invalid", async () => {
    const sam = app.createUser("sdr");
    // The sandbox answers 503 for "-sandbox-500" and 422 for "-sandbox-422".
    const { batchId, revealIds } = app.createBatchFor(sam, ["https://www.linkedin.com/in/retry-sandbox-500/", "https://www.linkedin.com/in/retry-sandbox-422/"]);
    const [flaky, invalid] = revealIds as [string, string];
    // The flaky one is on its last try.
    app.db.update(reveals).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(reveals.id, flaky)).run();
    expect((await app.dispatchAll()).sort()).toEqual(["failed", "failed"]);
    expect(revealRow(app.db, flaky)).toMatchObject({ state: "failed", errorCode: "retries_exhausted" });
    // The last try's cause, without the promise of another try it carried while tries were left.
    expect(revealRow(app.db, flaky).errorMessage).toBe(`Clodura did not accept the request after ${MAX_ATTEMPTS} tries (last: Clodura had a server error (HTTP 503)). Reveal again later.`);
    expect(revealRow(app.db, invalid)).toMatchObject({ state: "failed", errorCode: "clodura_422" });
    // The invalid one is counted apart, so the offer is not read as covering both failures.
    expect(getBatchView(app.db, batchId, sam)).toMatchObject({ counts: { failed: 2 }, retryableFailures: 1, unansweredFailures: 0, rejectedFailures: 1, sentAgain: [] });
    // Trying the one again says what it may cost first, as any list does.
    expect(getBatchView(app.db, batchId, sam).retryEstimate).toEqual({ worstCase: worstCasePrice(getSetting(app.db, "plan"), getSetting(app.db, "providerPrices"), true), expected: expect.any(Number) });

    // Another SDR cannot reach the batch; its owner can.
    await expect(retryFailed(app.db, batchId, app.createUser("sdr"))).rejects.toMatchObject({ code: "not_found" });
    const again = await retryFailed(app.db, batchId, sam);
    expect(again).toMatchObject({ total: 1, queued: 1 });
    const sent = getBatchView(app.db, again.batchId, sam);
    expect(sent.rows.map((row) => row.linkedinUrl)).toEqual(["https://www.linkedin.com/in/retry-sandbox-500/"]);

    expect(revealRow(app.db, flaky)).toMatchObject({ state: "failed", errorCode: "retried", errorMessage: `Failed here (Clodura errored or never answered); tried again by ${sam.name} in a new batch.` });
    expect(revealRow(app.db, invalid)).toMatchObject({ errorCode: "clodura_422" });
    expect(getBatchView(app.db, batchId, sam)).toMatchObject({ retryableFailures: 0, retryEstimate: null, unansweredFailures: 0, rejectedFailures: 1 });
    // The list says where its failure went, and the new one links back.
    expect(getBatchView(app.db, batchId, sam).sentAgain).toEqual([
      { batchId: again.batchId, label: "Pasted: retry-sandbox-500", by: sam.name, at: expect.any(Number), linked: true, people: 1, failed: 1, unfinished: 0, cancelled: 0 },
    ]);
    expect(sent.sentAgainFrom).toEqual({ batchId, label: "Pasted list" });
    const twice = await retryFailed(app.db, batchId, sam).catch((error: unknown) => error);
    expect(twice).toBeInstanceOf(AppError);
    expect(twice).toMatchObject({ code: "conflict", message: "Nothing to try again: no reveal of this batch failed in a way another try could fix." });
  });

  it("counts apart the failures Clodura accepted and never answered, which it may have charged for", async () => {
    const sam = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sam, ["https://www.linkedin.com/in/quiet-one/", "https://www.linkedin.com/in/quiet-two/"]);
    const [quiet, flaky] = revealIds as [string, string];
    app.db.update(reveals).set({ state: "failed", errorCode: "no_result" }).where(eq(reveals.id, quiet)).run();
    app.db.update(reveals).set({ state: "failed", errorCode: "retries_exhausted" }).where(eq(reveals.id, flaky)).run();
    expect(getBatchView(app.db, batchId, sam)).toMatchObject({ retryableFailures: 2, unansweredFailures: 1 });

    await retryFailed(app.db, batchId, sam);
    expect(getBatchView(app.db, batchId, sam)).toMatchObject({ retryableFailures: 0, unansweredFailures: 0 });
  });

  it("links an SDR's list to a manager's new batch only for those who may open it", async () => {
    const [sam, manager] = [app.createUser("sdr"), app.createUser("manager")];
    const { batchId, revealIds } = app.createBatchFor(sam, ["https://www.linkedin.com/in/managed-retry/"]);
    app.db.update(reveals).set({ state: "failed", errorCode: "retries_exhausted" }).where(eq(reveals.id, revealIds[0]!)).run();

    const again = await retryFailed(app.db, batchId, manager);
    const sentAgain = { batchId: again.batchId, by: manager.name, people: 1, failed: 1 };
    expect(getBatchView(app.db, batchId, manager).sentAgain).toEqual([expect.objectContaining({ ...sentAgain, linked: true })]);
    expect(getBatchView(app.db, batchId, sam).sentAgain).toEqual([expect.objectContaining({ ...sentAgain, linked: false })]);
  });

  it("names the list a batch came from only to those who may open it", async () => {
    const [sam, manager] = [app.createUser("sdr"), app.createUser("manager")];
    const { batchId, revealIds } = app.createBatchFor(sam, ["https://www.linkedin.com/in/demoted-retry/"]);
    app.db.update(reveals).set({ state: "failed", errorCode: "retries_exhausted" }).where(eq(reveals.id, revealIds[0]!)).run();
    const again = await retryFailed(app.db, batchId, manager);
    expect(getBatchView(app.db, again.batchId, manager).sentAgainFrom).toMatchObject({ batchId });

    // Made an SDR since: the new batch is still theirs, Sam's list (and its name) no longer is.
    const demoted = { ...manager, role: "sdr" as const };
    expect(getBatchView(app.db, again.batchId, demoted).sentAgainFrom).toBeNull();
  });

  describe("a teammate's row attached to the reveal that failed", () => {
    /** Sam's reveal of a flaky person fails on its last try, with Jordan's row attached to it. */
    async function failedUnderJordan() {
      const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
      const person = "https://www.linkedin.com/in/shared-sandbox-500/";
      const sams = submit(app.db, sam, [entryFor(person)]);
      const jordans = submit(app.db, jordan, [entryFor(person)]);
      app.db.update(reveals).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(reveals.id, sams.revealIds[0]!)).run();
      expect(await app.dispatchAll()).toEqual(["failed"]);
      expect(getBatchView(app.db, jordans.batchId, jordan)).toMatchObject({ counts: { failed: 1 }, retryableFailures: 1 });
      return { sam, jordan, sams, jordans };
    }

    it("can be tried again by its own SDR, once", async () => {
      const { jordan, jordans } = await failedUnderJordan();
      const again = await retryFailed(app.db, jordans.batchId, jordan);
      expect(again).toMatchObject({ total: 1, queued: 1 });
      expect(revealRow(app.db, jordans.revealIds[0]!)).toMatchObject({ state: "cached", errorCode: "retried" });
      expect(getBatchView(app.db, jordans.batchId, jordan).retryableFailures).toBe(0);
      await revealNow(app, revealIdsOf(app.db, again.batchId));
      // The sandbox keeps only the requests it accepted: the 503 is not among them.
      expect(sentToClodura()).toBe(1);
    });

    it("follows the new reveal when the teammate tries theirs again, and gets its answer", async () => {
      const { sam, jordan, sams, jordans } = await failedUnderJordan();
      const again = await retryFailed(app.db, sams.batchId, sam);
      const [newReveal] = revealIdsOf(app.db, again.batchId) as [string];
      expect(revealRow(app.db, jordans.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: newReveal, errorCode: null });
      expect(getBatchView(app.db, jordans.batchId, jordan).retryableFailures).toBe(0);

      await revealNow(app, [newReveal]);
      expect(getBatchView(app.db, jordans.batchId, jordan).rows[0]).toMatchObject({ state: "cached", ledger: { revealedBy: sam.name } });
      expect(sentToClodura()).toBe(1);
    });
  });

  it("sends a rejected list's people in a new batch, checked against the budgets again, once", async () => {
    const [manager, sam] = [app.createUser("manager"), app.createUser("sdr")];
    const people = foundUrls("resend-rejected", 2);
    setBudget(app.db, manager.id, { subject: sam.id, period: "month" }, 1);
    const held = submit(app.db, sam, people.map((person) => entryFor(person)));
    expect(held).toMatchObject({ held: 2 });
    decideBatch(app.db, { batchId: held.batchId, actorId: manager.id, decision: "reject", note: "Next month" });
    expect(getBatchView(app.db, held.batchId, sam).approval).toMatchObject({ state: "rejected", resendable: 2 });

    // Next month (here: the cap raised), Sam sends them after all.
    setBudget(app.db, manager.id, { subject: sam.id, period: "month" }, null);
    const again = await resendCancelled(app.db, held.batchId, sam);
    expect(again).toMatchObject({ total: 2, queued: 2, held: 0 });
    expect(getBatchView(app.db, held.batchId, sam).approval.resendable).toBe(0);
    expect(held.revealIds.map((id) => revealRow(app.db, id))).toEqual(
      held.revealIds.map(() => expect.objectContaining({ state: "cancelled", errorCode: "resent", errorMessage: `Not sent when it waited for approval; sent again by ${sam.name} in a new batch.` })),
    );
    await expect(resendCancelled(app.db, held.batchId, sam)).rejects.toThrow("Nothing to send again: no reveal of this batch is waiting after a rejection.");
    await revealNow(app, revealIdsOf(app.db, again.batchId));
    expect(sentToClodura()).toBe(2);
  });

  it("is the owner's to send again, not a manager's: it is the owner's budget", async () => {
    const [manager, sam] = [app.createUser("manager"), app.createUser("sdr")];
    setBudget(app.db, manager.id, { subject: sam.id, period: "month" }, 1);
    const held = submit(app.db, sam, [entryFor(foundUrls("resend-owner", 1)[0]!)]);
    decideBatch(app.db, { batchId: held.batchId, actorId: manager.id, decision: "reject" });
    await expect(resendCancelled(app.db, held.batchId, manager)).rejects.toThrow("Only the list's owner can send a rejected list again.");
    expect(sentToClodura()).toBe(0);
  });

  it("sends again both the people a rejection held back and the ones a later stop cancelled", async () => {
    const [manager, sam, jordan] = [app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    const [shared, ...own] = foundUrls("resend-both", 4) as [string, ...string[]];
    const mine = submit(app.db, sam, [entryFor(shared)]);
    setBudget(app.db, manager.id, { subject: jordan.id, period: "day" }, 70);
    const jordans = submit(app.db, jordan, [entryFor(shared), ...own.map((person) => entryFor(person))]);
    // Sam stops: Jordan's row for the shared person is held over budget, and a manager rejects it with a note.
    await stopBatch(app.db, mine.batchId, sam);
    decideBatch(app.db, { batchId: jordans.batchId, actorId: manager.id, decision: "reject", note: "Not this one" });
    await stopBatch(app.db, jordans.batchId, jordan);
    const view = getBatchView(app.db, jordans.batchId, jordan);
    expect(view.approval).toMatchObject({ state: "rejected", note: "Not this one" });
    expect(view.stopped?.resendable).toBe(4);

    const again = await resendCancelled(app.db, jordans.batchId, jordan);
    expect(again.total).toBe(4);
    expect(getBatchView(app.db, jordans.batchId, jordan).stopped?.resendable).toBe(0);
  });
});
