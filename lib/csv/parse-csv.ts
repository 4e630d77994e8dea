import Papa, { type ParseError, type ParseStepResult } from "papaparse";
import { AppError } from "@/lib/errors";
import type { ParsedCsv } from "./types";

const DELIMITERS = [",", ";", "\t", "|"];
// Progress is worked out this often; the worker posts it at most every 50 ms.
export const PROGRESS_EVERY_ROWS = 2_048;
// A first row holding a profile URL or a personId (any length Clodura's ids come in) is data: a bare list, no header.
const DATA_CELL = /linkedin\.com\/|^\s*\d{6,25}\s*$/i;
// CRM exports have a few hundred columns at most; a first row far wider is not a list (and every row is padded to it).
export const MAX_COLUMNS = 2_000;

/** The first data rows, kept whole for column detection and the mapping's examples. */
export const SAMPLE_ROWS = 50;

export type ParseOptions = {
  onProgress?: (fraction: number) => void;
  /**
   * Which columns to keep of each data row after the first SAMPLE_ROWS, chosen from the headers and those rows (which
   * stay whole). Unset keeps every column. A 50-column export of 100,000 rows holds five million cells; the few a
   * mapping reads are all validation needs.
   */
  keepColumns?: (headers: string[], sampleRows: string[][]) => number[];
  /** Stop reading and throw `tooMany()` once the file has more than `rows` data rows (a headerless file: one more). */
  maxRows?: { rows: number; tooMany: () => Error };
};

