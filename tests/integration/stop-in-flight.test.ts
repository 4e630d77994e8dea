import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { batches, creditLedger } from "@/db/schema";
import { changeMember } from "@/lib/auth/team";
import { createCloduraClient } from "@/lib/clodura/client";
import { claimDispatch, sendDispatch, type ClaimedDispatch } from "@/lib/reveals/dispatch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { getQueueStatus } from "@/lib/reveals/queue-status";
import { mayHaveArrivedWaitMs } from "@/lib/reveals/may-have-arrived";
import { refillSandbox, resumeQueue } from "@/lib/reveals/queue-pause";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { isSettled, revealRow } from "../support/inspect";
import { entryFor, profileUrl, sandboxRequestTotal, submit } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

function claimNext(): ClaimedDispatch {
  const claim = claimDispatch(app.db, app.deps.owner, Date.now());
  if (claim === null || typeof claim === "string") throw new Error(`nothing claimed: ${claim}`);
  return claim;
}

describe("a stop while a send is on the wire", () => {
  it("cancels the send Clodura refused with a 503 instead of queuing it again in the stopped list", async () => {
    const sam = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sam, ["https://www.linkedin.com/in/gus-sandbox-500/", "https://www.linkedin.com/in/gus-queued/"]);
    const [onTheWire] = revealIds as [string];
    const claim = claimNext();
    expect(await stopBatch(app.db, batchId, sam)).toMatchObject({ cancelled: 1, stillRunning: 1 });

    expect(await sendDispatch(app.db, claim, { ...app.deps, random: () => 0 })).toBe("retry");
    expect(revealRow(app.db, onTheWire)).toMatchObject({ state: "cancelled", errorCode: "stopped" });
    expect(await app.dispatchAll({ now: () => Date.now() + 60 * 60_000 })).toEqual([]);
    // Clodura took nothing: the 503 refused the one try, and nothing of the stopped list was sent after it.
    expect(sandboxRequestTotal(app.db)).toBe(0);
    expect(getBatchView(app.db, batchId, sam)).toMatchObject({ counts: { cancelled: 2, queued: 0 }, stopped: { resendable: 2 } });
    // Neither is paid for: both leave the list's estimate.
    expect(app.db.select({ worstCase: batches.worstCase, expected: batches.expected }).from(batches).where(eq(batches.id, batchId)).get()).toEqual({ worstCase: 0, expected: 0 });
  });

  it("cancels the send refused for Clodura's credits (402): the pause is kept, and nothing of the list goes after Resume", async () => {
    const sam = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sam, ["https://www.linkedin.com/in/joy-sandbox-402/", "https://www.linkedin.com/in/joy-queued/"]);
    const claim = claimNext();
    await stopBatch(app.db, batchId, sam);

    expect(await sendDispatch(app.db, claim, app.deps)).toBe("queue_paused");
    expect(revealRow(app.db, revealIds[0]!)).toMatchObject({ state: "cancelled", errorCode: "stopped" });
    expect(getQueueStatus(app.db).pause).toMatchObject({ status: 402 });
    refillSandbox(app.db);
    resumeQueue(app.db);
    expect(await app.dispatchAll()).toEqual([]);
    expect(sandboxRequestTotal(app.db)).toBe(0);
  });

  it("gives a teammate attached to the refused send a reveal of their own, sent once", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const person = "https://www.linkedin.com/in/hal-sandbox-500/";
    const mine = submit(app.db, sam, [entryFor(person), entryFor("https://www.linkedin.com/in/hal-queued/")]);
    const claim = claimNext();
    const theirs = submit(app.db, jordan, [entryFor(person)]);
    expect(theirs).toMatchObject({ attached: 1, queued: 0 });
    await stopBatch(app.db, mine.batchId, sam);

    await sendDispatch(app.db, claim, { ...app.deps, random: () => 0 });
    expect(revealRow(app.db, mine.revealIds[0]!)).toMatchObject({ state: "cancelled", errorCode: "stopped" });
    expect(revealRow(app.db, theirs.revealIds[0]!)).toMatchObject({ state: "queued", sourceRevealId: null, requestedBy: jordan.id });
    expect(await app.dispatchAll()).toEqual(["sent"]);
    expect(sandboxRequestTotal(app.db)).toBe(1);
  });

  it("leaves a send that timed out after the request went out to its webhook: not sent again, answered and charged once", async () => {
    const [first] = app.createBatchFor(app.createUser("sdr"), [profileUrl("first-answer", { found: true })]).revealIds as [string];
    await app.dispatchAll();
    await app.deliverWebhooks();
    await waitFor(() => isSettled(app.db, first), 5_000, "the first webhook, so webhooks are known to reach the app");
    const sam = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sam, [profileUrl("ivy-sandbox-slow-answer", { found: true }), "https://www.linkedin.com/in/ivy-queued/"]);
    const [slow] = revealIds as [string];
    const claim = claimNext();
    await stopBatch(app.db, batchId, sam);

    // A client that gives up long before the sandbox answers: Clodura has the request regardless.
    const impatient = createCloduraClient({ baseUrl: `${app.url}/sandbox`, apiKey: "sandbox", timeoutMs: 300 });
    expect(await sendDispatch(app.db, claim, { ...app.deps, client: impatient })).toBe("retry");
    expect(revealRow(app.db, slow)).toMatchObject({ state: "awaiting", errorCode: "may_have_arrived" });
    expect(await app.dispatchAll({ now: () => Date.now() + mayHaveArrivedWaitMs(app.db) + 60_000 })).toEqual([]);
    await app.deliverWebhooks(15_000);
    await waitFor(() => revealRow(app.db, slow).state === "found", 5_000, "the webhook of the request that timed out");
    expect(sandboxRequestTotal(app.db)).toBe(2);
    expect(app.db.select().from(creditLedger).all()).toHaveLength(2);
  });

  it("cancels a disabled person's last reveal Clodura refused, rather than leave it queued in their name for good", async () => {
    const [admin, sam] = [app.createUser("admin"), app.createUser("sdr")];
    const { batchId, revealIds } = app.createBatchFor(sam, ["https://www.linkedin.com/in/kai-sandbox-500/"]);
    const [onTheWire] = revealIds as [string];
    const claim = claimNext();
    // Nothing of theirs is queued: disabling them has no list to stop.
    await changeMember(app.db, admin, sam.id, { disabled: true });

    await sendDispatch(app.db, claim, { ...app.deps, random: () => 0 });
    expect(revealRow(app.db, onTheWire)).toMatchObject({ state: "cancelled", errorMessage: expect.stringContaining("account was disabled") });
    expect(getQueueStatus(app.db).waiting).toBe(0);
    await changeMember(app.db, admin, sam.id, { disabled: false });
    expect(await app.dispatchAll()).toEqual([]);
    // The list says who stopped it, as disabling says of a list with a reveal queued, and offers its owner the person again.
    expect(getBatchView(app.db, batchId, sam).stopped).toMatchObject({ by: admin.name, resendable: 1 });
  });
});
