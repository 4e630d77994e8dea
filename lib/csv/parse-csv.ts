import Papa, { type ParseError, type ParseResult } from "papaparse";
import { AppError } from "@/lib/errors";
import type { ParsedCsv } from "./types";

const DELIMITERS = [",", ";", "\t", "|"];
// Only sets how often progress is reported: parse time barely moves between 256 KB and 4 MB chunks.
const CHUNK_SIZE = 1024 * 1024;
// A first row holding a profile URL or a personId is data: the file is a bare list with no header row.
const DATA_CELL = /linkedin\.com\/|^\s*\d{15,20}\s*$/i;
// CRM exports have a few hundred columns at most; a first row far wider is not a list (and every row is padded to it).
export const MAX_COLUMNS = 2_000;

/** Splits CSV text into unique headers and padded data rows, guessing the delimiter. Synchronous. */
export function parseCsvText(text: string, onProgress?: (fraction: number) => void): ParsedCsv {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { delimiter, linebreak } = sniffFormat(input);
  const kept: string[][] = [];
  const errors: { keptIndex: number; message: string }[] = [];
  let rawCount = 0;
  let skippedBlankLines = 0;
  let lastWasBlank = false;

  // Blank lines are dropped here rather than by papaparse's skipEmptyLines, so they can be counted.
  Papa.parse<string[]>(input, {
    delimiter,
    newline: linebreak,
    chunkSize: CHUNK_SIZE,
    chunk: (result: ParseResult<string[]>) => {
      const errorRows = new Map<number, ParseError>(result.errors.map((e) => [rawCount + (e.row ?? 0), e]));
      for (const cells of result.data) {
        const error = errorRows.get(rawCount);
        if (error) errors.push({ keptIndex: kept.length, message: describeError(error) });
        lastWasBlank = isBlank(cells);
        if (lastWasBlank) skippedBlankLines++;
        else kept.push(cells);
        rawCount++;
      }
      onProgress?.(input.length === 0 ? 1 : Math.min(1, result.meta.cursor / input.length));
    },
    complete: () => onProgress?.(1),
  });
  // The newline that ends the last line is not a blank line of its own.
  if (lastWasBlank && /[\r\n]$/.test(input)) skippedBlankLines--;

  const first = kept[0] ?? [];
  if (first.length > MAX_COLUMNS) {
    throw new AppError(
      "unprocessable",
      `The first row has ${first.length.toLocaleString("en")} columns, and a list export has at most a few hundred: check that this is the file you meant, saved as CSV, and upload it again.`,
    );
  }
  const headerless = first.some((cell) => DATA_CELL.test(cell));
  const headers = headerless ? first.map((_, i) => `Column ${i + 1}`) : uniqueHeaders(first);
  const rows = headerless ? kept : kept.slice(1);
  for (const row of rows) while (row.length < headers.length) row.push("");
  const rowOffset = headerless ? 1 : 0;
  return {
    headers,
    rows,
    delimiter,
    skippedBlankLines,
    errors: errors.map((e) => ({ row: e.keptIndex + rowOffset, message: e.message })),
  };
}

type Linebreak = "\r\n" | "\n" | "\r";

function sniffFormat(input: string): { delimiter: string; linebreak: Linebreak } {
  const { meta } = Papa.parse<string[]>(input, { preview: 10, delimitersToGuess: DELIMITERS, skipEmptyLines: "greedy" });
  const linebreak = meta.linebreak === "\r\n" || meta.linebreak === "\r" ? meta.linebreak : "\n";
  return { delimiter: meta.delimiter, linebreak };
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

/** Trimmed, never empty, unique ignoring case: "" → "Column 3", a second "Email" → "Email (2)". */
export function uniqueHeaders(cells: string[]): string[] {
  const seen = new Set<string>();
  // Where to resume numbering each name: a row of 1,000 "Email" headers must not count up from 2 each time.
  const nextNumber = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `Column ${i + 1}`;
    let n = nextNumber.get(base.toLowerCase()) ?? 2;
    let name = base;
    while (seen.has(name.toLowerCase())) name = `${base} (${n++})`;
    nextNumber.set(base.toLowerCase(), n);
    seen.add(name.toLowerCase());
    return name;
  });
}

function describeError(error: ParseError): string {
  switch (error.code) {
    case "MissingQuotes":
      return `A quoted cell is never closed (a " is missing), so everything after it was read as one cell: fix the quotes in the file and upload it again.`;
    case "InvalidQuotes":
      return `A quoted cell has text after its closing ": check the quotes on this row.`;
    default:
      return error.message;
  }
}
