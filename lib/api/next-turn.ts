/**
 * Resolves after the requests already waiting on the event loop have had their turn. Long synchronous steps of one
 * request (parsing a 15 MB body, then writing 100k rows) are separated by it, so other users wait for one step, not all.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
