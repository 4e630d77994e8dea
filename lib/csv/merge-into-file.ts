import { AppError } from "@/lib/errors";
import { normaliseLinkedIn } from "@/lib/linkedin";
import type { AnswerCells } from "@/lib/reveals/answer-cells";
import { detectColumns } from "./detect-columns";
import { crmCell, formatLine, plainNumber, type CsvCell } from "./export-csv";
import type { ExportTarget } from "./export-target";
import { PERSON_CELL } from "./person-cell";
import { parseCsvText, PROGRESS_EVERY_ROWS, SAMPLE_ROWS } from "./parse-csv";
import { MAX_CSV_ROWS, tooManyRows } from "./read-csv-file";
import { nameInRow, namesDiffer } from "./same-person-name";
import type { ColumnMapping, ParsedCsv, ValidatedRow } from "./types";
import { validateCsvRows } from "./validate-rows";

/** One person of the list, as the batch page has it: where they were in the file, and what to write beside them. */
export type ListedPerson = AnswerCells & {
  /** Their row in the uploaded file, as a spreadsheet numbers it (reveals.source_row). */
  row: number;
  linkedinUrl: string | null;
  personId: string | null;
  /** The person's name as Reveal Desk has it (Clodura's, or the first list's), to catch a row naming someone else. */
  name?: string | null;
};

export const MERGED_COLUMNS = ["Reveal Desk state", "Best number (E.164)", "Best number type", "Best number provider", "All numbers"];

export type MergedFile = {
  /** The file's rows with the list's columns added, ready for a Blob (UTF-8 with BOM, the file's own delimiter). */
  parts: string[];
  rows: number;
  /** Rows that got a person's numbers: their own, or those of the same person on an earlier row. */
  withResults: number;
  /** Rows left without their person's answer because the row names someone else than its LinkedIn URL's person. */
  heldBack: number;
};


/**
 * The uploaded file again, each row with the list's answer for its person added on the right, every other column kept.
 * Refuses a file that is not the one the list came from: each listed person must be named on their own row, else
 * numbers would be written beside someone else. Rows the list did not send get the same person's answer when another
 * row has it (a repeat), else why the upload left them out. Cells are formula-neutralised as every export's are; for
 * `crm`, the best number is left plain (+E.164).
 */
export function mergeIntoFile(text: string, people: ListedPerson[], fileName: string, onProgress?: (fraction: number) => void, target: ExportTarget = "spreadsheet"): MergedFile {
  // Reading the file is the first half of the work, writing it again the second.
  const parsed = parseCsvText(text, { onProgress: onProgress && ((fraction) => onProgress(fraction / 2)), maxRows: { rows: MAX_CSV_ROWS, tooMany: tooManyRows } });
  const { byRow, byPerson, mapping } = matchPeople(parsed, people, fileName);
  const nameColumns = detectColumns(parsed.headers, parsed.rows.slice(0, SAMPLE_ROWS));
  // The other rows are judged as the upload judged them, on the columns the listed people were found in.
  const judged = mapping.linkedinUrl !== null || mapping.personId !== null ? validateCsvRows(parsed, mapping) : null;
  const delimiter = parsed.delimiter;
  // A ragged row longer than the header keeps its cells: the added columns go after the widest row.
  const width = parsed.rows.reduce((widest, cells) => Math.max(widest, cells.length), parsed.headers.length);
  const header = [...(parsed.headerCells ?? parsed.headers), ...Array.from({ length: width - parsed.headers.length }, () => "")];
  // Excel's "sep=;" line goes back too: without it, an Excel set to "," would open the file as one column.
  const parts = [`\uFEFF${parsed.separatorLine ? `${parsed.separatorLine}\r\n` : ""}${formatLine([...header, ...MERGED_COLUMNS], delimiter)}\r\n`];
  let withResults = 0;
  let heldBack = 0;
  for (const [index, cells] of parsed.rows.entries()) {
    const listed = byRow.get(parsed.rowNumbers[index] ?? index + 1);
    const same = listed ?? samePerson(judged?.[index], byPerson);
    const rowName = same?.name ? nameInRow(cells, nameColumns) : null;
    const someoneElse = Boolean(same?.name && rowName && namesDiffer(rowName, same.name));
    const added = someoneElse
      ? [`not written: this LinkedIn URL is ${same!.name}'s, not ${rowName}'s. Check the URL; the numbers are on the batch page`, "", "", "", ""]
      : listed
        ? addedCells(listed)
        : unlistedCells(judged?.[index], same);
    // Only rows the name check kept a number from: a person found without one would have had none anyway.
    if (someoneElse && (same!.best || same!.all)) heldBack++;
    if (added[1] || added[4]) withResults++;
    const padding = Array.from({ length: width - cells.length }, () => "");
    // For a CRM import the best number goes plain (+E.164), as the batch's CSV for CRM import writes it.
    const answer: CsvCell[] = target === "crm" ? [added[0]!, plainNumber(added[1]!), ...added.slice(2)] : added;
    // The rep's own phone numbers too: a CRM importer would keep the guard's ' and overwrite the numbers it holds.
    const own: CsvCell[] = target === "crm" ? cells.map(crmCell) : cells;
    parts.push(`${formatLine([...own, ...padding, ...answer], delimiter)}\r\n`);
    if (onProgress && index % PROGRESS_EVERY_ROWS === 0) onProgress(0.5 + index / parsed.rows.length / 2);
  }
  onProgress?.(1);
  return { parts, rows: parsed.rows.length, withResults, heldBack };
}

