import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { sandboxRequests } from "@/db/schema";
import { claimDispatch, dispatchNext, type ClaimedDispatch } from "@/lib/reveals/dispatch";
import { reconcileDue } from "@/lib/reveals/reconcile";
import { reapplyStoredWebhooks } from "@/lib/reveals/reapply-deliveries";
import { recoverInterruptedDispatches } from "@/lib/reveals/recover";
import { storeDelivery } from "@/lib/reveals/store-delivery";
import { webhookUrlFor } from "@/lib/reveals/webhook-token";
import { eventsOf, multiPayload, postJson, revealRow } from "../support/inspect";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

function claimed(result: ReturnType<typeof claimDispatch>): ClaimedDispatch {
  if (result === null || result === "paused" || result === "rate_limited") throw new Error(`expected a claim, got ${String(result)}`);
  return result;
}

describe("a crash between the claim and the HTTP call", () => {
  it("waits for Clodura's answer instead of re-sending, and a later webhook completes it", async () => {
    const { db } = app;
    const revealId = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/crash-victim/"]).revealIds[0]!;
    const t0 = Date.now();
    const claim = claimed(claimDispatch(db, "worker-that-crashes", t0));
    expect(claim.revealId).toBe(revealId);
    const { leaseUntil } = revealRow(db, revealId);
    expect(revealRow(db, revealId)).toMatchObject({ state: "dispatching", leaseOwner: "worker-that-crashes", attempts: 1 });
    expect(leaseUntil!.getTime()).toBeGreaterThan(t0);

    // While the lease holds, nobody touches it.
    expect(recoverInterruptedDispatches(db, leaseUntil!.getTime() - 1)).toBe(0);
    expect(await dispatchNext(db, { ...app.deps, now: () => t0 + 1000 })).toBe("idle");
    expect(revealRow(db, revealId).state).toBe("dispatching");

    const afterLease = leaseUntil!.getTime() + 1;
    expect(recoverInterruptedDispatches(db, afterLease)).toBe(1);
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", errorCode: "interrupted", leaseOwner: null, trackingId: null, attempts: 1 });

    // Never blindly re-sent: not by the dispatcher, not by the reconciler.
    expect(await dispatchNext(db, { ...app.deps, now: () => afterLease + 3_600_000 })).toBe("idle");
    expect(await reconcileDue(db, { client: app.client, now: () => afterLease + 1000 })).toBe(0);
    expect(revealRow(db, revealId).state).toBe("awaiting");
    expect(db.select().from(sandboxRequests).all()).toEqual([]);
    expect(eventsOf(db, revealId)).toEqual([]);

    // Clodura did get the request before the crash: its webhook, to the claimed token's URL, still lands.
    const body = multiPayload("688a0c47e21f6bc2b089ee19", { Clodura: { status: "notFound" }, Wiza: { status: "found", mobile: ["+1 628-555-0107"] } });
    const response = await postJson(webhookUrlFor(app.publicUrl, claim.token), body);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, revealId)).toMatchObject({ state: "found", errorCode: null, errorMessage: null, trackingId: "688a0c47e21f6bc2b089ee19" });
  });
});

describe("a crash after Clodura answered the match request, before its trackingId was saved", () => {
  it("takes the trackingId from the stored answer, so the track endpoint finishes the reveal", async () => {
    const { db } = app;
    const revealId = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/crash-after-answer-sandbox-no-webhook/"]).revealIds[0]!;
    const t0 = Date.now();
    const claim = claimed(claimDispatch(db, "worker-that-crashes", t0));
    // What sendDispatch stores first: Clodura's answer, with the trackingId. Then the process stops.
    const answer = await app.client.matchPhone({ personId: null, linkedinUrl: claim.target.linkedinUrl, revealPhoneNumberViaPartners: true, webhookUrl: webhookUrlFor(app.publicUrl, claim.token) });
    storeDelivery(db, { revealId, source: "match", body: answer.rawBody!, outcome: "pending" });
    const trackingId = (JSON.parse(answer.rawBody!) as { trackingId: string }).trackingId;

    const afterLease = revealRow(db, revealId).leaseUntil!.getTime() + 1;
    expect(recoverInterruptedDispatches(db, afterLease)).toBe(1);
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", errorCode: "interrupted", trackingId });
    await new Promise((resolve) => setTimeout(resolve, 1_200)); // the sandbox's track says "completed" after about a second
    expect(await reconcileDue(db, { client: app.client, now: () => afterLease + 1_000 })).toBe(1);
    expect(["found", "not_found"]).toContain(revealRow(db, revealId).state);
  });
});

describe("a webhook stored but never applied (the process stopped in between)", () => {
  it("is applied by the recovery pass once it has waited 30 seconds; a broken one is marked rejected", async () => {
    const { db } = app;
    const [revealId, other] = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/stored-only-sandbox-no-webhook/", "https://www.linkedin.com/in/stored-broken-sandbox-no-webhook/"]).revealIds as [string, string];
    await app.dispatchAll();
    // The body Clodura sent for this reveal's request: it carries that request's trackingId.
    const body = JSON.stringify(multiPayload(revealRow(db, revealId).trackingId, { Clodura: { status: "notFound" }, Wiza: { status: "found", mobile: ["+1 628-555-0107"] } }));
    storeDelivery(db, { revealId, source: "webhook", body });
    storeDelivery(db, { revealId: other, source: "webhook", body: "{not json" });

    expect(reapplyStoredWebhooks(db, Date.now() + 1_000)).toBe(0);
    expect(revealRow(db, revealId).state).toBe("awaiting");
    expect(reapplyStoredWebhooks(db, Date.now() + 31_000)).toBe(2);
    expect(revealRow(db, revealId)).toMatchObject({ state: "found" });
    expect(eventsOf(db, revealId, "webhook").map((event) => event.outcome)).toEqual(["applied"]);
    expect(eventsOf(db, other, "webhook")).toEqual([expect.objectContaining({ outcome: "rejected", detail: "malformed JSON" })]);
    expect(reapplyStoredWebhooks(db, Date.now() + 31_000)).toBe(0);
  });
});

