import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { PhoneNumber } from "@/lib/clodura/types";
import { toCsv } from "@/lib/csv/export-csv";
import { getBatchView } from "./get-batch";
import type { BatchRow } from "./schemas";

const stateLabels: Record<BatchRow["state"], string> = {
  held: "needs approval",
  queued: "queued",
  dispatching: "sending",
  awaiting: "waiting for providers",
  found: "found",
  not_found: "not found",
  failed: "failed",
  cached: "from ledger (free)",
  cancelled: "cancelled",
};

/** A batch as CSV: one row per person, the best number first, then every number and every provider's answer. */
export function exportBatchCsv(db: Db, batchId: string, viewer: SessionUser): { fileName: string; csv: string } {
  const view = getBatchView(db, batchId, viewer);
  const header = [
    "First name", "Last name", "Company", "LinkedIn URL", "personId", "State",
    "Best number (E.164)", "Best number type", "Best number provider", "All numbers",
    ...view.providers.map((provider) => `${provider} status`),
    "Credits charged (estimate)", "Revealed by", "Note",
  ];
  const rows = view.rows.map((row) => {
    const best = bestNumber(row);
    return [
      row.firstName, row.lastName, row.company, row.linkedinUrl, row.personId, stateLabels[row.state],
      best ? (best.number.e164 ?? best.number.raw) : "", best?.number.type ?? "", best?.provider ?? "",
      allNumbers(row),
      ...view.providers.map((provider) => row.results[provider]?.status ?? ""),
      row.credits ?? "",
      row.ledger ? `${row.ledger.revealedBy} (${new Date(row.ledger.at).toISOString().slice(0, 10)})` : view.createdBy,
      row.errorMessage ?? "",
    ];
  });
  const stamp = new Date(view.createdAt).toISOString().slice(0, 10);
  return { fileName: `reveal-desk-${stamp}-${batchId.slice(0, 8)}.csv`, csv: toCsv(header, rows) };
}

/** The charged provider's mobile if any, else its first number, else the first number anyone found. */
function bestNumber(row: BatchRow): { provider: string; number: PhoneNumber } | null {
  const found = Object.entries(row.results).filter(([, cell]) => cell.status === "found" && cell.numbers.length > 0);
  found.sort(([, a], [, b]) => Number(b.charged) - Number(a.charged));
  const [first] = found;
  if (!first) return null;
  const [provider, cell] = first;
  const number = cell.numbers.find((candidate) => candidate.type === "mobile") ?? cell.numbers[0];
  return number ? { provider, number } : null;
}

function allNumbers(row: BatchRow): string {
  const seen = new Set<string>();
  for (const [provider, cell] of Object.entries(row.results)) {
    for (const number of cell.numbers) seen.add(`${number.e164 ?? number.raw} (${number.type}, ${provider})`);
  }
  return [...seen].join("; ");
}
