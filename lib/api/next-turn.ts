/**
 * Resolves after the requests already waiting on the event loop have had their turn. Long synchronous steps of one
 * request (parsing a 15 MB body, then writing 100k rows) are separated by it, so other users wait for one step, not all.
 * Two check-phase hops: one alone, taken from the poll phase, resumes in the same loop iteration, before any waiting
 * I/O (an incoming request) is read.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
