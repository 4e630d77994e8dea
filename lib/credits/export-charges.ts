import type { Db } from "@/db/client";
import { formatLine } from "@/lib/csv/export-csv";
import { iterateCharges, type ChargeFilter } from "./list-charges";

const HEADER = ["Charged at (UTC)", "SDR", "Person", "LinkedIn URL", "personId", "Provider", "Plan", "Credits", "Status", "Batch", "Batch id", "Reveal id"];
const LINES_PER_CHUNK = 500;

export function chargesCsvFileName(filter: ChargeFilter): string {
  return `reveal-desk-credits-${filter.range.from}-to-${filter.range.to}.csv`;
}

/** The charges behind a dashboard view as CSV (UTF-8 BOM, formula-neutralised), streamed page by page. */
export function streamChargesCsv(db: Db, filter: ChargeFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const charges = iterateCharges(db, filter);
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const lines: string[] = started ? [] : [`\uFEFF${formatLine(HEADER)}`];
      started = true;
      for (let next = charges.next(); !next.done; next = charges.next()) {
        const charge = next.value;
        lines.push(
          formatLine([
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
          ]),
        );
        if (lines.length >= LINES_PER_CHUNK) break;
      }
      if (lines.length > 0) controller.enqueue(encoder.encode(`${lines.join("\r\n")}\r\n`));
      else controller.close();
    },
  });
}
