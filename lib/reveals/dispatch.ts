import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, reveals, webhookTokens } from "@/db/schema";
import type { CloduraClient } from "@/lib/clodura/client";
import { failureCause } from "@/lib/clodura/classify-failure";
import { noteCloduraAnswered, noteRetriedFailure } from "./clodura-trouble";
import { tryParseCloduraJson } from "@/lib/clodura/parse-json";
import { parseRevealResult } from "@/lib/clodura/parse-result";
import type { CloduraFailure } from "@/lib/clodura/types";
import { publishEvent } from "@/lib/events/bus";
import { getSetting } from "@/lib/settings/settings";
import { announceRevealChange } from "./announce";
import { applyRevealResult } from "./apply-result";
import { retryDelayMs } from "./backoff";
import { storeDelivery } from "./store-delivery";
import { claimNextQueued } from "./claim";
import { finishNotFound } from "./finish-not-found";
import { awaitWebhookOnly, MAY_HAVE_ARRIVED, mayHaveArrivedWaitMs, webhooksReachUs } from "./may-have-arrived";
import { pauseQueue } from "./queue-pause";
import { backOffOnRateLimit, rateLimitedUntil } from "./rate-limit-backoff";
import { recordSend, sendLimitReached } from "./send-limits";
import { settleStoppedRetry } from "./settle-stopped-retry";
import { createWebhookToken, hashWebhookToken, webhookUrlFor } from "./webhook-token";

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 60_000;

export type DispatchDeps = { client: CloduraClient; publicUrl: string; owner: string; now?: () => number; random?: () => number };
export type DispatchOutcome = "paused" | "rate_limited" | "idle" | "sent" | "retry" | "failed" | "not_found" | "queue_paused";

export type ClaimedDispatch = {
  revealId: string;
  attempts: number;
  /** An earlier try may have reached Clodura (MAY_HAVE_ARRIVED): its answer may still come, and be charged. */
  earlierMayHaveArrived: boolean;
  batchId: string;
  token: string;
  target: { viaPartners: boolean; linkedinUrl: string | null; personId: string | null };
};

/**
 * Claims the next due reveal. The claim (state = dispatching) and its webhook token are committed BEFORE any HTTP
 * call, so a crash mid-call leaves a visible row that recovery will not blindly re-send.
 */
export function claimDispatch(db: Db, owner: string, now: number): ClaimedDispatch | "paused" | "rate_limited" | null {
  if (getSetting(db, "queuePause")) return "paused";
  if (rateLimitedUntil(db, now) !== null) return "rate_limited";
  const { token, tokenHash } = createWebhookToken();
  const claimed = db.transaction(
    () => {
      // The team's own limits (Clodura publishes none): the send is counted with the claim, so two never both fit.
      if (sendLimitReached(db, now)) return "rate_limited" as const;
      // better-sqlite3 is one synchronous connection: the raw claim runs inside this transaction.
      const row = claimNextQueued(db, owner, now, LEASE_MS);
      if (row) {
        db.insert(webhookTokens).values({ tokenHash, revealId: row.id }).run();
        recordSend(db, now);
      }
      return row;
    },
    { behavior: "immediate" },
  );
  if (!claimed || claimed === "rate_limited") return claimed;
  const target = db
    .select({ batchId: reveals.batchId, viaPartners: reveals.viaPartners, linkedinUrl: contacts.linkedinUrl, personId: contacts.personId })
    .from(reveals)
    .innerJoin(contacts, eq(contacts.id, reveals.contactId))
    .where(eq(reveals.id, claimed.id))
    .get();
  if (!target) return null;
  publishEvent({ type: "reveal.updated", batchId: target.batchId, revealId: claimed.id, state: "dispatching" });
  return { revealId: claimed.id, attempts: claimed.attempts, earlierMayHaveArrived: claimed.errorCode === MAY_HAVE_ARRIVED, batchId: target.batchId, token, target };
}

/** Sends one claimed reveal to Clodura and records what came back. */
export async function sendDispatch(db: Db, claim: ClaimedDispatch, deps: DispatchDeps): Promise<DispatchOutcome> {
  const now = deps.now ?? Date.now;
  const { target } = claim;
  const response = await deps.client.matchPhone({
    personId: target.personId,
    linkedinUrl: target.personId ? null : target.linkedinUrl,
    revealPhoneNumberViaPartners: target.viaPartners,
    webhookUrl: webhookUrlFor(deps.publicUrl, claim.token),
  });
  const settle =
    response.rawBody === null
      ? () => {}
      : storeDelivery(db, { revealId: claim.revealId, source: "match", body: response.rawBody, outcome: response.ok ? "pending" : "rejected" });
  // Only a try Clodura did not take and that goes again counts as trouble; any answer of its own ends it.
  if (!response.ok && response.failure.kind === "retry") noteRetriedFailure(db, failureCause(response.failure.message), now());
  else noteCloduraAnswered(db);
  if (response.ok) {
    const immediate = parseRevealResult(tryParseCloduraJson(response.rawBody));
    if (immediate) {
      settle(applyRevealResult(db, claim.revealId, immediate, new Date(now())));
      return "sent";
    }
    markAwaiting(db, claim, response.body.trackingId ?? null, now());
    announceRevealChange(db, { batchId: claim.batchId, revealId: claim.revealId, state: "awaiting" });
    return "sent";
  }
  const handled = handleFailure(db, claim, response.failure, now(), deps.random);
  // Its list may have been stopped while it was on the wire: then it is not queued again.
  const outcome = handled === "queued" ? settleStoppedRetry(db, claim.revealId, now()) : handled;
  announceRevealChange(db, { batchId: claim.batchId, revealId: claim.revealId, state: outcome });
  if (outcome === "failed" || outcome === "not_found") return outcome;
  return response.failure.kind === "pause" ? "queue_paused" : "retry";
}

