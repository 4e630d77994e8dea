import type { ListedPerson } from "@/lib/csv/merge-into-file";
import { answerCells } from "./answer-cells";
import type { BatchRow } from "./schemas";

/** An uploaded list's people with their row in the file, to write their answers back into it. */
export function listedPeople(rows: BatchRow[]): ListedPerson[] {
  return rows.flatMap((row) => (row.sourceRow === null ? [] : [{ row: row.sourceRow, linkedinUrl: row.linkedinUrl, personId: row.personId, ...answerCells(row) }]));
}

/** A list can be written back into its file when it was uploaded after rows were numbered (reveals.source_row). */
export function canMergeIntoFile(batch: { source: string; fileName: string | null; rows: BatchRow[] }): boolean {
  return batch.source === "csv" && batch.fileName !== null && batch.rows.some((row) => row.sourceRow !== null);
}
