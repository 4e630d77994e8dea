import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reveals } from "@/db/schema";
import { worstCasePrice } from "@/lib/credits/prices";
import { MAX_ATTEMPTS } from "@/lib/reveals/dispatch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { getSetting } from "@/lib/settings/settings";
import { resendUnfinished } from "@/lib/reveals/resend-unfinished";
import { RAN_OUT_OF_CREDITS } from "@/lib/reveals/ran-out-of-credits";
import { retryFailed } from "@/lib/reveals/retry-failed";
import { sendFailedAndUnfinishedAgain } from "@/lib/reveals/send-again";
import { isSettled, revealRow } from "../support/inspect";
import { entryFor, foundUrls, submit } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const cutShort = "https://www.linkedin.com/in/max-roe-sandbox-insufficient-credits/";

/** A batch of Sam's, answered: one person found, one cut short by Clodura's credits. */
async function answeredWithOneUnfinished() {
  const sam = app.createUser("sdr");
  const { batchId, revealIds } = app.createBatchFor(sam, [foundUrls("unfinished-resend", 1)[0]!, cutShort]);
  await app.dispatchAll();
  await app.deliverWebhooks();
  await waitFor(() => revealIds.every((id) => isSettled(app.db, id)), 5_000, "both answers");
  return { sam, batchId };
}

describe("sending again the people Clodura's credits cut short", () => {
  it("makes a new batch of them once; their old rows stay unfinished, which they were", async () => {
    const { sam, batchId } = await answeredWithOneUnfinished();
    const before = getBatchView(app.db, batchId, sam);
    expect(before.counts).toMatchObject({ found: 1, unfinished: 1 });
    expect(before.resendableUnfinished).toBe(1);
    // With nothing failed beside it, there is no joint offer.
    expect(before.failedAndUnfinishedEstimate).toBeNull();
    // Said before it is sent: what the one may cost, the dearest provider at worst.
    expect(before.unfinishedEstimate).toEqual({ worstCase: worstCasePrice(getSetting(app.db, "plan"), getSetting(app.db, "providerPrices"), true), expected: expect.any(Number) });

    const again = await resendUnfinished(app.db, batchId, sam);
    expect(again).toMatchObject({ total: 1, queued: 1, cached: 0 });
    expect(getBatchView(app.db, again.batchId, sam).rows.map((row) => row.linkedinUrl)).toEqual([cutShort]);

    const after = getBatchView(app.db, batchId, sam);
    expect(after.counts).toMatchObject({ found: 1, unfinished: 1 });
    expect(after.resendableUnfinished).toBe(0);
    await expect(resendUnfinished(app.db, batchId, sam)).rejects.toThrow("Nothing to send again");
    await expect(resendUnfinished(app.db, batchId, app.createUser("sdr"))).rejects.toThrow("does not exist or belongs to someone else");
  });

  it("offers nothing for a person a teammate has sent since: that request is their second try", async () => {
    const { sam, batchId } = await answeredWithOneUnfinished();
    // An unfinished answer is no ledger answer: the teammate's list sends the person again, and pays if found.
    expect(submit(app.db, app.createUser("sdr"), [entryFor(cutShort)])).toMatchObject({ queued: 1, cached: 0 });
    expect(getBatchView(app.db, batchId, sam).resendableUnfinished).toBe(0);
    await expect(resendUnfinished(app.db, batchId, sam)).rejects.toThrow("Nothing to send again");
  });

  it("offers nothing more once the person sent again is answered by the ledger from a teammate's earlier find", async () => {
    const { sam, batchId } = await answeredWithOneUnfinished();
    // A teammate had found the person before Sam's list was cut short (as if Sam had asked to reveal them again).
    const bea = app.createUser("sdr");
    const { revealIds } = app.createBatchFor(bea, [cutShort]);
    const [own] = app.db.select().from(reveals).where(and(eq(reveals.batchId, batchId), eq(reveals.state, "not_found"))).all();
    const before = new Date(own!.createdAt.getTime() - 60_000);
    app.db.update(reveals).set({ state: "found", createdAt: before, completedAt: before }).where(eq(reveals.id, revealIds[0]!)).run();

    const again = await resendUnfinished(app.db, batchId, sam);
    expect(again).toMatchObject({ total: 1, queued: 0, cached: 1 });
    expect(getBatchView(app.db, batchId, sam).resendableUnfinished).toBe(0);
    await expect(resendUnfinished(app.db, batchId, sam)).rejects.toThrow("Nothing to send again");
  });

  it("offers nothing on a list with no unfinished row", async () => {
    const sam = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sam, foundUrls("unfinished-none", 2));
    await app.dispatchAll();
    await app.deliverWebhooks();
    await waitFor(() => revealIds.every((id) => isSettled(app.db, id)), 5_000, "answers");
    expect(getBatchView(app.db, batchId, sam).resendableUnfinished).toBe(0);
    await expect(resendUnfinished(app.db, batchId, sam)).rejects.toThrow("Nothing to send again");
    await expect(retryFailed(app.db, batchId, sam)).rejects.toThrow("Nothing to try again");
  });
});