/** Claim and send in one step (tests and single-shot callers). */
export async function dispatchNext(db: Db, deps: DispatchDeps): Promise<DispatchOutcome> {
  const claim = claimDispatch(db, deps.owner, (deps.now ?? Date.now)());
  if (claim === "paused" || claim === "rate_limited") return claim;
  if (!claim) return "idle";
  return sendDispatch(db, claim, deps);
}

function markAwaiting(db: Db, claim: ClaimedDispatch, trackingId: string | null, now: number): void {
  const { revealId } = claim;
  const reconcileAfterMs = getSetting(db, "reconcileAfterSeconds") * 1000;
  db.update(reveals)
    .set({ trackingId })
    .where(eq(reveals.id, revealId))
    .run();
  db.update(webhookTokens).set({ trackingId }).where(eq(webhookTokens.tokenHash, hashWebhookToken(claim.token))).run();
  db.update(reveals)
    .set({
      state: "awaiting",
      awaitingSince: new Date(now),
      nextAttemptAt: new Date(now + reconcileAfterMs),
      leaseOwner: null,
      leaseUntil: null,
      updatedAt: new Date(now),
      errorCode: null,
      errorMessage: null,
    })
    .where(and(eq(reveals.id, revealId), eq(reveals.state, "dispatching")))
    .run();
}

function handleFailure(
  db: Db,
  claimed: Pick<ClaimedDispatch, "revealId" | "attempts" | "earlierMayHaveArrived">,
  failure: CloduraFailure,
  now: number,
  random?: () => number,
): "queued" | "awaiting" | "failed" | "not_found" {
  const stillDispatching = and(eq(reveals.id, claimed.revealId), eq(reveals.state, "dispatching"));
  const done = { leaseOwner: null, leaseUntil: null, updatedAt: new Date(now) };
  switch (failure.kind) {
    case "not_found":
      finishNotFound(db, claimed.revealId, ["dispatching"], now);
      return "not_found";
    case "invalid":
      db.update(reveals)
        .set({ ...done, state: "failed", completedAt: new Date(now), errorCode: `clodura_${failure.status}`, errorMessage: failure.message })
        .where(stillDispatching)
        .run();
      return "failed";
    case "pause":
      pauseQueue(db, failure, now);
      // The attempt was refused before any work: give it back so a paused account burns nothing, with its place in the
      // queue (its due time stays). An earlier try that may have reached Clodura still may have: the mark stays, so a
      // stop never cancels it.
      db.update(reveals)
        .set({ ...done, state: "queued", attempts: claimed.attempts - 1, errorCode: claimed.earlierMayHaveArrived ? MAY_HAVE_ARRIVED : `clodura_${failure.status}`, errorMessage: failure.message })
        .where(stillDispatching)
        .run();
      return "queued";
    case "retry": {
      // This try, or an earlier one, may have reached Clodura: then its answer may still come, and be charged.
      const mayHaveReached = failure.mayHaveArrived === true || claimed.earlierMayHaveArrived;
      // Without webhooks known to arrive, no webhook by the next try would prove nothing: Clodura is not asked twice.
      if (mayHaveReached && !webhooksReachUs(db, now)) {
        awaitWebhookOnly(db, claimed.revealId, failure.status, now);
        return "awaiting";
      }
      if (claimed.attempts >= MAX_ATTEMPTS) {
        const message = mayHaveReached
          ? `Clodura did not take the request in ${MAX_ATTEMPTS} tries (last: ${failureCause(failure.message)}), but an earlier try may have reached it: its answer is still taken if it comes. Another try may cost credits again.`
          : `Clodura did not accept the request after ${MAX_ATTEMPTS} tries (last: ${failureCause(failure.message)}). Reveal again later.`;
        db.update(reveals)
          .set({ ...done, state: "failed", completedAt: new Date(now), errorCode: mayHaveReached ? "no_result" : "retries_exhausted", errorMessage: message })
          .where(stillDispatching)
          .run();
        return "failed";
      }
      const backoff = retryDelayMs(claimed.attempts, failure.retryAfterMs, random);
      backOffOnRateLimit(db, failure, backoff, now);
      // Sent again at once, a request Clodura did get would be charged twice: give its webhook time to answer first
      // (a queued reveal takes it). Webhooks reach us, so none by then means Clodura never had it: then it is sent again.
      const waitMs = failure.mayHaveArrived ? mayHaveArrivedWaitMs(db, now) : 0;
      const delay = Math.max(backoff, waitMs);
      const message = failure.mayHaveArrived ? `${failure.message} Clodura may have the request already: its answer is awaited for ${Math.round(waitMs / 60_000)} minutes before it is sent again, so it is not paid twice.` : failure.message;
      const errorCode = mayHaveReached ? MAY_HAVE_ARRIVED : failure.status ? `clodura_${failure.status}` : "network";
      db.update(reveals)
        .set({ ...done, state: "queued", nextAttemptAt: new Date(now + delay), errorCode, errorMessage: message })
        .where(stillDispatching)
        .run();
      return "queued";
    }
  }
}
