import { toCsv } from "./export-csv";
import type { ValidatedRow } from "./types";

const HEADER = ["Row", "Input", "Status", "Reason"];

/** The downloadable check of an uploaded file, one line per data row; ledgerStatus (by key) adds a note to ok rows. */
export function validationReportCsv(rows: ValidatedRow[], ledgerStatus?: Map<string, string>): string {
  return toCsv(
    HEADER,
    rows.map((row) => {
      const ledger = row.status === "ok" && row.key ? ledgerStatus?.get(row.key) : undefined;
      const reason = [row.reason, ledger].filter(Boolean).join(" ");
      return [row.row, row.input, row.status, reason];
    }),
  );
}
