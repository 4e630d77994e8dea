import type { Db } from "@/db/client";
import { parseCloduraJson } from "@/lib/clodura/parse-json";
import { parseRevealResult } from "@/lib/clodura/parse-result";
import { applyRevealResult, type ApplyOutcome } from "./apply-result";

export type DeliveryVerdict =
  | { outcome: Exclude<ApplyOutcome, "rejected"> }
  | { outcome: "rejected"; detail: "malformed JSON" | "not a recognised Clodura result" | "trackingId of another request" };

/** Reads a stored webhook body and applies it to its reveal when it is a Clodura result. */
export function applyDeliveredBody(db: Db, revealId: string, body: string, now = new Date()): DeliveryVerdict {
  let json: unknown;
  try {
    json = parseCloduraJson(body);
  } catch {
    return { outcome: "rejected", detail: "malformed JSON" };
  }
  const result = parseRevealResult(json);
  if (!result) return { outcome: "rejected", detail: "not a recognised Clodura result" };
  const outcome = applyRevealResult(db, revealId, result, now);
  return outcome === "rejected" ? { outcome, detail: "trackingId of another request" } : { outcome };
}
