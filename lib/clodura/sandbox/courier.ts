import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sandboxRequests } from "@/db/schema";

type Delivery = { trackingId: string; webhookUrl: string; payload: unknown };

const deliveryTimeoutMs = 5_000;

/**
 * Posts every webhook whose next planned delivery is due, once each: a delivery is claimed by bumping deliveredCount
 * from the value read, so two couriers never send the same one. Like a sender that never retries, failures are dropped.
 * Returns how many deliveries were attempted.
 */
export async function deliverDueWebhooks(db: Db, now: number = Date.now(), fetchImpl: typeof fetch = fetch): Promise<number> {
  const nextDelay = sql`json_extract(${sandboxRequests.deliveryDelaysMs}, '$[' || ${sandboxRequests.deliveredCount} || ']')`;
  const due = db
    .select({
      trackingId: sandboxRequests.trackingId,
      webhookUrl: sandboxRequests.webhookUrl,
      payload: sandboxRequests.payload,
      deliveredCount: sandboxRequests.deliveredCount,
    })
    .from(sandboxRequests)
    .where(and(isNotNull(sandboxRequests.webhookUrl), sql`${sandboxRequests.createdAt} + ${nextDelay} <= ${now}`))
    .all();
  const claimed: Delivery[] = [];
  for (const row of due) {
    if (row.webhookUrl === null) continue;
    const result = db
      .update(sandboxRequests)
      .set({ deliveredCount: row.deliveredCount + 1 })
      .where(and(eq(sandboxRequests.trackingId, row.trackingId), eq(sandboxRequests.deliveredCount, row.deliveredCount)))
      .run();
    if (result.changes === 1) claimed.push({ trackingId: row.trackingId, webhookUrl: row.webhookUrl, payload: row.payload });
  }
  await Promise.all(claimed.map((delivery) => postWebhook(delivery, fetchImpl)));
  return claimed.length;
}

async function postWebhook(delivery: Delivery, fetchImpl: typeof fetch): Promise<void> {
  try {
    const response = await fetchImpl(delivery.webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Clodura-Sandbox/1.0" },
      body: JSON.stringify(delivery.payload),
      signal: AbortSignal.timeout(deliveryTimeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) logFailure(delivery, `HTTP ${response.status}`);
  } catch (error) {
    logFailure(delivery, error instanceof Error ? error.message : String(error));
  }
}

/** The webhook path holds a secret token, so only the origin is logged. */
function logFailure(delivery: Delivery, reason: string): void {
  const origin = URL.canParse(delivery.webhookUrl) ? new URL(delivery.webhookUrl).origin : "(invalid URL)";
  console.warn(`[sandbox] webhook for ${delivery.trackingId} to ${origin} failed: ${reason}`);
}

const globalForCourier = globalThis as unknown as { revealDeskSandboxCouriers?: number };

/** Runs the courier on an unref'd timer, skipping a tick while the previous run is still posting. */
export function startSandboxCourier(db: Db, intervalMs: number = 200): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueWebhooks(db)
      .catch((error: unknown) => console.error("[sandbox] courier run failed:", error instanceof Error ? error.message : error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  globalForCourier.revealDeskSandboxCouriers = (globalForCourier.revealDeskSandboxCouriers ?? 0) + 1;
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    globalForCourier.revealDeskSandboxCouriers = (globalForCourier.revealDeskSandboxCouriers ?? 1) - 1;
  };
}

/** Starts a courier unless one already runs in this process (the server start normally did it; this is the fallback). */
export function ensureSandboxCourier(db: Db): void {
  if ((globalForCourier.revealDeskSandboxCouriers ?? 0) === 0) startSandboxCourier(db);
}
