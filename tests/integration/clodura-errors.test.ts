import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { outcomeDaily, reveals } from "@/db/schema";
import { createCloduraClient } from "@/lib/clodura/client";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { listBatches } from "@/lib/reveals/list-batches";
import { listPeople } from "@/lib/reveals/list-people";
import { mayHaveArrivedWaitMs } from "@/lib/reveals/may-have-arrived";
import { reconcileDue } from "@/lib/reveals/reconcile";
import { refillSandbox, resumeQueue } from "@/lib/reveals/queue-pause";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { eventsOf, isSettled, revealRow } from "../support/inspect";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const profile = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

/** One reveal for one profile, in a batch of its own. */
function queueOne(slug: string): string {
  return app.createBatchFor(app.createUser("sdr"), [profile(slug)]).revealIds[0]!;
}

describe("429 and 5xx: retried with backoff", () => {
  it("honours Retry-After on 429, then succeeds and completes", async () => {
    const { db } = app;
    const revealId = queueOne("jane-doe-sandbox-429");
    const t0 = Date.now();
    const at = (ms: number) => ({ now: () => ms, random: () => 0 }); // random 0: backoff alone would wait only 500 ms

    expect(await dispatchNext(db, { ...app.deps, ...at(t0) })).toBe("retry");
    const first = revealRow(db, revealId);
    expect(first).toMatchObject({ state: "queued", attempts: 1, errorCode: "clodura_429", leaseOwner: null });
    expect(first.errorMessage).toContain("HTTP 429");
    expect(first.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(t0 + 1000);

    // A 429 is about the account: nothing is sent before Retry-After has passed.
    expect(await dispatchNext(db, { ...app.deps, ...at(first.nextAttemptAt.getTime() - 1) })).toBe("rate_limited");
    expect(await dispatchNext(db, { ...app.deps, ...at(first.nextAttemptAt.getTime()) })).toBe("retry");
    const second = revealRow(db, revealId);
    expect(second).toMatchObject({ state: "queued", attempts: 2, errorCode: "clodura_429" });
    expect(second.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(first.nextAttemptAt.getTime() + 1000);

    expect(await dispatchNext(db, { ...app.deps, ...at(second.nextAttemptAt.getTime()) })).toBe("sent");
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", attempts: 3 });
    await app.deliverWebhooks();
    await waitFor(() => isSettled(db, revealId), 5_000, "the webhook after the retries");
    expect(["found", "not_found"]).toContain(revealRow(db, revealId).state);
    expect(revealRow(db, revealId)).toMatchObject({ errorCode: null, errorMessage: null });
    expect(eventsOf(db, revealId, "match").map((event) => event.outcome)).toEqual(["rejected", "rejected", "pending"]);
  });

  it("retries a 503 after a jittered delay, then completes", async () => {
    const { db } = app;
    const revealId = queueOne("jane-doe-sandbox-500");
    const t0 = Date.now();
    expect(await dispatchNext(db, { ...app.deps, now: () => t0, random: () => 0.5 })).toBe("retry");
    const retried = revealRow(db, revealId);
    expect(retried).toMatchObject({ state: "queued", attempts: 1, errorCode: "clodura_503" });
    expect(retried.nextAttemptAt.getTime()).toBe(t0 + 750); // first attempt: half of 1 s plus half the jitter

    expect(await app.dispatchAll({ now: () => t0 + 750 })).toEqual(["sent"]);
    await app.deliverWebhooks();
    await waitFor(() => isSettled(db, revealId), 5_000, "the webhook after the retry");
    expect(revealRow(db, revealId)).toMatchObject({ attempts: 2, errorCode: null });
    expect(["found", "not_found"]).toContain(revealRow(db, revealId).state);
  });
});

describe("429: the whole account waits", () => {
  it("holds every other send and track poll until Retry-After has passed", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    setSetting(db, "reconcileAfterSeconds", 0);
    const [polled] = app.createBatchFor(sdr, [profile("sue-park-sandbox-no-webhook")]).revealIds as [string];
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const [limited, other] = app.createBatchFor(sdr, [profile("ray-sandbox-429"), profile("tom-lee")]).revealIds as [string, string];
    const t0 = Date.now();
    expect(await app.dispatchAll({ now: () => t0, random: () => 0 })).toEqual(["retry"]);
    expect(getSetting(db, "rateLimitedUntil")).toBe(t0 + 1000);
    expect(revealRow(db, other)).toMatchObject({ state: "queued", attempts: 0 });
    await reconcileDue(db, { client: app.client, now: () => t0 + 999 });
    expect(revealRow(db, polled).trackPolls).toBe(0);

    expect(await app.dispatchAll({ now: () => t0 + 1000, random: () => 0 })).toEqual(["sent", "retry"]);
    expect(revealRow(db, other)).toMatchObject({ state: "awaiting", attempts: 1 });
    expect(revealRow(db, limited)).toMatchObject({ state: "queued", attempts: 2 });
    await reconcileDue(db, { client: app.client, now: () => t0 + 3000 });
    expect(revealRow(db, polled).trackPolls).toBe(1);
  });
});

describe("400/422 and 404: final at once", () => {
  it("fails a 422 with Clodura's message and never retries it", async () => {
    const sdr = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sdr, [profile("jane-doe-sandbox-422")]);
    const revealId = revealIds[0]!;
    expect(await app.dispatchAll()).toEqual(["failed"]);
    // The list of batches says so, not only the batch page.
    expect(listBatches(app.db, sdr).find((batch) => batch.id === batchId)).toMatchObject({ done: 1, found: 0, failed: 1 });
    const reveal = revealRow(app.db, revealId);
    expect(reveal).toMatchObject({ state: "failed", attempts: 1, errorCode: "clodura_422", completedAt: expect.any(Date) });
    expect(reveal.errorMessage).toContain("linkedinUrl could not be processed");
    expect(await app.dispatchAll({ now: () => Date.now() + 3_600_000 })).toEqual([]);
    expect(revealRow(app.db, revealId).attempts).toBe(1);
  });

  it("completes a 404 as not_found, counted as answered for the team's found rate", async () => {
    const revealId = queueOne("jane-doe-sandbox-404");
    expect(await app.dispatchAll()).toEqual(["not_found"]);
    expect(revealRow(app.db, revealId)).toMatchObject({ state: "not_found", attempts: 1, completedAt: expect.any(Date), leaseOwner: null });
    expect(app.db.select().from(outcomeDaily).all()).toEqual([expect.objectContaining({ userId: revealRow(app.db, revealId).requestedBy, answered: 1, found: 0, credits: 0 })]);
    // Answered, so on People, and findable there by part of the profile like any other answer.
    const manager = app.createUser("manager");
    expect(listPeople(app.db, manager, { search: "doe-sandbox-404" }).people.map((person) => person.revealId)).toEqual([revealId]);
  });
});

