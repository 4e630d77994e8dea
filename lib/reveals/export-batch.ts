import type { Db } from "@/db/client";
import { fileNameSlug } from "@/lib/api/file-name-slug";
import type { SessionUser } from "@/lib/auth/roles";
import { dayIn } from "@/lib/credits/periods";
import { csvStream } from "@/lib/csv/csv-stream";
import { plainNumber, spreadsheetId, type CsvCell } from "@/lib/csv/export-csv";
import type { ExportTarget } from "@/lib/csv/export-target";
import { getSetting } from "@/lib/settings/settings";
import { filterRows, stateFilters, type BatchFilter } from "./batch-filter";
import { answerCells } from "./answer-cells";
import { findVisibleBatch, getBatchRows, listBatchProviders, type BatchViewQuery } from "./get-batch";
import type { BatchRow } from "./schemas";

/** Rows read and written per pull: the server answers other requests between them, and memory stays flat. */
const ROWS_PER_CHUNK = 2_000;

export type BatchExport = { fileName: string; body: ReadableStream<Uint8Array> };

const wholeBatch: BatchFilter = { state: "all", search: "" };

/**
 * A batch as CSV: one row per person, the best number first, then every number and every provider's answer; only the
 * rows `filter` shows, as the batch page shows them. Checks the viewer at once (a refused export throws before anything
 * is sent), then streams the rows a page at a time.
 */
export function exportBatchCsv(db: Db, batchId: string, viewer: SessionUser, target: ExportTarget = "spreadsheet", filter: BatchFilter = wholeBatch): BatchExport {
  const { batch, createdBy } = findVisibleBatch(db, batchId, viewer);
  const providers = listBatchProviders(db, batchId);
  // An uploaded list's rows name their line in the file: the export can be matched back to it (the file's other columns).
  const fromFile = batch.source === "csv";
  const header = [
    ...(fromFile ? ["Row in file"] : []),
    "First name", "Last name", "Company", "LinkedIn URL", "personId", "State",
    "Best number (E.164)", "Best number type", "Best number provider", "All numbers",
    ...providers.map((provider) => `${provider} status`),
    "Credits charged (estimate)", "Revealed by", "Note",
  ];
  const timeZone = getSetting(db, "timeZone");
  const day = (at: Date | number) => dayIn(at, timeZone);
  let next: BatchViewQuery = { limit: ROWS_PER_CHUNK };
  const body = csvStream(header, () => {
    const page = getBatchRows(db, batchId, next);
    if (page.more !== null) next = { after: page.more, limit: ROWS_PER_CHUNK };
    const rows = filterRows(page.rows, filter).map((row) => [...(fromFile ? [row.sourceRow ?? ""] : []), ...exportCells(row, providers, createdBy, target, day)]);
    return { rows, more: page.more !== null };
  });
  const stamp = day(batch.createdAt);
  // Named as the list is (its name, else its file's, else a paste's first profiles); the id's random end, not its time-ordered start, tells two apart.
  const listName = batch.name ?? batch.fileName?.replace(/\.[a-z0-9]{1,5}$/i, "") ?? (batch.pastedSummary ? `pasted ${batch.pastedSummary}` : null);
  return { fileName: `reveal-desk-${[fileNameSlug(listName), stamp].filter(Boolean).join("-")}-${batchId.slice(-8)}${filterSuffix(filter)}${target === "crm" ? "-for-crm" : ""}.csv`, body };
}

/** "-found", "-matching" or "-found-matching": a filtered file is not taken for the whole list. */
function filterSuffix(filter: BatchFilter): string {
  const { file } = stateFilters[filter.state];
  const state = file ? `-${file}` : "";
  return `${state}${filter.search.trim() ? "-matching" : ""}`;
}

function exportCells(row: BatchRow, providers: string[], createdBy: string, target: ExportTarget, day: (at: number) => string): CsvCell[] {
  const answer = answerCells(row);
  return [
    row.firstName, row.lastName, row.company, row.linkedinUrl, target === "crm" ? row.personId : spreadsheetId(row.personId), answer.state,
    target === "crm" ? plainNumber(answer.best) : answer.best, answer.type, answer.provider,
    answer.all,
    ...providers.map((provider) => row.results[provider]?.status ?? ""),
    row.credits ?? "",
    row.ledger ? `${row.ledger.revealedBy} (${day(row.ledger.at)})` : createdBy,
    row.errorMessage ?? "",
  ];
}