type Matched = { byRow: Map<number, ListedPerson>; byPerson: Map<string, ListedPerson>; mapping: ColumnMapping };

/** Finds each listed person on their row (or refuses the file), and the columns they were named in. */
function matchPeople(parsed: ParsedCsv, people: ListedPerson[], fileName: string): Matched {
  const indexByRow = new Map(parsed.rowNumbers.map((row, index) => [row, index]));
  const byRow = new Map<number, ListedPerson>();
  const byPerson = new Map<string, ListedPerson>();
  const urlColumns = new Tally();
  const personIdColumns = new Tally();
  for (const person of people) {
    const index = indexByRow.get(person.row);
    const found = index === undefined ? null : whereNamed(parsed.rows[index] ?? [], person);
    if (!found) throw notThisFile(person, fileName, index !== undefined);
    (found.by === "url" ? urlColumns : personIdColumns).add(found.column);
    byRow.set(person.row, person);
    if (person.linkedinUrl) byPerson.set(`url:${person.linkedinUrl}`, person);
    if (person.personId) byPerson.set(`pid:${person.personId}`, person);
  }
  const mapping = people.length > 0 ? { ...NO_COLUMNS, linkedinUrl: urlColumns.most(), personId: personIdColumns.most() } : detectColumns(parsed.headers, parsed.rows.slice(0, SAMPLE_ROWS));
  return { byRow, byPerson, mapping };
}

function addedCells(person: AnswerCells): string[] {
  return [person.state, person.best, person.type, person.provider, person.all];
}

/** The listed person a row the list did not send repeats, if any. */
function samePerson(judged: ValidatedRow | undefined, byPerson: Map<string, ListedPerson>): ListedPerson | undefined {
  if (!judged || judged.status === "unsupported" || judged.status === "empty") return undefined;
  return (judged.linkedinUrl ? byPerson.get(`url:${judged.linkedinUrl}`) : undefined) ?? (judged.personId ? byPerson.get(`pid:${judged.personId}`) : undefined);
}

/** A row the list did not send: a repeat of someone it did (`same`), someone it does not hold, or a row the upload left out. */
function unlistedCells(judged: ValidatedRow | undefined, same: ListedPerson | undefined): string[] {
  if (judged && (judged.status === "unsupported" || judged.status === "empty")) return [`not sent: ${judged.reason ?? "no LinkedIn URL or personId"}`, "", "", "", ""];
  if (same) return addedCells({ ...same, state: `${same.state} (same person as row ${same.row})` });
  return ["not in this list", "", "", "", ""];
}

/** The cell (in any column) that names `person` on their row, and how. */
function whereNamed(cells: string[], person: ListedPerson): { column: number; by: "url" | "personId" } | null {
  for (const [column, cell] of cells.entries()) {
    if (!PERSON_CELL.test(cell)) continue;
    const named = normaliseLinkedIn(cell);
    if (!named.ok) continue;
    if (person.linkedinUrl !== null && named.linkedinUrl === person.linkedinUrl) return { column, by: "url" };
    if (person.personId !== null && named.personId === person.personId) return { column, by: named.linkedinUrl ? "url" : "personId" };
  }
  return null;
}

/** Counts how often each column named a person; `most()` is the commonest, or null. */
class Tally {
  private readonly counts = new Map<number, number>();
  add(column: number): void {
    this.counts.set(column, (this.counts.get(column) ?? 0) + 1);
  }
  most(): number | null {
    let best: number | null = null;
    for (const [column, count] of this.counts) if (best === null || count > (this.counts.get(best) ?? 0)) best = column;
    return best;
  }
}

const NO_COLUMNS: ColumnMapping = { linkedinUrl: null, personId: null, firstName: null, lastName: null, fullName: null, company: null };

function notThisFile(person: ListedPerson, fileName: string, rowExists: boolean): AppError {
  const who = person.linkedinUrl?.replace(/^https:\/\/(www\.)?/, "") ?? `personId ${person.personId}`;
  const where = rowExists ? `its row ${person.row} does not name ${who}` : `it has no row ${person.row}, where ${who} was`;
  return new AppError("unprocessable", `This is not the file this list was uploaded from (${where}): choose ${fileName}, unchanged since the upload.`);
}
