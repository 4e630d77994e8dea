import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import type { CloduraClient } from "@/lib/clodura/client";
import { subscribeEvents } from "@/lib/events/bus";
import { getSetting } from "@/lib/settings/settings";
import { claimDispatch, sendDispatch } from "./dispatch";
import { reconcileDue } from "./reconcile";
import { recoverBatchCreation } from "./big-batch-lifecycle";
import { finishInterruptedStops } from "./finish-stops";
import { reapplyStoredWebhooks } from "./reapply-deliveries";
import { recoverInterruptedDispatches } from "./recover";

const MAX_IN_FLIGHT = 16;
const IDLE_MS = 500;
const RECONCILE_EVERY_MS = 1_000;
const BATCH_RECOVERY_EVERY_MS = 60_000;

export type WorkerDeps = { client: CloduraClient; publicUrl: string };

/** Starts the dispatcher (rate-limited sender) and the reconciler (track poller). Returns a stop function. */
export function startRevealWorkers(db: Db, deps: WorkerDeps): () => void {
  const owner = `worker-${randomUUID()}`;
  let stopped = false;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const unsubscribe = subscribeEvents((event) => {
    if (event.type === "queue.changed") wake?.();
  });
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  const dispatchLoop = async () => {
    while (!stopped) {
      if (inFlight >= MAX_IN_FLIGHT) {
        await sleep(25);
        continue;
      }
      const started = Date.now();
      const claim = safely(() => claimDispatch(db, owner, started), null);
      if (claim === null || claim === "paused" || claim === "rate_limited") {
        await sleep(IDLE_MS);
        continue;
      }
      inFlight += 1;
      void sendDispatch(db, claim, { client: deps.client, publicUrl: deps.publicUrl, owner })
        .catch((error: unknown) => logWorkerError("dispatch", error))
        .finally(() => (inFlight -= 1));
      const spacingMs = 1000 / getSetting(db, "rateLimitPerSecond");
      await sleep(Math.max(0, spacingMs - (Date.now() - started)));
    }
  };

  const reconcileTimer = setInterval(() => {
    safely(() => recoverInterruptedDispatches(db), 0);
    safely(() => reapplyStoredWebhooks(db), 0);
    void reconcileDue(db, { client: deps.client }).catch((error: unknown) => logWorkerError("reconcile", error));
  }, RECONCILE_EVERY_MS);
  reconcileTimer.unref();
  // Before the dispatcher's first claim: nothing of this process is being written or stopped yet, so whatever is
  // half-done was left by the last one, and a batch shown as stopped must not send another reveal.
  safely(() => finishInterruptedStops(db), 0);
  safely(() => recoverBatchCreation(db, Date.now(), { atStart: true }), 0);
  const batchRecoveryTimer = setInterval(() => safely(() => recoverBatchCreation(db), 0), BATCH_RECOVERY_EVERY_MS);
  batchRecoveryTimer.unref();
  void dispatchLoop();

  return () => {
    stopped = true;
    wake?.();
    clearInterval(reconcileTimer);
    clearInterval(batchRecoveryTimer);
    unsubscribe();
  };
}

function safely<T>(work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    logWorkerError("claim", error);
    return fallback;
  }
}

function logWorkerError(where: string, error: unknown): void {
  console.error(`[reveal-desk] ${where} failed: ${error instanceof Error ? error.message : "unknown error"}`);
}
