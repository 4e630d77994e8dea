import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookEvents, webhookTokens, type DeliveryOutcome } from "@/db/schema";
import { isUtf8 } from "node:buffer";
import { gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import { readBodyBytes } from "@/lib/api/read-body";
import { redactSecrets } from "@/lib/clodura/redact-secrets";
import { AppError } from "@/lib/errors";
import { applyDeliveredBody, type DeliveryVerdict } from "./apply-delivery";
import { storeDelivery } from "./store-delivery";
import { hashWebhookToken } from "./webhook-token";

export const WEBHOOK_BODY_LIMIT = 64 * 1024;
/** Clodura sends one or two; a token that keeps posting is not Clodura, and must not fill the disk. */
export const MAX_DELIVERIES_PER_REVEAL = 20;
const KEPT_HEADERS = ["content-type", "content-encoding", "content-length", "user-agent", "x-forwarded-for", "cf-connecting-ip"];

export type WebhookReceipt = { status: number; outcome: DeliveryOutcome; message: string };

const RECEIPT = {
  applied: "Result applied.",
  duplicate: "Already had a final result; nothing changed.",
  ignored_final: "Already had a final result; nothing changed.",
  pending: "Stored; the answer is not final yet (a provider is still asking).",
} as const;

/**
 * Clodura's webhooks are unsigned: the per-reveal token in the URL is the only proof of origin, so an unknown token
 * writes nothing. A known one has its raw body stored before anything is parsed or applied.
 */
export async function receiveWebhook(db: Db, token: string, request: Request, apiKey = ""): Promise<WebhookReceipt> {
  const match = /^[A-Za-z0-9_-]{20,128}$/.test(token)
    ? db.select({ revealId: webhookTokens.revealId, trackingId: webhookTokens.trackingId }).from(webhookTokens).where(eq(webhookTokens.tokenHash, hashWebhookToken(token))).get()
    : undefined;
  if (!match) throw new AppError("not_found", "Unknown webhook URL.");
  if (deliveriesSoFar(db, match.revealId) >= MAX_DELIVERIES_PER_REVEAL) {
    throw new AppError("conflict", `This reveal has already received ${MAX_DELIVERIES_PER_REVEAL} webhooks; no more are stored.`);
  }
  // Read as received, then inflated if it says it is compressed: a body that cannot be inflated is still kept.
  // Kept without any webhook token or API key it may echo, like every Clodura answer stored (the token is in this
  // request's URL).
  const body = redactSecrets(deliveredText(await readBodyBytes(request, WEBHOOK_BODY_LIMIT, { inflate: false }), request.headers.get("content-encoding")), apiKey);

  const settle = storeDelivery(db, { revealId: match.revealId, source: "webhook", body, headers: pickHeaders(request.headers) });
  const verdict = applyDeliveredBody(db, match.revealId, body, new Date(), match.trackingId === null ? null : [match.trackingId]);
  if (verdict.outcome === "rejected") {
    settle("rejected", verdict.detail);
    throw rejection(verdict.detail);
  }
  settle(verdict.outcome);
  return { status: 200, outcome: verdict.outcome, message: RECEIPT[verdict.outcome] };
}

/**
 * The delivered body as text: inflated when it is gzip or deflate data (Clodura's sender may compress), else as it came;
 * bytes that are not UTF-8 (compressed data that would not inflate) are kept in base64, not mangled into text.
 */
function deliveredText(bytes: Buffer, contentEncoding: string | null): string {
  // "gzip", "x-gzip", "deflate" (zlib-wrapped or raw, both seen in the wild); "identity" in a list is no encoding.
  const codings = (contentEncoding ?? "").toLowerCase().split(",").map((coding) => coding.trim()).filter((coding) => coding !== "" && coding !== "identity");
  const inflaters = codings.length !== 1 ? [] : codings[0] === "gzip" || codings[0] === "x-gzip" ? [gunzipSync] : codings[0] === "deflate" ? [inflateSync, inflateRawSync] : [];
  for (const inflate of inflaters) {
    try {
      return inflate(bytes, { maxOutputLength: WEBHOOK_BODY_LIMIT }).toString("utf8");
    } catch (error) {
      if (error instanceof RangeError) throw new AppError("payload_too_large", `The webhook body inflates to more than ${WEBHOOK_BODY_LIMIT / 1024} KB.`);
      // Not that format after all, or damaged: try the next, else keep it as it came (below).
    }
  }
  return isUtf8(bytes) ? bytes.toString("utf8") : `base64:${bytes.toString("base64")}`;
}

function rejection(detail: Extract<DeliveryVerdict, { outcome: "rejected" }>["detail"]): AppError {
  if (detail === "malformed JSON") return new AppError("bad_request", "The body is not valid JSON; it was kept for inspection.");
  if (detail === "trackingId of another request") return new AppError("conflict", "The body's trackingId is not this reveal's; it was kept for inspection and nothing changed.");
  return new AppError("bad_request", "The body is not a Clodura phone result; it was kept for inspection.");
}

function deliveriesSoFar(db: Db, revealId: string): number {
  return db.select({ n: count() }).from(webhookEvents).where(and(eq(webhookEvents.revealId, revealId), eq(webhookEvents.source, "webhook"))).get()?.n ?? 0;
}

function pickHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept[name] = value.slice(0, 500);
  }
  return kept;
}
