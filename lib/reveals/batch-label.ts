import { z } from "zod";

export const MAX_BATCH_NAME = 120;

/** A list's name as typed: trimmed, and empty means "no name". */
export const batchNameSchema = z
  .string()
  .trim()
  .max(MAX_BATCH_NAME, `A list name is at most ${MAX_BATCH_NAME} characters.`)
  .transform((name) => name || null);

/** How a batch is called everywhere: its name, else the uploaded file's name, else what it came from. */
export function batchLabel(batch: { name: string | null; fileName: string | null; source: string }): string {
  return batch.name ?? batch.fileName ?? (batch.source === "paste" ? "Pasted list" : "Batch");
}
