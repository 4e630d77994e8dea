import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { creditLedger, reveals, sandboxRequests, webhookEvents } from "@/db/schema";
import { classifyHttpFailure } from "@/lib/clodura/classify-failure";
import { createCloduraClient } from "@/lib/clodura/client";
import { getBatchView } from "@/lib/reveals/get-batch";
import { mayHaveArrivedWaitMs } from "@/lib/reveals/may-have-arrived";
import { reconcileDue } from "@/lib/reveals/reconcile";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { trackOnlyUrl } from "../support/credit-flow";
import { isSettled, revealRow } from "../support/inspect";
import { profileUrl } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("a timeout after the request went out", () => {
  // A client that gives up long before the sandbox answers a "-sandbox-slow-answer" person (11 s): Clodura has the request regardless.
  const impatient = () => createCloduraClient({ baseUrl: `${app.url}/sandbox`, apiKey: "sandbox", timeoutMs: 300 });
  const requestsSent = () => app.db.select().from(sandboxRequests).all().length;

  /** A first reveal answered by its webhook: from then on, webhooks are known to reach the app. */
  async function webhooksArriving() {
    const [first] = app.createBatchFor(app.createUser("sdr"), [profileUrl("first-answer", { found: true })]).revealIds as [string];
    await app.dispatchAll();
    await app.deliverWebhooks();
    await waitFor(() => isSettled(app.db, first), 5_000, "the first webhook");
    return requestsSent();
  }

  it("with webhooks reaching the app, waits for the webhook before sending again, so Clodura is asked (and charges) once", async () => {
    const { db } = app;
    const before = await webhooksArriving();
    const url = profileUrl("tia-sandbox-slow-answer", { found: true });
    const [revealId] = app.createBatchFor(app.createUser("sdr"), [url]).revealIds as [string];
    const t0 = Date.now();
    expect(await app.dispatchAll({ client: impatient(), now: () => t0, random: () => 0 })).toEqual(["retry"]);
    const waiting = revealRow(db, revealId);
    expect(waiting).toMatchObject({ state: "queued", errorCode: "may_have_arrived" });
    expect(waiting.nextAttemptAt.getTime()).toBe(t0 + mayHaveArrivedWaitMs(db));
    expect(waiting.errorMessage).toContain("not paid twice");
    expect(await app.dispatchAll({ client: impatient(), now: () => t0 + mayHaveArrivedWaitMs(db) - 1 })).toEqual([]);

    await app.deliverWebhooks(15_000);
    await waitFor(() => revealRow(db, revealId).state === "found", 5_000, "the webhook of the request that timed out");
    expect(await app.dispatchAll({ client: impatient(), now: () => t0 + mayHaveArrivedWaitMs(db) + 1 })).toEqual([]);
    expect(requestsSent() - before).toBe(1);
    expect(db.select().from(creditLedger).all()).toHaveLength(2);
  });

  it("with no webhook known to reach the app, never sends it again: its webhook still answers it, once", async () => {
    const { db } = app;
    const [revealId] = app.createBatchFor(app.createUser("sdr"), [profileUrl("ada-sandbox-slow-answer", { found: true })]).revealIds as [string];
    const t0 = Date.now();
    expect(await app.dispatchAll({ client: impatient(), now: () => t0 })).toEqual(["retry"]);
    const waiting = revealRow(db, revealId);
    expect(waiting).toMatchObject({ state: "awaiting", trackingId: null, errorCode: "may_have_arrived" });
    expect(waiting.errorMessage).toContain("not sent again, which could pay twice");
    // Nothing is due to send, now or after the wait.
    expect(await app.dispatchAll({ client: impatient(), now: () => t0 + 60 * 60_000 })).toEqual([]);

    await app.deliverWebhooks(15_000);
    await waitFor(() => revealRow(db, revealId).state === "found", 5_000, "the webhook of the request that timed out");
    expect(requestsSent()).toBe(1);
    expect(db.select().from(creditLedger).all()).toHaveLength(1);
  });

  it("with no webhook known to reach the app and none coming, fails after the wait, sent once, and says another try may cost twice", async () => {
    const { db } = app;
    const sam = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sam, [trackOnlyUrl("cal-slow", true)]);
    const [revealId] = revealIds as [string];
    const t0 = Date.now();
    // The request reaches the sandbox; its answer is lost to our timeout, and no webhook will ever come.
    const cutOff: typeof fetch = async (input, init) => {
      await (await fetch(input, init)).text();
      throw new DOMException("The operation timed out.", "TimeoutError");
    };
    const client = createCloduraClient({ baseUrl: `${app.url}/sandbox`, apiKey: "sandbox", fetchImpl: cutOff });
    expect(await app.dispatchAll({ client, now: () => t0 })).toEqual(["retry"]);
    await reconcileDue(db, { client: app.client, now: () => t0 + mayHaveArrivedWaitMs(db) - 1 });
    expect(revealRow(db, revealId).state).toBe("awaiting");
    await reconcileDue(db, { client: app.client, now: () => t0 + mayHaveArrivedWaitMs(db) + 1 });
    expect(revealRow(db, revealId)).toMatchObject({ state: "failed", errorCode: "no_result", errorMessage: expect.stringContaining("It was not sent again, which could pay twice") });
    expect(requestsSent()).toBe(1);
    // Offered to try again, with the warning that Clodura may have charged for the first.
    expect(getBatchView(db, batchId, sam)).toMatchObject({ retryableFailures: 1, unansweredFailures: 1 });
  });

  it("is not sent again after a stop, but left to its webhook, which is applied and charged; the stop cancels the retries Clodura refused (a 503)", async () => {
    const { db } = app;
    const before = await webhooksArriving();
    const sam = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sam, [profileUrl("eli-sandbox-slow-answer", { found: true }), "https://www.linkedin.com/in/flo-sandbox-500/"]);
    const [slow, refused] = revealIds as [string, string];
    expect(await app.dispatchAll({ client: impatient() })).toEqual(["retry", "retry"]);
    expect(revealRow(db, slow)).toMatchObject({ state: "queued", errorCode: "may_have_arrived" });
    expect(revealRow(db, refused)).toMatchObject({ state: "queued", attempts: 1, errorCode: "clodura_503" });

    expect(await stopBatch(db, batchId, sam)).toMatchObject({ cancelled: 1, stillRunning: 1 });
    expect(revealRow(db, refused)).toMatchObject({ state: "cancelled", errorCode: "stopped" });
    expect(revealRow(db, slow)).toMatchObject({ state: "awaiting", errorCode: "may_have_arrived" });
    expect(await app.dispatchAll({ now: () => Date.now() + 60 * 60_000 })).toEqual([]);
    await app.deliverWebhooks(15_000);
    await waitFor(() => revealRow(db, slow).state === "found", 5_000, "the webhook of the request that timed out");
    // Only the slow one reached the sandbox (the 503 took nothing), once.
    expect(requestsSent() - before).toBe(1);
    expect(db.select().from(creditLedger).all()).toHaveLength(2);
  });

  it("keeps the mark when a later try is refused: a stop then leaves it to the webhook of the try that may have arrived", async () => {
    const { db } = app;
    await webhooksArriving();
    let calls = 0;
    // The first try reaches the sandbox and times out; the second gets a 503.
    const timeoutThen503: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) {
        await (await fetch(input, init)).text();
        throw new DOMException("The operation timed out.", "TimeoutError");
      }
      return new Response('{"message":"busy"}', { status: 503, headers: { "content-type": "application/json" } });
    };
    const client = createCloduraClient({ baseUrl: `${app.url}/sandbox`, apiKey: "sandbox", fetchImpl: timeoutThen503 });
    const sam = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sam, [profileUrl("kim-late-webhook", { found: true })]);
    const [revealId] = revealIds as [string];
    const t0 = Date.now();
    expect(await app.dispatchAll({ client, now: () => t0, random: () => 0 })).toEqual(["retry"]);
    expect(await app.dispatchAll({ client, now: () => t0 + mayHaveArrivedWaitMs(db) + 1, random: () => 0 })).toEqual(["retry"]);
    expect(revealRow(db, revealId)).toMatchObject({ state: "queued", attempts: 2, errorCode: "may_have_arrived" });

    expect(await stopBatch(db, batchId, sam)).toMatchObject({ cancelled: 0, stillRunning: 1 });
    await app.deliverWebhooks(15_000);
    await waitFor(() => revealRow(db, revealId).state === "found", 5_000, "the first try's webhook");
    expect(db.select().from(creditLedger).all()).toHaveLength(2);
  });

  it("waits twice the slowest webhook of the last day when that is longer than 2 minutes, up to 15", async () => {
    const { db } = app;
    await webhooksArriving();
    const now = Date.now();
    expect(mayHaveArrivedWaitMs(db, now)).toBe(2 * 60_000);
    // A webhook that came 5 minutes after its request was sent: Clodura's waterfall runs that slow today.
    const [answered] = db.select().from(reveals).where(eq(reveals.state, "found")).all();
    const arrived = db.select().from(webhookEvents).where(eq(webhookEvents.revealId, answered!.id)).all().find((event) => event.source === "webhook")!;
    db.update(reveals).set({ dispatchedAt: new Date(arrived.receivedAt.getTime() - 5 * 60_000) }).where(eq(reveals.id, answered!.id)).run();
    expect(mayHaveArrivedWaitMs(db, now)).toBe(10 * 60_000);
    db.update(reveals).set({ dispatchedAt: new Date(arrived.receivedAt.getTime() - 60 * 60_000) }).where(eq(reveals.id, answered!.id)).run();
    expect(mayHaveArrivedWaitMs(db, now)).toBe(15 * 60_000);
    // A day later that webhook no longer counts.
    expect(mayHaveArrivedWaitMs(db, now + 25 * 60 * 60_000)).toBe(2 * 60_000);
  });

  it("treats a 500, or a gateway's 502 or 520, like a gateway's timeout: the request may have gone through", () => {
    for (const status of [500, 502, 504, 520, 524]) expect(classifyHttpFailure(status, new Headers(), "")).toMatchObject({ kind: "retry", mayHaveArrived: true });
    for (const status of [503, 521, 522, 429]) expect(classifyHttpFailure(status, new Headers(), "")).toMatchObject({ kind: "retry", mayHaveArrived: false });
  });
});