describe("a stored webhook naming another request", () => {
  it("is refused by the recovery pass as by the receiver: nothing applied, nothing charged", async () => {
    const { db } = app;
    const [revealId] = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/stored-foreign-sandbox-no-webhook/"]).revealIds as [string];
    await app.dispatchAll();
    const foreign = "f".repeat(revealRow(db, revealId).trackingId!.length);
    storeDelivery(db, { revealId, source: "webhook", body: JSON.stringify(multiPayload(foreign, { Wiza: { status: "found", mobile: ["+1 628-555-0107"] } })) });
    expect(reapplyStoredWebhooks(db, Date.now() + 31_000)).toBe(1);
    expect(revealRow(db, revealId).state).toBe("awaiting");
    expect(eventsOf(db, revealId, "webhook")).toEqual([expect.objectContaining({ outcome: "rejected", detail: "trackingId of another request" })]);
  });
});

describe("two dispatchers sharing one queue", () => {
  let second: Db;
  beforeEach(() => {
    second = openDatabase(app.db.$client.name); // another connection to the same file, as a second process would have
  });
  afterEach(() => {
    second.$client.close();
  });

  it("never claim the same reveal", () => {
    const { revealIds } = app.createBatchFor(
      app.createUser("sdr"),
      Array.from({ length: 9 }, (_, i) => `https://www.linkedin.com/in/shared-queue-${i}/`),
    );
    const now = Date.now();
    const dispatchers = [
      { owner: "dispatcher-a", db: app.db, ids: [] as string[] },
      { owner: "dispatcher-b", db: second, ids: [] as string[] },
    ];
    for (let round = 0, active = true; active; round += 1) {
      active = false;
      // Alternate who goes first, so each one also claims right after the other.
      for (const dispatcher of round % 2 === 0 ? dispatchers : [...dispatchers].reverse()) {
        const claim = claimDispatch(dispatcher.db, dispatcher.owner, now);
        if (claim === null) continue;
        dispatcher.ids.push(claimed(claim).revealId);
        active = true;
      }
    }

    const [a, b] = dispatchers as [(typeof dispatchers)[0], (typeof dispatchers)[0]];
    expect(a.ids.length).toBeGreaterThan(0);
    expect(b.ids.length).toBeGreaterThan(0);
    expect(a.ids.filter((id) => b.ids.includes(id))).toEqual([]);
    expect([...a.ids, ...b.ids].sort()).toEqual([...revealIds].sort());
    for (const { owner, ids } of dispatchers) {
      for (const id of ids) expect(revealRow(app.db, id)).toMatchObject({ state: "dispatching", leaseOwner: owner, attempts: 1 });
    }
    expect(claimDispatch(app.db, "dispatcher-c", now)).toBeNull();
  });

  it("never claim the same reveal when they race from separate processes", async () => {
    const { revealIds } = app.createBatchFor(
      app.createUser("sdr"),
      // Enough that the race lasts: a claim's transaction also counts the send and the sender's turn, and with 60 one
      // process could take them all while the other's busy handler slept.
      Array.from({ length: 400 }, (_, i) => `https://www.linkedin.com/in/raced-queue-${i}/`),
    );
    const taken = await claimInProcesses(app.db.$client.name, ["process-a", "process-b"]);
    const all = [...taken.values()].flat();
    // Both really took part: neither finished the queue before the other began.
    for (const ids of taken.values()) expect(ids.length).toBeGreaterThan(0);
    expect(all.length).toBe(new Set(all).size);
    expect(all.sort()).toEqual([...revealIds].sort());
    for (const [owner, ids] of taken) {
      for (const id of ids) expect(revealRow(app.db, id)).toMatchObject({ state: "dispatching", leaseOwner: owner, attempts: 1 });
    }
  });
});

const WORKER = fileURLToPath(new URL("../support/claim-worker.ts", import.meta.url));

/** Starts one claim-worker process per owner, lets them all go at once, and returns what each claimed. */
async function claimInProcesses(file: string, owners: string[]): Promise<Map<string, string[]>> {
  const workers = owners.map((owner) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, file, owner], { cwd: process.cwd(), stdio: ["pipe", "pipe", "inherit"] });
    let output = "";
    child.stdout.setEncoding("utf8");
    const exited = once(child, "exit");
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: string) => {
        output += chunk;
        if (output.startsWith("ready\n")) resolve();
      });
      void exited.then(() => reject(new Error(`claim-worker ${owner} exited before it was ready`)));
    });
    return { owner, child, ready, exited, output: () => output };
  });
  await Promise.all(workers.map((worker) => worker.ready));
  const at = Date.now() + 100;
  for (const worker of workers) worker.child.stdin.end(`${at}\n`);
  await Promise.all(workers.map((worker) => worker.exited));
  return new Map(workers.map((worker) => [worker.owner, JSON.parse(worker.output().split("\n")[1] ?? "null") as string[]]));
}
