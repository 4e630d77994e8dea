import { AppError } from "@/lib/errors";

/**
 * Work on a batch that must not run twice at once in this process (a double click, a second tab): a call while the
 * first still runs is refused with `busy` rather than done again.
 */
export function onePerBatch(busy: string) {
  const running = new Set<string>();
  return async <T>(batchId: string, work: () => Promise<T>): Promise<T> => {
    if (running.has(batchId)) throw new AppError("conflict", busy);
    running.add(batchId);
    try {
      return await work();
    } finally {
      running.delete(batchId);
    }
  };
}
