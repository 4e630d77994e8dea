import type { Db } from "@/db/client";
import { parseCloduraJson } from "@/lib/clodura/parse-json";
import { readRevealAnswer } from "@/lib/clodura/parse-result";
import { applyRevealResult, type ApplyOutcome } from "./apply-result";

export type DeliveryVerdict =
  | { outcome: ApplyOutcome | "pending" }
  | { outcome: "rejected"; detail: "malformed JSON" | "not a recognised Clodura result" | "trackingId of another request" };

/**
 * Reads a stored webhook body and applies it to its reveal when it is a Clodura result. `requestTrackingIds`: the ones
 * Clodura gave the requests this body may answer (null when one of them is not known): a body naming another is someone
 * else's answer, and would charge and relabel this person with it.
 */
export function applyDeliveredBody(db: Db, revealId: string, body: string, now = new Date(), requestTrackingIds: readonly string[] | null = null): DeliveryVerdict {
  let json: unknown;
  try {
    json = parseCloduraJson(body);
  } catch {
    return { outcome: "rejected", detail: "malformed JSON" };
  }
  const result = readRevealAnswer(json);
  // Clodura still working (a provider still asking): kept, not refused, while the final answer or track is awaited.
  if (result === "still_working") return { outcome: "pending" };
  if (!result) return { outcome: "rejected", detail: "not a recognised Clodura result" };
  if (requestTrackingIds && result.trackingId && !requestTrackingIds.includes(result.trackingId)) return { outcome: "rejected", detail: "trackingId of another request" };
  return { outcome: applyRevealResult(db, revealId, result, now) };
}
