import type { BatchCounts } from "@/lib/reveals/schemas";
import { pendingCount } from "@/lib/reveals/state-machine";

/** Answers a list needs of its own before its pace so far says more than the estimate made before any came. */
export const PACE_FROM_ANSWERS = 20;

/**
 * What a running list will likely have cost once the rest is answered, at the credits each of its own answers has
 * cost so far (found or not); null before it has enough answers, or with nothing left to answer.
 */
export function onPaceFor(spent: number, counts: BatchCounts): number | null {
  const answered = counts.found + counts.not_found;
  const pending = pendingCount(counts);
  if (answered < PACE_FROM_ANSWERS || pending === 0) return null;
  return Math.round(spent + (pending * spent) / answered);
}
