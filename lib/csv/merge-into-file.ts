import { AppError } from "@/lib/errors";
import { normaliseLinkedIn } from "@/lib/linkedin";
import type { AnswerCells } from "@/lib/reveals/answer-cells";
import { formatLine } from "./export-csv";
import { parseCsvText } from "./parse-csv";
import { MAX_CSV_ROWS, tooManyRows } from "./read-csv-file";

/** One person of the list, as the batch page has it: where they were in the file, and what to write beside them. */
export type ListedPerson = AnswerCells & {
  /** Their row in the uploaded file, as a spreadsheet numbers it (reveals.source_row). */
  row: number;
  linkedinUrl: string | null;
  personId: string | null;
};

export const MERGED_COLUMNS = ["Reveal Desk state", "Best number (E.164)", "Best number type", "Best number provider", "All numbers"];

export type MergedFile = {
  /** The file's rows with the list's columns added, ready for a Blob (UTF-8 with BOM, the file's own delimiter). */
  parts: string[];
  rows: number;
  /** Rows that got a person's numbers: their own, or those of the same person on an earlier row. */
  withResults: number;
};

const PROGRESS_EVERY_ROWS = 2_048;
// The cells that can name a person: a LinkedIn address, or a personId (with our export's guard quote).
const PERSON_CELL = /linkedin\.|^\s*'?\d{6,25}\s*$/i;

/**
 * The uploaded file again, each row with the list's answer for its person added on the right, every other column kept.
 * Refuses a file that is not the one the list came from: each listed person must be named on their own row, else
 * numbers would be written beside someone else. Rows the list did not send get the same person's answer when another
 * row has it (a repeat), else the reason they were left out. Cells are formula-neutralised as every export's are.
 */
export function mergeIntoFile(text: string, people: ListedPerson[], fileName: string, onProgress?: (fraction: number) => void): MergedFile {
  // Reading the file is the first half of the work, writing it again the second.
  const parsed = parseCsvText(text, { onProgress: onProgress && ((fraction) => onProgress(fraction / 2)), maxRows: { rows: MAX_CSV_ROWS, tooMany: tooManyRows } });
  const indexByRow = new Map(parsed.rowNumbers.map((row, index) => [row, index]));
  const byRow = new Map<number, ListedPerson>();
  const byPerson = new Map<string, ListedPerson>();
  for (const person of people) {
    const index = indexByRow.get(person.row);
    if (index === undefined || !namesPerson(parsed.rows[index] ?? [], person)) throw notThisFile(person, fileName, index !== undefined);
    byRow.set(person.row, person);
    if (person.linkedinUrl) byPerson.set(`url:${person.linkedinUrl}`, person);
    if (person.personId) byPerson.set(`pid:${person.personId}`, person);
  }
  const delimiter = parsed.delimiter;
  // A ragged row longer than the header keeps its cells: the added columns go after the widest row, named like the rest.
  const width = parsed.rows.reduce((widest, cells) => Math.max(widest, cells.length), parsed.headers.length);
  const headers = [...parsed.headers, ...Array.from({ length: width - parsed.headers.length }, (_, i) => `Column ${parsed.headers.length + i + 1}`)];
  const parts = [`\uFEFF${formatLine([...headers, ...MERGED_COLUMNS], delimiter)}\r\n`];
  let withResults = 0;
  for (const [index, cells] of parsed.rows.entries()) {
    const row = parsed.rowNumbers[index] ?? index + 1;
    const listed = byRow.get(row);
    const added = listed ? addedCells(listed) : unlistedCells(cells, byPerson);
    if (added[1] || added[4]) withResults++;
    const padding = Array.from({ length: width - cells.length }, () => "");
    parts.push(`${formatLine([...cells, ...padding, ...added], delimiter)}\r\n`);
    if (onProgress && index % PROGRESS_EVERY_ROWS === 0) onProgress(0.5 + index / parsed.rows.length / 2);
  }
  onProgress?.(1);
  return { parts, rows: parsed.rows.length, withResults };
}

function addedCells(person: AnswerCells): string[] {
  return [person.state, person.best, person.type, person.provider, person.all];
}

/** A row the list did not send: a repeat of someone it did, or a row it left out (with why, as the upload report said). */
function unlistedCells(cells: string[], byPerson: Map<string, ListedPerson>): string[] {
  let refusal: string | null = null;
  let namesSomeone = false;
  for (const cell of cells) {
    if (!PERSON_CELL.test(cell)) continue;
    namesSomeone = true;
    const person = normaliseLinkedIn(cell);
    if (!person.ok) {
      refusal ??= person.reason;
      continue;
    }
    const same = (person.linkedinUrl ? byPerson.get(`url:${person.linkedinUrl}`) : undefined) ?? (person.personId ? byPerson.get(`pid:${person.personId}`) : undefined);
    if (same) return addedCells({ ...same, state: `${same.state} (same person as row ${same.row})` });
  }
  const why = refusal ? `not sent: ${refusal}` : namesSomeone ? "not in this list" : "not sent: no LinkedIn URL or personId in this row";
  return [why, "", "", "", ""];
}

function namesPerson(cells: string[], person: ListedPerson): boolean {
  return cells.some((cell) => {
    if (!PERSON_CELL.test(cell)) return false;
    const named = normaliseLinkedIn(cell);
    return named.ok && ((person.linkedinUrl !== null && named.linkedinUrl === person.linkedinUrl) || (person.personId !== null && named.personId === person.personId));
  });
}

function notThisFile(person: ListedPerson, fileName: string, rowExists: boolean): AppError {
  const who = person.linkedinUrl?.replace(/^https:\/\/(www\.)?/, "") ?? `personId ${person.personId}`;
  const where = rowExists ? `its row ${person.row} does not name ${who}` : `it has no row ${person.row}, where ${who} was`;
  return new AppError("unprocessable", `This is not the file this list was uploaded from (${where}): choose ${fileName}, unchanged since the upload.`);
}