describe("402: the whole queue pauses without burning reveals", () => {
  it("pauses, keeps every reveal queued, and resumes after a refill", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const { revealIds } = app.createBatchFor(sdr, [profile("jane-doe-sandbox-402"), profile("kim-park"), profile("lee-chan")]);
    const [exhausting, ...others] = revealIds as [string, ...string[]];

    expect(await dispatchNext(db, app.deps)).toBe("queue_paused");
    expect(getSetting(db, "queuePause")).toMatchObject({ status: 402, message: expect.stringContaining("credits are exhausted") });
    expect(revealRow(db, exhausting)).toMatchObject({ state: "queued", attempts: 0, errorCode: "clodura_402" });

    expect(await dispatchNext(db, app.deps)).toBe("paused");
    expect(await app.dispatchAll({ now: () => Date.now() + 3_600_000 })).toEqual([]);
    for (const id of others) expect(revealRow(db, id)).toMatchObject({ state: "queued", attempts: 0, errorCode: null });

    refillSandbox(db);
    resumeQueue(db);
    expect(getSetting(db, "queuePause")).toBeNull();
    expect(getSetting(db, "sandboxBalance")).toBeGreaterThan(0);
    // The refused reveal keeps its place in the queue (first), and only now spends its one attempt.
    expect(await dispatchNext(db, app.deps)).toBe("sent");
    expect(revealRow(db, exhausting)).toMatchObject({ state: "awaiting", attempts: 1 });
    for (const id of others) expect(revealRow(db, id)).toMatchObject({ state: "queued", attempts: 0 });
    expect(await app.dispatchAll()).toEqual(["sent", "sent"]);
    await app.deliverWebhooks();
    await waitFor(() => revealIds.every((id) => isSettled(db, id)), 5_000, "every reveal after the resume");
    for (const id of revealIds) expect(["found", "not_found"]).toContain(revealRow(db, id).state);
  });
});

