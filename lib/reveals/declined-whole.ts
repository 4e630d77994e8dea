import type { BatchView } from "./schemas";

/** What tells a list declined whole from one declined only for the people it held while the rest went on. */
type DecidedList = { approval: string; total: number; cancelled: number; cached: number; held?: number };

/** How many of the list's people went (or are going) to Clodura: not held, not cancelled, not answered free. */
export function sentPeople({ total, cancelled, cached, held = 0 }: DecidedList): number {
  return total - cancelled - cached - held;
}

/**
 * Rejected or withdrawn before any of it was sent. A running list that waited only for people freed from a teammate's
 * stopped reveal, then rejected (or stopped), was sent in part: its progress, not "nothing sent", is what to show.
 */
export function declinedWhole(list: DecidedList): boolean {
  return list.approval === "rejected" && sentPeople(list) === 0;
}

/** A batch page's view as the rule reads it. */
export function batchDecision(batch: Pick<BatchView, "approval" | "total" | "counts">): DecidedList {
  return { approval: batch.approval.state, total: batch.total, cancelled: batch.counts.cancelled, cached: batch.counts.cached, held: batch.counts.held };
}
