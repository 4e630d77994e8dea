import { toCsv } from "@/lib/csv/export-csv";
import type { ValidatedRow } from "@/lib/csv/types";
import { earlierFact, type EarlierAnswer } from "@/lib/reveals/earlier-fact";
import type { LedgerHit } from "@/lib/reveals/ledger";
import { ledgerFact } from "@/lib/reveals/ledger-fact";
import { isRevealedAgain } from "@/lib/reveals/reveal-again";
import { formatDays } from "@/lib/ui/format-when";

/** What happens to a row on submit: validation status, refined by the team ledger for valid rows. */
export type RowStatus = "new" | "fresh" | "in_flight" | "duplicate" | "unsupported" | "empty";
export const ROW_STATUSES: RowStatus[] = ["new", "fresh", "in_flight", "duplicate", "unsupported", "empty"];

type Ledger = Record<string, LedgerHit>;

/** One meaning per colour: violet is free (ledger), red refused, grey skipped; new rows stay neutral until charged. */
export const statusLook: Record<RowStatus, { label: string; text: string; badge: string }> = {
  new: { label: "New", text: "text-zinc-900 dark:text-zinc-100", badge: "bg-zinc-100 text-zinc-800 ring-1 ring-inset ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-100 dark:ring-zinc-700" },
  fresh: { label: "Already revealed", text: "text-violet-700 dark:text-violet-300", badge: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300" },
  in_flight: { label: "In progress", text: "text-violet-700 dark:text-violet-300", badge: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300" },
  duplicate: { label: "Duplicate", text: "text-zinc-500 dark:text-zinc-400", badge: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400" },
  unsupported: { label: "Unsupported", text: "text-red-700 dark:text-red-400", badge: "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-300" },
  empty: { label: "Empty", text: "text-zinc-500 dark:text-zinc-400", badge: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400" },
};

export function summaryLabel(status: RowStatus, freshnessDays: number | null): string {
  switch (status) {
    case "new":
      return "New (will be charged if found)";
    case "fresh":
      return freshnessDays === null ? "Free: already revealed recently" : `Free: already revealed within ${formatDays(freshnessDays)}`;
    case "in_flight":
      return "Free: already in progress (attached)";
    case "duplicate":
      return "Duplicate in this file";
    case "unsupported":
      return "Unsupported";
    case "empty":
      return "Empty";
  }
}

export function rowStatus(row: ValidatedRow, ledger: Ledger): RowStatus {
  if (row.status !== "ok") return row.status;
  return ledgerHit(row, ledger)?.kind ?? "new";
}

/** The ledger entry that makes this row free, for valid rows only (a duplicate follows its first row). */
export function ledgerHit(row: ValidatedRow, ledger: Ledger): LedgerHit | undefined {
  return row.status === "ok" && row.key ? ledger[row.key] : undefined;
}

export type ReportSummary = {
  counts: Record<RowStatus, number>;
  /** Already revealed rows the user chose to pay for again (a reveal in progress is always attached to). */
  again: number;
};

export function summarise(rows: ValidatedRow[], ledger: Ledger, revealAgain: ReadonlySet<string>): ReportSummary {
  const counts: Record<RowStatus, number> = { new: 0, fresh: 0, in_flight: 0, duplicate: 0, unsupported: 0, empty: 0 };
  let again = 0;
  for (const row of rows) {
    const status = rowStatus(row, ledger);
    counts[status] += 1;
    if (row.status === "ok" && row.key && isRevealedAgain(row.key, ledger, revealAgain)) again += 1;
  }
  return { counts, again };
}

/** The fact plus what it means for this upload: "… — free" / "… — will attach, free". */
export function ledgerNote(hit: LedgerHit): string {
  return `${ledgerFact(hit)} — ${hit.kind === "fresh" ? "free" : "will attach, free"}`;
}

/** Why a new row costs although the team asked before: "Sam Rivera revealed them on Jun 3 (…), outside … — charged if found". */
export function earlierNote(row: ValidatedRow, earlier: Record<string, EarlierAnswer>, freshnessDays: number): string | null {
  const answer = row.status === "ok" && row.key ? earlier[row.key] : undefined;
  return answer ? `${earlierFact(answer, freshnessDays)} — charged if found` : null;
}

const reportStatus: Record<RowStatus, string> = {
  new: "new (charged if found)",
  fresh: "already revealed (free)",
  in_flight: "in progress (attached, free)",
  duplicate: "duplicate",
  unsupported: "unsupported",
  empty: "empty",
};

/**
 * The downloadable check, one line per data row: where it is in the file, who (as the columns mapped to names and a
 * company read), what happens to it and why. A ledger row says it is free; a row to reveal again, what it will cost.
 * Separated by ";" when the file was (an Excel set to ";" would read a comma file as one column), else by ",".
 */
export function reportCsv(
  rows: ValidatedRow[],
  ledger: Ledger,
  revealAgain: ReadonlySet<string>,
  { earlier = {}, freshnessDays = 90, fileDelimiter = "," }: { earlier?: Record<string, EarlierAnswer>; freshnessDays?: number; fileDelimiter?: string } = {},
): string {
  return toCsv(
    ["Row", "Input", "Name", "Company", "Status", "Reason"],
    rows.map((row) => {
      const who = [[row.firstName, row.lastName].filter(Boolean).join(" "), row.company ?? ""];
      const status = rowStatus(row, ledger);
      const hit = ledgerHit(row, ledger);
      if (hit && row.key && isRevealedAgain(row.key, ledger, revealAgain)) return [row.row, row.input, ...who, "reveal again (charged if found)", ledgerFact(hit)];
      return [row.row, row.input, ...who, reportStatus[status], hit ? ledgerNote(hit) : (earlierNote(row, earlier, freshnessDays) ?? row.reason ?? "")];
    }),
    fileDelimiter === ";" ? ";" : ",",
  );
}
