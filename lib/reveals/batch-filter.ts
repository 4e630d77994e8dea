import { AppError } from "@/lib/errors";
import { displayProfile } from "@/lib/linkedin/display";
import { displayStateLabels } from "./display-state";
import { foldSearchText } from "./fold-search-text";
import type { BatchRow } from "./schemas";
import { inFlightStates } from "./state-machine";

/**
 * The batch page's state chips; its export reads the same keys from `?state=` and ends its file name in `file`. A chip
 * `onlyWhenPresent` is left out while no row is in its state (most batches never reach it).
 */
export const stateFilters = {
  all: { label: "All", states: null, file: "" },
  pending: { label: "In progress", states: inFlightStates, file: "in-progress" },
  held: { label: displayStateLabels.held, states: ["held"], file: "needs-approval", onlyWhenPresent: true },
  found: { label: displayStateLabels.found, states: ["found"], file: "found" },
  not_found: { label: displayStateLabels.not_found, states: ["not_found"], file: "not-found" },
  unfinished: { label: displayStateLabels.unfinished, states: ["unfinished"], file: "unfinished", onlyWhenPresent: true },
  cached: { label: "Free (ledger)", states: ["cached"], file: "free-ledger" },
  failed: { label: displayStateLabels.failed, states: ["failed"], file: "failed" },
  cancelled: { label: displayStateLabels.cancelled, states: ["cancelled"], file: "cancelled", onlyWhenPresent: true },
} as const satisfies Record<string, { label: string; states: readonly BatchRow["state"][] | null; file: string; onlyWhenPresent?: true }>;

export type StateFilter = keyof typeof stateFilters;

/** What a batch page shows: a state chip and the search box's text. */
export type BatchFilter = { state: StateFilter; search: string };

export const SEARCH_MAX_LENGTH = 200;

/**
 * Whether a row is among those `filter` shows: its state is the chip's, and its person carries the search text, as the
 * grid shows it (the profile decoded) and whatever the accents ("jose" finds José). The search is folded once here,
 * not once per row of a 100k list.
 */
export function rowMatcher(filter: BatchFilter): (row: BatchRow) => boolean {
  const states: readonly string[] | null = stateFilters[filter.state].states;
  const needle = foldSearchText(filter.search.trim());
  return (row) => {
    if (states && !states.includes(row.state)) return false;
    if (!needle) return true;
    const profile = row.linkedinUrl ? `${row.linkedinUrl} ${displayProfile(row.linkedinUrl)}` : "";
    return foldSearchText(`${row.firstName ?? ""} ${row.lastName ?? ""} ${row.company ?? ""} ${profile} ${row.personId ?? ""}`).includes(needle);
  };
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

/** The query string that asks the export for what `filter` shows, with its leading "?"; empty for the whole batch. */
export function batchFilterQuery(filter: BatchFilter): string {
  const params = new URLSearchParams();
  if (filter.state !== "all") params.set("state", filter.state);
  if (filter.search.trim()) params.set("q", filter.search.trim());
  const query = params.toString();
  return query ? `?${query}` : "";
}
