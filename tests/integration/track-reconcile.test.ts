import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { creditLedger, outcomeDaily, reveals, sandboxRequests } from "@/db/schema";
import { reconcileDue } from "@/lib/reveals/reconcile";
import { TRACK_404_SPAN_MS, TRACK_UNKNOWN_NOTE } from "@/lib/reveals/track-not-found-streak";
import { setSetting } from "@/lib/settings/settings";
import { eventsOf, multiPayload, postJson, providerRowsOf, revealRow, sandboxRequestOf } from "../support/inspect";
import { chargesOf, profileUrl } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
  setSetting(app.db, "reconcileAfterSeconds", 0); // poll the track endpoint as soon as a reveal is awaiting
});
afterEach(async () => {
  await app.close();
});

/** Dispatches one reveal, then polls track once before the sandbox has finished and once after. */
async function resolveThroughTrack(slug: string): Promise<string> {
  const { db, client } = app;
  const revealId = app.createBatchFor(app.createUser("sdr"), [`https://www.linkedin.com/in/${slug}/`]).revealIds[0]!;
  expect(await app.dispatchAll()).toEqual(["sent"]);
  const { completeAt } = sandboxRequestOf(db, revealId);

  expect(await reconcileDue(db, { client })).toBe(0);
  const polled = revealRow(db, revealId);
  expect(polled).toMatchObject({ state: "awaiting", trackPolls: 1 });
  expect(eventsOf(db, revealId, "track").map((event) => event.outcome)).toEqual(["pending"]);
  expect(await reconcileDue(db, { client })).toBe(0); // the next poll is not due yet
  expect(eventsOf(db, revealId, "track")).toHaveLength(1);

  await waitFor(() => Date.now() > completeAt.getTime(), 3_000, "the sandbox to finish processing");
  expect(await reconcileDue(db, { client, now: () => polled.nextAttemptAt.getTime() })).toBe(1);
  return revealId;
}

describe("a webhook that never arrives", () => {
  it("is resolved through the track endpoint, and the track body is kept", async () => {
    const { db } = app;
    const revealId = await resolveThroughTrack("nia-cole-sandbox-no-webhook");
    const reveal = revealRow(db, revealId);
    expect(["found", "not_found"]).toContain(reveal.state);
    expect(reveal.completedAt).toBeInstanceOf(Date);

    const { payload, deliveryDelaysMs } = sandboxRequestOf(db, revealId);
    expect(deliveryDelaysMs).toEqual([]);
    const [pending, applied] = eventsOf(db, revealId, "track");
    expect(pending?.body).toContain('"status":"processing"');
    expect(applied).toMatchObject({ outcome: "applied" });
    expect(JSON.parse(applied!.body)).toMatchObject({ status: "completed", data: payload });
    expect(eventsOf(db, revealId, "webhook")).toEqual([]);

    const providers = Object.keys((payload as { people: [{ phoneNumbers: object }] }).people[0].phoneNumbers);
    expect(providerRowsOf(db, revealId).map((row) => row.provider)).toEqual(providers);
  });
});

describe("a webhook that arrives after track has answered", () => {
  it("is stored as a duplicate and changes nothing", async () => {
    const { db } = app;
    const revealId = await resolveThroughTrack("omar-diaz-sandbox-late-webhook");
    const revealBefore = revealRow(db, revealId);
    const rowsBefore = providerRowsOf(db, revealId);
    expect(["found", "not_found"]).toContain(revealBefore.state);

    // The sandbox would deliver it after 90 s: deliver the same body to the same URL now.
    const { webhookUrl, payload, deliveryDelaysMs } = sandboxRequestOf(db, revealId);
    expect(deliveryDelaysMs).toEqual([90_000]);
    expect(eventsOf(db, revealId, "webhook")).toEqual([]);
    const response = await postJson(webhookUrl!, payload, { "user-agent": "Clodura-Sandbox/1.0" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "duplicate" });

    expect(revealRow(db, revealId)).toEqual(revealBefore);
    expect(providerRowsOf(db, revealId)).toEqual(rowsBefore);
    expect(eventsOf(db, revealId, "webhook")).toEqual([expect.objectContaining({ outcome: "duplicate", body: JSON.stringify(payload) })]);
  });
});

describe("a match answer of 200 without a trackingId", () => {
  it("waits for the webhook instead of failing, and its answer is applied and charged once", async () => {
    const { db, client } = app;
    const revealId = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/pia-lund-sandbox-no-tracking-id/"]).revealIds[0]!;
    expect(await app.dispatchAll()).toEqual(["sent"]);
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", trackingId: null, errorCode: null });
    expect(JSON.parse(eventsOf(db, revealId, "match")[0]!.body)).toEqual({ status: "Callback will be triggered once processing is complete." });

    // Nothing to poll with: a reconcile pass well past the usual window still leaves it waiting for the webhook.
    expect(await reconcileDue(db, { client, now: () => Date.now() + 60 * 60_000 })).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting" });
    expect(eventsOf(db, revealId, "track")).toEqual([]);

    await app.deliverWebhooks();
    await waitFor(() => revealRow(db, revealId).state !== "awaiting", 5_000, "the webhook");
    expect(["found", "not_found"]).toContain(revealRow(db, revealId).state);
    expect(eventsOf(db, revealId, "webhook").map((event) => event.outcome)).toEqual(["applied"]);
  });

  it("is failed after 24 hours with no answer, and a webhook after that is still applied", async () => {
    const { db, client } = app;
    const revealId = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/pia-lund-sandbox-no-tracking-id/"]).revealIds[0]!;
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const dayLater = revealRow(db, revealId).awaitingSince!.getTime() + 24 * 60 * 60_000 + 1_000;
    expect(await reconcileDue(db, { client, now: () => dayLater })).toBe(1);
    const failed = revealRow(db, revealId);
    expect(failed).toMatchObject({ state: "failed", errorCode: "no_result" });
    expect(failed.errorMessage).toContain("without a tracking id");

    await app.deliverWebhooks();
    await waitFor(() => revealRow(db, revealId).state !== "failed", 5_000, "the late webhook");
    expect(eventsOf(db, revealId, "webhook").map((event) => event.outcome)).toEqual(["applied"]);
  });
});

