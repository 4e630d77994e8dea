import { AppError } from "@/lib/errors";
import { displayProfile } from "@/lib/linkedin/display";
import { phoneSearchDigits } from "@/lib/phones/search-digits";
import { displayStateLabels } from "./display-state";
import { foldSearchText, searchableText } from "./fold-search-text";
import type { BatchRow, BatchView } from "./schemas";
import { inFlightStates } from "./state-machine";

/**
 * The batch page's state chips; its export reads the same keys from `?state=` and ends its file name in `file`. A chip
 * `onlyWhenPresent` is left out while no row is in its state (most batches never reach it). Found and Not found also
 * take the free ledger answers with and without a number: a rep's "found" call list holds every number they have.
 */
export const stateFilters = {
  all: { label: "All", states: null, file: "" },
  pending: { label: "In progress", states: inFlightStates, file: "in-progress" },
  held: { label: displayStateLabels.held, states: ["held"], file: "needs-approval", onlyWhenPresent: true },
  found: { label: displayStateLabels.found, states: ["found"], free: "with_number", file: "found" },
  not_found: { label: displayStateLabels.not_found, states: ["not_found"], free: "without_number", file: "not-found" },
  unfinished: { label: displayStateLabels.unfinished, states: ["unfinished"], file: "unfinished", onlyWhenPresent: true },
  cached: { label: "Free (ledger)", states: ["cached"], file: "free-ledger" },
  failed: { label: displayStateLabels.failed, states: ["failed"], file: "failed" },
  cancelled: { label: displayStateLabels.cancelled, states: ["cancelled"], file: "cancelled", onlyWhenPresent: true },
} as const satisfies Record<string, { label: string; states: readonly BatchRow["state"][] | null; free?: FreeAnswers; file: string; onlyWhenPresent?: true }>;

type FreeAnswers = "with_number" | "without_number";

export type StateFilter = keyof typeof stateFilters;

/** Which free ledger answers a chip also shows, if any. */
function freeAnswersOf(filter: StateFilter): FreeAnswers | null {
  const chip: (typeof stateFilters)[StateFilter] = stateFilters[filter];
  return "free" in chip ? chip.free : null;
}

/** How many rows a chip shows, from the batch's counts. */
export function chipCount(filter: StateFilter, batch: Pick<BatchView, "counts" | "freeWithNumber" | "total">): number {
  const states: readonly BatchRow["state"][] | null = stateFilters[filter].states;
  if (states === null) return batch.total;
  const own = states.reduce((sum, state) => sum + batch.counts[state], 0);
  const free = freeAnswersOf(filter);
  if (free === null) return own;
  return own + (free === "with_number" ? batch.freeWithNumber : batch.counts.cached - batch.freeWithNumber);
}

/** What a batch page shows: a state chip and the search box's text. */
export type BatchFilter = { state: StateFilter; search: string };

export const SEARCH_MAX_LENGTH = 200;

/**
 * Whether a row is among those `filter` shows: its state is the chip's, and its person carries the search text, as the
 * grid shows it (the profile decoded) and whatever the accents ("jose" finds José), or one of its numbers is the phone
 * number searched for, however it was typed (as on People). The search is folded once here, not once per row of a
 * 100k list.
 */
export function rowMatcher(filter: BatchFilter): (row: BatchRow) => boolean {
  const states: readonly string[] | null = stateFilters[filter.state].states;
  const free = freeAnswersOf(filter.state);
  const inChip = (row: BatchRow) =>
    states === null || states.includes(row.state) || (free !== null && row.state === "cached" && row.ledger?.withNumber === (free === "with_number"));
  const needle = foldSearchText(filter.search.trim());
  const digits = phoneSearchDigits(filter.search.trim());
  return (row) => {
    if (!inChip(row)) return false;
    if (!needle) return true;
    if (digits !== null && hasNumberWith(row, digits)) return true;
    const profile = row.linkedinUrl ? `${row.linkedinUrl} ${displayProfile(row.linkedinUrl)}` : "";
    return searchableText(`${row.firstName ?? ""} ${row.lastName ?? ""} ${row.company ?? ""} ${profile} ${row.personId ?? ""}`).includes(needle);
  };
}

function hasNumberWith(row: BatchRow, digits: string): boolean {
  return Object.values(row.results).some((cell) => cell.numbers.some((number) => number.e164?.slice(1).includes(digits)));
}

export function isWholeBatch(filter: BatchFilter): boolean {
  return filter.state === "all" && filter.search.trim() === "";
}

/** The rows `filter` shows; the same array when it shows them all. */
export function filterRows(rows: BatchRow[], filter: BatchFilter): BatchRow[] {
  return isWholeBatch(filter) ? rows : rows.filter(rowMatcher(filter));
}

/** `?state=found&q=acme` of an export link, as the page that made it had them; the whole batch without either. */
export function parseBatchFilter(params: URLSearchParams): BatchFilter {
  const state = params.get("state") ?? "all";
  if (!Object.hasOwn(stateFilters, state)) {
    throw new AppError("bad_request", `Export "state" is one of ${Object.keys(stateFilters).join(", ")}, not "${state.slice(0, 40)}".`);
  }
  const search = params.get("q") ?? "";
  if (search.length > SEARCH_MAX_LENGTH) throw new AppError("bad_request", `Export search "q" is at most ${SEARCH_MAX_LENGTH} characters.`);
  return { state: state as StateFilter, search };
}

/**
 * What a batch page's link asks it to show (`?state=found&q=acme`, as it wrote them): unlike an export's, a hand-edited
 * link is not refused, its unknown state shows every row and a search past the limit is cut to it.
 */
export function readBatchFilter(params: URLSearchParams): BatchFilter {
  const state = params.get("state") ?? "all";
  return { state: Object.hasOwn(stateFilters, state) ? (state as StateFilter) : "all", search: (params.get("q") ?? "").slice(0, SEARCH_MAX_LENGTH) };
}

/** Each chip's count among the rows the search matches, so a chip never promises rows the search then hides. */
export function chipCountsMatching(rows: BatchRow[], search: string): Record<StateFilter, number> {
  const keys = Object.keys(stateFilters) as StateFilter[];
  const inChip = keys.map((state) => [state, rowMatcher({ state, search: "" })] as const);
  const counts = Object.fromEntries(keys.map((state) => [state, 0])) as Record<StateFilter, number>;
  for (const row of rows.filter(rowMatcher({ state: "all", search }))) {
    for (const [state, shows] of inChip) if (shows(row)) counts[state] += 1;
  }
  return counts;
}

/** The query string that asks the export for what `filter` shows, with its leading "?"; empty for the whole batch. */
export function batchFilterQuery(filter: BatchFilter): string {
  const params = new URLSearchParams();
  if (filter.state !== "all") params.set("state", filter.state);
  if (filter.search.trim()) params.set("q", filter.search.trim());
  const query = params.toString();
  return query ? `?${query}` : "";
}
