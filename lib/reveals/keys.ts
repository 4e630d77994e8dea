export const revealKeys = {
  all: ["reveals"] as const,
  queue: () => [...revealKeys.all, "queue"] as const,
  batches: () => [...revealKeys.all, "batches"] as const,
  batch: (batchId: string) => [...revealKeys.all, "batch", batchId] as const,
  people: () => [...revealKeys.all, "people"] as const,
};
