import type { Db } from "@/db/client";
import { csvStream } from "@/lib/csv/csv-stream";
import type { CsvCell } from "@/lib/csv/export-csv";
import { iterateCharges, type ChargeFilter } from "./list-charges";

const HEADER = ["Charged at (UTC)", "SDR", "Person", "LinkedIn URL", "personId", "Provider", "Plan", "Credits", "Status", "Batch", "Batch id", "Reveal id"];
const LINES_PER_CHUNK = 500;

export function chargesCsvFileName(filter: ChargeFilter): string {
  return `reveal-desk-credits-${filter.range.from}-to-${filter.range.to}.csv`;
}

/** The charges behind a dashboard view as CSV (UTF-8 BOM, formula-neutralised), streamed page by page. */
export function streamChargesCsv(db: Db, filter: ChargeFilter): ReadableStream<Uint8Array> {
  const charges = iterateCharges(db, filter);
  return csvStream(HEADER, () => {
    const rows: CsvCell[][] = [];
    for (let next = charges.next(); !next.done; next = charges.next()) {
      const charge = next.value;
      rows.push([
        new Date(charge.at).toISOString(),
        charge.userName,
        charge.personName || null,
        charge.linkedinUrl,
        charge.personId,
        charge.provider,
        charge.plan,
        charge.amount,
        charge.estimated ? "estimate" : "confirmed by balance",
        charge.batchName,
        charge.batchId,
        charge.revealId,
      ]);
      if (rows.length >= LINES_PER_CHUNK) return { rows, more: true };
    }
    return { rows, more: false };
  });
}
