import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";
import type { RevealState } from "./state-machine";

/**
 * What a batch row shows: its reveal's state, or `unfinished` for a "not found" that is not one (Clodura's credits ran
 * out before every provider was asked). The chip, the state filters' counts and the export's State column read it.
 */
export type DisplayState = RevealState | "unfinished";

/**
 * A reveal as far as its row shows it: its state, and the error code that says why it ended so. `resentByAnother`: a
 * row someone other than its owner sent again in a list of theirs (a manager, from an SDR's list).
 */
export type RevealOutcome = { state: RevealState; errorCode: string | null; resentByAnother?: boolean };

/** How each state is named on a chip; the export writes the same words in lower case. */
export const displayStateLabels: Record<DisplayState, string> = {
  held: "Needs approval",
  queued: "Queued",
  dispatching: "Sending",
  awaiting: "Waiting for providers",
  found: "Found",
  not_found: "Not found",
  unfinished: "Unfinished",
  failed: "Failed",
  cached: "From ledger (free)",
  cancelled: "Cancelled",
};

export const displayStates = Object.keys(displayStateLabels) as DisplayState[];

/** Rows that show the reveal they are attached to: a ledger answer, or a failed or cancelled one another sent again. */
const FOLLOWS_SOURCE: ReadonlySet<RevealState> = new Set(["cached", "failed", "cancelled"]);

/**
 * A cached reveal attached to a teammate's reveal still in flight shows that reveal's progress; once it is answered
 * the row is "cached" (free). If that reveal failed, or was cut short by Clodura's credits, so is the attached row. A
 * failed or cancelled row someone else sent again in their list is attached to its reveal there, and shows it the same way,
 * except its answer: that list paid for it, so it is the answer itself (found, not found), not a free one from the ledger.
 */
export function displayState(own: RevealOutcome, source: RevealOutcome | null): DisplayState {
  if (!FOLLOWS_SOURCE.has(own.state) || source === null) return isUnfinished(own) ? "unfinished" : own.state;
  if (isUnfinished(source)) return "unfinished";
  if (own.resentByAnother && (source.state === "found" || source.state === "not_found")) return source.state;
  if (source.state === "found" || source.state === "not_found" || source.state === "cached") return "cached";
  return source.state;
}

function isUnfinished(reveal: RevealOutcome): boolean {
  return reveal.state === "not_found" && reveal.errorCode === RAN_OUT_OF_CREDITS;
}
