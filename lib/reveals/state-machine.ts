import type { RevealState } from "@/db/schema/reveals";
import { FOUND_WITHOUT_NUMBER } from "./found-without-number";
import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";

export type { RevealState };

export const finalStates: readonly RevealState[] = ["found", "not_found", "failed", "cached", "cancelled"];

/** Sent, or about to be, and not answered yet: the ledger attaches to these, and budgets reserve their worst case. */
export const inFlightStates = ["queued", "dispatching", "awaiting"] as const satisfies readonly RevealState[];

/** next_attempt_at of a new reveal whose batch is still being written: the dispatcher's "due" range never reaches it. */
export const NOT_YET_DUE = Date.UTC(9999, 0, 1);

/** Not final yet: in flight, or held for a manager's approval. */
export const openStates = ["held", ...inFlightStates] as const satisfies readonly RevealState[];

/** How many of a batch's rows are still open, from its counts by state. */
export function pendingCount(counts: Readonly<Record<(typeof openStates)[number], number>>): number {
  return openStates.reduce((sum, state) => sum + counts[state], 0);
}

const allowed: Record<RevealState, readonly RevealState[]> = {
  // Approved: queued, or answered by the ledger if a teammate revealed the person meanwhile. Rejected: cancelled.
  held: ["queued", "cached", "cancelled"],
  // queued → found / not_found: a send that failed on our side (reset, timeout) may still have reached Clodura; its
  // webhook answers the reveal, and then it must not be sent (and paid for) again.
  // queued → awaiting: a stop leaves a retry of a request Clodura may have to its webhook, instead of sending it again.
  // queued → cached: a freshness window widened before it was sent covers the team's earlier answer (widened-window.ts).
  queued: ["dispatching", "awaiting", "found", "not_found", "cached", "cancelled"],
  // A webhook can land before the match response is processed, hence dispatching → found / not_found.
  dispatching: ["awaiting", "queued", "found", "not_found", "failed"],
  awaiting: ["found", "not_found", "failed"],
  found: [],
  not_found: [],
  failed: [],
  cached: [],
  cancelled: [],
};

/**
 * Failures after which Clodura may have had the request all along: it went quiet (`no_result`), a send timed out
 * (`retries_exhausted`), and either of those sent again in a new batch (`retried`). If its answer still comes, it is
 * applied (failed → found / not_found): Clodura charged for it, and the numbers must not be thrown away.
 */
export const LATE_ANSWER_CODES = ["no_result", "retries_exhausted", "retried"] as const;

/**
 * A "not found" that only the track endpoint's 404 said: that 404 may mean "unknown id" rather than "no number", so the
 * webhook's answer, if it still comes, replaces it (not_found → found / not_found).
 */
export const TRACK_NOT_FOUND = "track_not_found";

/** What a later answer brings: `charged`, the provider whose "found" Clodura bills, if any; `withNumber`, a number. */
export type LateAnswer = { charged: string | null; withNumber: boolean };

/**
 * The "not found"s a later answer replaces: a track 404, by any answer; any "not found" nothing was charged for (a plain
 * one, a track 404, one cut short by Clodura's credits), by an answer Clodura charged for (a provider's "found"), which
 * must not be thrown away: its number (not_found → found), or at least its charge, when the "found" came without a
 * number; and a found without a number, by an answer with the number it lacked from the provider charged for it (that
 * charge stands, nothing is added; takesLateAnswer checks the provider).
 */
export function replaceableNotFoundCodes(answer: LateAnswer): readonly (string | null)[] {
  if (answer.charged && answer.withNumber) return [null, TRACK_NOT_FOUND, RAN_OUT_OF_CREDITS, FOUND_WITHOUT_NUMBER];
  return answer.charged ? [null, TRACK_NOT_FOUND, RAN_OUT_OF_CREDITS] : [TRACK_NOT_FOUND];
}

/**
 * Whether a final reveal still takes an answer. `chargedBy`: the provider a found without a number was charged for; a
 * number from another provider is another answer, which Clodura may bill again, so it is not taken as this one's.
 */
export function takesLateAnswer(reveal: { state: RevealState; errorCode: string | null; chargedBy?: string | null }, answer: LateAnswer): boolean {
  if (reveal.state === "not_found" && reveal.errorCode === FOUND_WITHOUT_NUMBER) return answer.withNumber && answer.charged === reveal.chargedBy;
  if (reveal.state === "not_found") return replaceableNotFoundCodes(answer).includes(reveal.errorCode);
  return reveal.state === "failed" && (LATE_ANSWER_CODES as readonly (string | null)[]).includes(reveal.errorCode);
}

export function isFinal(state: RevealState): boolean {
  return finalStates.includes(state);
}

export function canTransition(from: RevealState, to: RevealState): boolean {
  return allowed[from].includes(to);
}

/** Which states a transition may start from: used as the guard in conditional UPDATEs. */
export function statesLeadingTo(to: RevealState): RevealState[] {
  return (Object.keys(allowed) as RevealState[]).filter((from) => allowed[from].includes(to));
}