describe('"Insufficient Credits" from a provider: the account is empty', () => {
  it("pauses sending like a 402, so the rest of the queue waits instead of coming back unfinished", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const { revealIds } = app.createBatchFor(sdr, [profile("una-sandbox-insufficient-credits")]);
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const waiting = app.createBatchFor(sdr, [profile("kai-west"), profile("lou-park")]).revealIds;

    await app.deliverWebhooks();
    await waitFor(() => isSettled(db, revealIds[0]!), 5_000, "the cut-short answer");
    expect(revealRow(db, revealIds[0]!)).toMatchObject({ state: "not_found", errorCode: "insufficient_credits" });
    expect(getSetting(db, "queuePause")).toMatchObject({ status: 402, message: expect.stringContaining("Insufficient Credits") });
    expect(await app.dispatchAll()).toEqual([]);
    for (const id of waiting) expect(revealRow(db, id)).toMatchObject({ state: "queued", attempts: 0 });

    refillSandbox(db);
    resumeQueue(db);
    expect(await app.dispatchAll()).toEqual(["sent", "sent"]);
  });

  it("does not pause again for an answer to a request sent before the admin resumed, even one that never reached awaiting", async () => {
    const { db } = app;
    const [revealId] = app.createBatchFor(app.createUser("sdr"), [profile("wes-sandbox-insufficient-credits")]).revealIds as [string];
    expect(await app.dispatchAll()).toEqual(["sent"]);
    // As after a timeout that may have reached Clodura: queued again, never marked awaiting.
    db.update(reveals).set({ state: "queued", awaitingSince: null, nextAttemptAt: new Date(Date.now() + mayHaveArrivedWaitMs(db)) }).where(eq(reveals.id, revealId)).run();
    refillSandbox(db);
    resumeQueue(db, Date.now() + 1);
    await app.deliverWebhooks();
    await waitFor(() => isSettled(db, revealId), 5_000, "the cut-short answer");
    expect(revealRow(db, revealId)).toMatchObject({ errorCode: "insufficient_credits" });
    expect(getSetting(db, "queuePause")).toBeNull();
  });

  it("does not pause again for an answer to a request sent before the admin resumed", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const { revealIds } = app.createBatchFor(sdr, [profile("vic-sandbox-insufficient-credits")]);
    expect(await app.dispatchAll()).toEqual(["sent"]);
    // The admin topped up and resumed while this answer was still on its way.
    refillSandbox(db);
    resumeQueue(db, Date.now() + 1);
    await app.deliverWebhooks();
    await waitFor(() => isSettled(db, revealIds[0]!), 5_000, "the cut-short answer");
    expect(revealRow(db, revealIds[0]!)).toMatchObject({ errorCode: "insufficient_credits" });
    expect(getSetting(db, "queuePause")).toBeNull();
  });
});

describe("a 429 from the track endpoint", () => {
  it("holds the account for Retry-After or a short backoff, not for the reveal's own poll interval", async () => {
    const { db } = app;
    const [revealId] = app.createBatchFor(app.createUser("sdr"), [profile("uma-sandbox-no-webhook")]).revealIds as [string];
    expect(await app.dispatchAll()).toEqual(["sent"]);
    // A Clodura stand-in whose track endpoint answers 429 without Retry-After.
    const limited = createServer((_, res) => res.writeHead(429, { "content-type": "application/json" }).end('{"message":"Rate limit exceeded"}'));
    await new Promise<void>((resolve) => limited.listen(0, "127.0.0.1", resolve));
    try {
      const client = createCloduraClient({ baseUrl: `http://127.0.0.1:${(limited.address() as AddressInfo).port}`, apiKey: "key" });
      const due = revealRow(db, revealId).nextAttemptAt.getTime();
      await reconcileDue(db, { client, now: () => due });
      expect(getSetting(db, "rateLimitedUntil")! - due).toBeLessThanOrEqual(1_000);
      expect(revealRow(db, revealId).nextAttemptAt.getTime() - due).toBeGreaterThanOrEqual(60_000);
      expect(await dispatchNext(db, { ...app.deps, now: () => due + 1_001 })).toBe("idle");
    } finally {
      limited.closeAllConnections();
      await new Promise((resolve) => limited.close(resolve));
    }
  });
});
