import { detectColumns } from "../lib/csv/detect-columns";
import { guessedColumns } from "../lib/csv/mapped-columns";
import type { ListedPerson } from "../lib/csv/merge-into-file";
import { parseCsvText, SAMPLE_ROWS } from "../lib/csv/parse-csv";
import { validateCsvRows } from "../lib/csv/validate-rows";

/**
 * The people an upload of `csv` would list, each answered with a number and named as the file names them (the app
 * compares each row's name with the person's): what "Add numbers to your file" writes back.
 */
export function answeredPeopleOf(csv: string): ListedPerson[] {
  const parsed = parseCsvText(csv, { keepColumns: guessedColumns });
  const validated = validateCsvRows(parsed, detectColumns(parsed.headers, parsed.rows.slice(0, SAMPLE_ROWS)));
  return validated.flatMap((row) =>
    row.status === "ok"
      ? [{ row: row.row, linkedinUrl: row.linkedinUrl ?? null, personId: row.personId ?? null, name: [row.firstName, row.lastName].filter(Boolean).join(" ") || null, state: "found", best: "+14155550134", type: "mobile", provider: "Clodura", all: "mobile +14155550134 (Clodura)" }]
      : [],
  );
}
