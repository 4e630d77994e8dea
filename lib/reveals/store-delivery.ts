import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookEvents, type DeliveryOutcome } from "@/db/schema";

type Delivery = { revealId: string; source: "webhook" | "track" | "match"; body: string; headers?: Record<string, string>; outcome?: DeliveryOutcome };

/**
 * Stores a body Clodura sent, raw, before anything acts on it; the returned function records what was then done
 * with it, so the inbox always says applied / duplicate / pending / rejected.
 */
export function storeDelivery(db: Db, delivery: Delivery): (outcome: DeliveryOutcome, detail?: string | null) => void {
  const { id } = db
    .insert(webhookEvents)
    .values({ revealId: delivery.revealId, source: delivery.source, body: delivery.body, headers: delivery.headers ?? {}, outcome: delivery.outcome ?? "received" })
    .returning({ id: webhookEvents.id })
    .get();
  return (outcome, detail = null) => db.update(webhookEvents).set({ outcome, detail }).where(eq(webhookEvents.id, id)).run();
}