/** Splits CSV text into unique headers and data rows, guessing the delimiter. Synchronous. */
export function parseCsvText(text: string, { onProgress, keepColumns, maxRows }: ParseOptions = {}): ParsedCsv {
  const { input, delimiter, linebreak, separatorLine } = sniffFormat(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const kept: string[][] = [];
  // Each kept row's record number, counting blank lines: the row a spreadsheet shows it on.
  const recordNumbers: number[] = [];
  const errors: { keptIndex: number; message: string }[] = [];
  let rawCount = 0;
  let skippedBlankLines = 0;
  let lastWasBlank = false;
  // Set once SAMPLE_ROWS data rows are in, when keepColumns is given (an object: the parse callback assigns it).
  const narrowing: { columns: number[] | null; project: ((cells: string[]) => string[]) | null; wholeRows: number } = { columns: null, project: null, wholeRows: Infinity };

  // Row by row over the whole text: every kept cell is a slice of `text`, which the caller keeps anyway (chunks would
  // be copies of it, each held alive by the cells sliced from it). Blank lines are counted here, not skipped by papaparse.
  Papa.parse<string[]>(input, {
    delimiter,
    newline: linebreak,
    step: (result: ParseStepResult<string[]>, parser) => {
      const cells = result.data;
      const error = result.errors.at(-1);
      if (error) errors.push({ keptIndex: kept.length, message: describeError(error) });
      rawCount++;
      if (onProgress && rawCount % PROGRESS_EVERY_ROWS === 0) onProgress(Math.min(1, result.meta.cursor / input.length));
      lastWasBlank = isBlank(cells);
      if (lastWasBlank) {
        skippedBlankLines++;
        return;
      }
      // The header row (if any) and SAMPLE_ROWS data rows are whole: a row after them, time to choose what rows keep.
      if (keepColumns && !narrowing.project && kept.length === SAMPLE_ROWS + 1) {
        narrowing.columns = chosenColumns(kept, keepColumns);
        narrowing.project = projection(narrowing.columns);
        narrowing.wholeRows = kept.length;
      }
      kept.push(narrowing.project ? narrowing.project(cells) : cells);
      recordNumbers.push(rawCount);
      if (maxRows && kept.length > maxRows.rows + 1) parser.abort();
    },
  });
  if (maxRows && kept.length > maxRows.rows + 1) throw maxRows.tooMany();
  onProgress?.(1);
  // The newline that ends the last line is not a blank line of its own.
  if (lastWasBlank && /[\r\n]$/.test(input)) skippedBlankLines--;

  const { headers, headerless } = headerRow(kept);
  const rows = headerless ? kept : kept.slice(1);
  const rowNumbers = headerless ? recordNumbers : recordNumbers.slice(1);
  const rowOffset = headerless ? 1 : 0;
  for (const row of rows.slice(0, narrowing.wholeRows - 1 + rowOffset)) while (row.length < headers.length) row.push("");
  return {
    headers,
    headerCells: headerless ? null : (kept[0] ?? null),
    separatorLine,
    rows,
    rowNumbers,
    // A short file never reached the choice: every row is whole.
    keptColumns: narrowing.columns && narrowing.columns.length < headers.length ? narrowing.columns : null,
    delimiter,
    skippedBlankLines,
    errors: errors.map((e) => ({ row: e.keptIndex === 0 && !headerless ? 0 : (recordNumbers[e.keptIndex] ?? rawCount), message: e.message })),
  };
}

function headerRow(kept: string[][]): { headers: string[]; headerless: boolean } {
  const first = kept[0] ?? [];
  if (first.length > MAX_COLUMNS) {
    throw new AppError(
      "unprocessable",
      `The first row has ${first.length.toLocaleString("en")} columns, and a list export has at most a few hundred: check that this is the file you meant, saved as CSV, and upload it again.`,
    );
  }
  const headerless = first.some((cell) => DATA_CELL.test(cell));
  return { headers: headerless ? first.map((_, i) => `Column ${i + 1}`) : uniqueHeaders(first), headerless };
}

function chosenColumns(kept: string[][], keepColumns: NonNullable<ParseOptions["keepColumns"]>): number[] {
  const { headers, headerless } = headerRow(kept);
  const sample = headerless ? kept.slice(0, SAMPLE_ROWS) : kept.slice(1);
  return [...new Set(keepColumns(headers, sample))].sort((a, b) => a - b);
}

/** A row holding only `columns`, at their own indexes (the rest are holes), so a mapping reads it like a whole row. */
function projection(columns: number[]): (cells: string[]) => string[] {
  const width = (columns.at(-1) ?? -1) + 1;
  return (cells) => {
    const row = new Array<string>(width);
    for (const column of columns) row[column] = cells[column] ?? "";
    return row;
  };
}

type Linebreak = "\r\n" | "\n" | "\r";

/**
 * The delimiter and line break, guessed from the first lines. In a file whose first lines end in CRLF, a line that
 * ends in LF alone (rows added by a script, two exports joined) would be glued to the next one: such line ends are made
 * CRLF (a copy, made only for such a file). A line break inside a quoted cell is the cell's own and stays as it is.
 */
function sniffFormat(file: string): { input: string; delimiter: string; linebreak: Linebreak; separatorLine: string | null } {
  // Excel's "sep=;" first line names the delimiter; Excel does not show it as a row, and neither do we.
  const directive = SEP_LINE.exec(file);
  const text = directive ? file.slice(directive[0].length) : file;
  const { meta } = Papa.parse<string[]>(text, { preview: 10, delimitersToGuess: DELIMITERS, skipEmptyLines: "greedy" });
  const linebreak = meta.linebreak === "\r\n" || meta.linebreak === "\r" ? meta.linebreak : "\n";
  const input = linebreak === "\r\n" && hasLoneLineFeed(text) ? mendLoneLineFeeds(text) : text;
  return { input, delimiter: directive?.[1] ?? meta.delimiter, linebreak, separatorLine: directive ? directive[0].replace(/[\r\n]+$/, "") : null };
}

const SEP_LINE = /^sep=([,;\t|])(?:\r\n|\n|\r)/i;

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** One native search per line: a CRLF file of 100,000 rows is checked in a few milliseconds. */
function hasLoneLineFeed(text: string): boolean {
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    if (at === 0 || text.charCodeAt(at - 1) !== CR) return true;
  }
  return false;
}

/** The text with every LF that ends a line without a CR, outside quotes, made CRLF. */
function mendLoneLineFeeds(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // A doubled quote inside a quoted cell toggles twice: the cell stays quoted.
    if (code === QUOTE) quoted = !quoted;
    else if (code === LF && !quoted && (at === 0 || text.charCodeAt(at - 1) !== CR)) {
      parts.push(text.slice(from, at), "\r\n");
      from = at + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.join("");
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
