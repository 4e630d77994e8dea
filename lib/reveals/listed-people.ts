import type { ListedPerson } from "@/lib/csv/merge-into-file";
import { answerCells } from "./answer-cells";
import type { BatchCounts, BatchRow } from "./schemas";
import { pendingCount } from "./state-machine";

/** An uploaded list's people with their row in the file, to write their answers back into it. */
export function listedPeople(rows: BatchRow[]): ListedPerson[] {
  return rows.flatMap((row) =>
    row.sourceRow === null ? [] : [{ row: row.sourceRow, linkedinUrl: row.linkedinUrl, personId: row.personId, name: [row.firstName, row.lastName].filter(Boolean).join(" ") || null, ...answerCells(row) }],
  );
}

/**
 * A list can be written back into its file when it was uploaded after rows were numbered (reveals.source_row), and
 * has a number to write or may still get one: a list rejected or stopped before anything was found has none.
 */
export function canMergeIntoFile(batch: { source: string; fileName: string | null; rows: BatchRow[]; counts: BatchCounts; freeWithNumber: number }): boolean {
  const numbers = batch.counts.found + batch.freeWithNumber + pendingCount(batch.counts);
  return batch.source === "csv" && batch.fileName !== null && numbers > 0 && batch.rows.some((row) => row.sourceRow !== null);
}
