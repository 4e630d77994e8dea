import { z } from "zod";

export const MAX_BATCH_NAME = 120;

/** A list's name as typed: trimmed, and empty means "no name". */
export const batchNameSchema = z
  .string()
  .trim()
  .max(MAX_BATCH_NAME, `A list name is at most ${MAX_BATCH_NAME} characters.`)
  .transform((name) => name || null);

/** What a batch is called by: the name given, the uploaded file, or for a paste its first profiles. */
export type BatchNaming = { name: string | null; fileName: string | null; source: string; pastedSummary: string | null };

/** How a batch is called everywhere: its name, else the uploaded file's name, else what it came from. */
export function batchLabel(batch: BatchNaming): string {
  const given = batch.name ?? batch.fileName;
  if (given !== null) return given;
  if (batch.source !== "paste") return "Batch";
  return batch.pastedSummary ? `Pasted: ${batch.pastedSummary}` : "Pasted list";
}