describe("track 404s and then the webhook", () => {
  it("closes the reveal as not found once the 404 repeats over ten minutes, then takes the webhook's number, charged once and counted as one answer", async () => {
    const { db, client } = app;
    const url = profileUrl("ana-ruiz-sandbox-late-webhook", { found: true });
    const revealId = app.createBatchFor(app.createUser("sdr"), [url]).revealIds[0]!;
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const { webhookUrl, payload } = sandboxRequestOf(db, revealId);
    // Clodura's track endpoint does not know the id (yet): 404, on every poll, each made when it is due.
    db.update(reveals).set({ trackingId: "000000000000000000000000" }).where(eq(reveals.id, revealId)).run();
    const firstAt = revealRow(db, revealId).nextAttemptAt.getTime();
    let at = firstAt;
    for (let polls = 1; revealRow(db, revealId).state === "awaiting"; polls += 1) {
      expect(polls).toBeLessThan(20);
      at = revealRow(db, revealId).nextAttemptAt.getTime();
      if ((await reconcileDue(db, { client, now: () => at })) === 1) break;
      expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", trackPolls: polls, errorCode: `track_unknown:${polls}:${firstAt}`, errorMessage: TRACK_UNKNOWN_NOTE });
      expect(at - firstAt).toBeLessThan(TRACK_404_SPAN_MS);
    }
    expect(at - firstAt).toBeGreaterThanOrEqual(TRACK_404_SPAN_MS);
    expect(revealRow(db, revealId)).toMatchObject({ state: "not_found", errorCode: "track_not_found", errorMessage: null });
    expect(db.select().from(outcomeDaily).all()).toEqual([expect.objectContaining({ answered: 1, found: 0 })]);

    const response = await postJson(webhookUrl!, payload, { "user-agent": "Clodura-Sandbox/1.0" });
    expect(await response.json()).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, revealId)).toMatchObject({ state: "found", errorCode: null });
    expect(db.select().from(creditLedger).all()).toHaveLength(1);
    expect(db.select().from(outcomeDaily).all().reduce((sum, row) => [sum[0]! + row.answered, sum[1]! + row.found], [0, 0])).toEqual([1, 1]);

    // The same body again is a duplicate: nothing more is charged.
    expect(await (await postJson(webhookUrl!, payload, { "user-agent": "Clodura-Sandbox/1.0" })).json()).toMatchObject({ outcome: "duplicate" });
    expect(db.select().from(creditLedger).all()).toHaveLength(1);
  });
});

describe("a track answer with a provider still pending", () => {
  it("is stored as pending and leaves the reveal waiting; the webhook then finishes it found and charged once", async () => {
    const { db, client } = app;
    const revealId = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/lea-moss-sandbox-no-webhook/"]).revealIds[0]!;
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const { trackingId, webhookUrl, completeAt } = sandboxRequestOf(db, revealId);
    // Clodura has its own "not found" but SignalHire is still being asked: track reports that much, as "completed".
    const partial = multiPayload(trackingId, { Clodura: { status: "notFound" }, SignalHire: { status: "pending" } });
    db.update(sandboxRequests).set({ payload: partial }).where(eq(sandboxRequests.trackingId, trackingId)).run();
    await waitFor(() => Date.now() > completeAt.getTime(), 3_000, "the sandbox to finish processing");

    expect(await reconcileDue(db, { client })).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", trackPolls: 1, completedAt: null });
    const [polled] = eventsOf(db, revealId, "track");
    expect(polled).toMatchObject({ outcome: "pending" });
    expect(JSON.parse(polled!.body)).toMatchObject({ status: "completed", data: partial });
    expect(providerRowsOf(db, revealId)).toEqual([]);

    const answer = multiPayload(trackingId, { Clodura: { status: "notFound" }, SignalHire: { mobile: ["+14155550134"], status: "found" } });
    expect(await (await postJson(webhookUrl!, answer)).json()).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, revealId)).toMatchObject({ state: "found", errorCode: null });
    expect(chargesOf(db, revealId)).toEqual([expect.objectContaining({ provider: "SignalHire" })]);
    expect(providerRowsOf(db, revealId).map((row) => [row.provider, row.status, row.charged])).toEqual([
      ["Clodura", "notFound", false],
      ["SignalHire", "found", true],
    ]);
  });
});
