import type { RevealState } from "./state-machine";

/**
 * A cached reveal attached to a teammate's reveal still in flight shows that reveal's progress; once it is answered
 * the row is "cached" (free). If that reveal failed, so does the attached row.
 */
export function displayState(own: RevealState, source: RevealState | null): RevealState {
  if (own !== "cached" || source === null) return own;
  if (source === "found" || source === "not_found" || source === "cached") return "cached";
  return source;
}
