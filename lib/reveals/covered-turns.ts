import { processState } from "@/lib/server/process-state";

// Set by the settings route, read by the dispatcher: shared by every bundle of the process.
const turns = processState("revealDeskCoveredTurns", () => ({ running: 0 }));

/**
 * A widened window's turns answer queued reveals free from the front of the queue; the dispatcher claims nothing while
 * they run, or between two turns it would pay for the next turn's people. Kept apart from widened-window.ts so the
 * claim (and its worker processes) does not load the ledger to read one counter.
 */
export async function whileAnsweringCovered<T>(work: () => Promise<T>): Promise<T> {
  turns.running += 1;
  try {
    return await work();
  } finally {
    turns.running -= 1;
  }
}

/** Whether a widened window's turns are still answering queued reveals. */
export function isAnsweringCoveredReveals(): boolean {
  return turns.running > 0;
}
