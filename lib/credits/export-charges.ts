import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, users } from "@/db/schema";
import { fileNameSlug } from "@/lib/api/file-name-slug";
import { csvStream } from "@/lib/csv/csv-stream";
import { spreadsheetId, type CsvCell } from "@/lib/csv/export-csv";
import { batchLabel } from "@/lib/reveals/batch-label";
import { batchNamingColumns } from "@/lib/reveals/batch-naming-columns";
import { getSetting } from "@/lib/settings/settings";
import { iterateCharges, type ChargeFilter } from "./list-charges";
import { wallClock, zoneLabel } from "./periods";

const HEADER = ["SDR", "Person", "LinkedIn URL", "personId", "Provider", "Plan", "Credits", "Status", "Batch", "Batch id", "Reveal id"];
const LINES_PER_CHUNK = 500;

/** The last 8 letters and digits of an id from the query string: nothing else reaches the file name. */
const idEnd = (id: string) => id.replace(/[^A-Za-z0-9]/g, "").slice(-8).toLowerCase() || "unknown";

/**
 * Each drill-down its own name, as the dashboard calls it: one SDR's ("sdr-jordan-park"), one provider's and one list's
 * downloads no longer overwrite each other. A list is named only in a view that may see it (the team's, or its
 * sender's); else, as an id the query string gave that matches nothing, by the id's end.
 */
export function chargesCsvFileName(db: Db, filter: ChargeFilter): string {
  const sdr = filter.userId ? db.select({ name: users.name }).from(users).where(eq(users.id, filter.userId)).get() : undefined;
  const list = filter.batchId ? db.select({ createdBy: batches.createdBy, naming: batchNamingColumns }).from(batches).where(eq(batches.id, filter.batchId)).get() : undefined;
  const listSeen = list && (filter.userId === null || list.createdBy === filter.userId);
  const scope = [
    filter.userId ? `sdr-${fileNameSlug(sdr?.name ?? null, 30) || idEnd(filter.userId)}` : null,
    filter.provider ? fileNameSlug(filter.provider, 30) || "provider" : null,
    filter.batchId ? `list-${(listSeen && fileNameSlug(batchLabel(list.naming), 40)) || idEnd(filter.batchId)}` : null,
  ].filter(Boolean);
  return `reveal-desk-credits-${filter.range.from}-to-${filter.range.to}${scope.map((part) => `-${part}`).join("")}.csv`;
}

/**
 * The charges behind a dashboard view as CSV (UTF-8 BOM, formula-neutralised), streamed page by page. Times are the
 * team's wall clock, so a spreadsheet's days match the dashboard's, with the exact UTC instant beside them.
 */
export function streamChargesCsv(db: Db, filter: ChargeFilter): ReadableStream<Uint8Array> {
  const timeZone = getSetting(db, "timeZone");
  const charges = iterateCharges(db, filter);
  return csvStream([`Charged at (${zoneLabel(timeZone)})`, "Charged at (UTC, ISO 8601)", ...HEADER], () => {
    const rows: CsvCell[][] = [];
    for (let next = charges.next(); !next.done; next = charges.next()) {
      const charge = next.value;
      rows.push([
        wallClock(charge.at, timeZone, "second"),
        new Date(charge.at).toISOString(),
        charge.userName,
        charge.personName || null,
        charge.linkedinUrl,
        spreadsheetId(charge.personId),
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