describe("a list with both failures to try again and people Clodura's credits cut short", () => {
  it("sends them all in one new batch, once, marking only the failures as tried again", async () => {
    const sam = app.createUser("sdr");
    const flakyUrl = "https://www.linkedin.com/in/both-kinds-sandbox-500/";
    const { batchId, revealIds } = app.createBatchFor(sam, [flakyUrl, foundUrls("both-kinds", 1)[0]!, cutShort]);
    const [flaky, , short] = revealIds as [string, string, string];
    // The flaky one is on its last try.
    app.db.update(reveals).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(reveals.id, flaky)).run();
    await app.dispatchAll();
    await app.deliverWebhooks();
    await waitFor(() => revealIds.every((id) => isSettled(app.db, id)), 5_000, "every answer");
    const before = getBatchView(app.db, batchId, sam);
    expect(before).toMatchObject({ counts: { failed: 1, found: 1, unfinished: 1 }, retryableFailures: 1, resendableUnfinished: 1 });
    const worstEach = worstCasePrice(getSetting(app.db, "plan"), getSetting(app.db, "providerPrices"), true);
    expect(before.failedAndUnfinishedEstimate).toEqual({ worstCase: 2 * worstEach, expected: expect.any(Number) });

    await expect(sendFailedAndUnfinishedAgain(app.db, batchId, app.createUser("sdr"))).rejects.toThrow("does not exist or belongs to someone else");
    const again = await sendFailedAndUnfinishedAgain(app.db, batchId, sam);
    expect(again).toMatchObject({ total: 2, queued: 2 });
    expect(getBatchView(app.db, again.batchId, sam).rows.map((row) => row.linkedinUrl)).toEqual([flakyUrl, cutShort]);

    expect(revealRow(app.db, flaky)).toMatchObject({ state: "failed", errorCode: "retried" });
    // The unfinished row stays what it was; the new reveal for its person is what says it was sent again.
    expect(revealRow(app.db, short)).toMatchObject({ state: "not_found", errorCode: RAN_OUT_OF_CREDITS });
    const after = getBatchView(app.db, batchId, sam);
    expect(after).toMatchObject({ counts: { failed: 1, unfinished: 1 }, retryableFailures: 0, resendableUnfinished: 0, failedAndUnfinishedEstimate: null });
    // Both kinds are said to have gone to the new list, the unfinished one too (its row keeps no mark of its own).
    expect(after.sentAgain).toEqual([expect.objectContaining({ batchId: again.batchId, people: 2, failed: 1, unfinished: 1, cancelled: 0 })]);
    await expect(sendFailedAndUnfinishedAgain(app.db, batchId, sam)).rejects.toThrow("Nothing to send again");
    // Neither part is offered on its own afterwards either.
    await expect(resendUnfinished(app.db, batchId, sam)).rejects.toThrow("Nothing to send again");
    await expect(retryFailed(app.db, batchId, sam)).rejects.toThrow("Nothing to try again");
  });
});
