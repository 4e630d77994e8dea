import { normaliseLinkedIn, type NormalisedPerson } from "@/lib/linkedin";
import { holdsMappedColumns } from "./mapped-columns";
import type { ColumnMapping, ParsedCsv, ValidatedRow } from "./types";

const EMPTY_REASON = "This row has no LinkedIn URL or personId: fill one in, or leave the row out.";
const REPEATED_HEADER = "This row repeats the header row (were two files joined?): it is left out.";
// What Excel shows after it has stored a 19-digit personId as a number and rounded it.
const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+?\d+$/i;
// What Excel writes for it in a column formatted as Number: 15 digits kept, zeros for the rest. A real 18- or 19-digit
// id ends so about once in a thousand or ten thousand; beside a LinkedIn URL it is then only not used.
const ZEROED_PAST_15 = /^\d{15}0{3,}$/;

type Judgement = { person: NormalisedPerson; input: string };

/** Classifies every data row: a person to reveal, a repeat of an earlier row, an unusable cell, or nothing. */
export function validateCsvRows(parsed: ParsedCsv, mapping: ColumnMapping): ValidatedRow[] {
  // A column the rows do not hold would read as blank in every row: a wrong report, never a right one.
  if (!holdsMappedColumns(parsed, mapping)) throw new Error("The mapping reads a column these rows were parsed without: parse the file again keeping it.");
  const firstRowByKey = new Map<string, number>();
  // A personId names one person whether it came alone or beside a URL: the server would attach the second line.
  const firstRowByPersonId = new Map<string, number>();
  const results = new Array<ValidatedRow>(parsed.rows.length);
  // One flat literal per row rather than spreads: this loop runs over 100k-row files.
  for (const [index, cells] of parsed.rows.entries()) {
    const row = parsed.rowNumbers[index] ?? index + 1;
    const url = cellAt(cells, mapping.linkedinUrl) ?? "";
    const id = cellAt(cells, mapping.personId) ?? "";
    const { firstName, lastName, company } = personDetails(cells, mapping);
    if (!url && !id) {
      results[index] = { row, status: "empty", reason: EMPTY_REASON, input: "", firstName, lastName, company };
      continue;
    }
    const { person, input } = judge(url, id);
    if (!person.ok) {
      const reason = repeatsHeader(parsed.headers, mapping, cells) ? REPEATED_HEADER : person.reason;
      results[index] = { row, status: "unsupported", reason, input, linkedinUrl: null, personId: null, firstName, lastName, company };
      continue;
    }
    const { key, linkedinUrl, personId } = person;
    const sameKey = firstRowByKey.get(key);
    const firstRow = sameKey ?? (personId ? firstRowByPersonId.get(personId) : undefined);
    if (firstRow !== undefined) {
      const reason = `Same ${sameKey === undefined ? "personId" : "person"} as row ${firstRow}: they are revealed once.`;
      results[index] = { row, status: "duplicate", duplicateOfRow: firstRow, reason, key, linkedinUrl, personId, input, firstName, lastName, company };
      continue;
    }
    firstRowByKey.set(key, row);
    if (personId && !firstRowByPersonId.has(personId)) firstRowByPersonId.set(personId, row);
    results[index] = { row, status: "ok", key, linkedinUrl, personId, input, firstName, lastName, company };
  }
  return results;
}

/**
 * Two exports joined into one file: the second one's header row sits among the rows. Every mapped cell that is filled
 * reads as its column's header, so "linkedin" typed under a "LinkedIn" header beside a person's name is not one.
 */
function repeatsHeader(headers: string[], mapping: ColumnMapping, cells: string[]): boolean {
  return Object.values(mapping).every((column) => {
    const cell = cellAt(cells, column);
    return !cell || headers[column ?? -1]?.trim().toLowerCase() === cell.toLowerCase();
  });
}

/** A valid LinkedIn URL wins (keeping a valid personId beside it); otherwise the personId; otherwise the URL's refusal. */
function judge(url: string, id: string): Judgement {
  const byId = id ? judgePersonId(id) : null;
  if (!url) return byId ?? { person: normaliseLinkedIn(id), input: id };
  const byUrl = normaliseLinkedIn(url);
  // A personId in the URL column (a list mixing both) is the row's personId, not dropped.
  if (byUrl.ok) return { person: { ...byUrl, personId: byId?.person.ok ? byId.person.personId : byUrl.personId }, input: url };
  return byId?.person.ok ? byId : { person: byUrl, input: url };
}

function judgePersonId(id: string): Judgement {
  if (SCIENTIFIC.test(id)) {
    const reason = `Excel has rounded this personId to ${id} and its last digits are lost: format the column as Text, paste the ids again, and re-export.`;
    return { person: { ok: false, kind: "malformed", reason }, input: id };
  }
  if (ZEROED_PAST_15.test(id)) {
    const reason = `This personId ends in zeros after its 15th digit, as Excel writes an id it has rounded, so its last digits are probably lost: format the column as Text, paste the ids again, and re-export. If the id is right as it is, paste it on the Reveal page.`;
    return { person: { ok: false, kind: "malformed", reason }, input: id };
  }
  // Our own spreadsheet export's guard quote ('2751…) is not part of the id the report shows.
  return { person: normaliseLinkedIn(id), input: id.replace(/^'(?=\d+$)/, "") };
}

type PersonDetails = Pick<ValidatedRow, "firstName" | "lastName" | "company">;

function personDetails(cells: string[], mapping: ColumnMapping): PersonDetails {
  const company = cellAt(cells, mapping.company);
  if (mapping.firstName === null && mapping.lastName === null && mapping.fullName !== null) return { ...splitFullName(cellAt(cells, mapping.fullName) ?? ""), company };
  return { firstName: cellAt(cells, mapping.firstName), lastName: cellAt(cells, mapping.lastName), company };
}

/** "Jane Doe" or, as CRMs and Excel lists write it, "Doe, Jane". */
function splitFullName(full: string): Pick<PersonDetails, "firstName" | "lastName"> {
  const [last, first, ...more] = full.split(",").map((part) => part.trim());
  if (first && last && more.length === 0) return { firstName: first, lastName: last };
  const [firstName = null, ...rest] = full.split(/\s+/).filter(Boolean);
  return { firstName, lastName: rest.join(" ") || null };
}

/** The trimmed cell, or null when the column is unmapped or the cell is blank. */
function cellAt(cells: string[], column: number | null): string | null {
  if (column === null) return null;
  return cells[column]?.trim() || null;
}
