import { detectColumns } from "./detect-columns";
import type { ColumnMapping, ParsedCsv } from "./types";

/** The columns a mapping reads. */
export function mappedColumns(mapping: ColumnMapping): number[] {
  return Object.values(mapping).filter((column): column is number => column !== null);
}

/** Whether every row of `parsed` holds the columns `mapping` reads (rows may hold only some columns of a wide file). */
export function holdsMappedColumns(parsed: ParsedCsv, mapping: ColumnMapping): boolean {
  const kept = parsed.keptColumns;
  return kept === null || mappedColumns(mapping).every((column) => kept.includes(column));
}

/** For parseCsvText's keepColumns: the columns detectColumns guesses from the headers and sample rows. */
export function guessedColumns(headers: string[], sampleRows: string[][]): number[] {
  return mappedColumns(detectColumns(headers, sampleRows));
}
