import { stateFilters, type BatchFilter } from "./batch-filter";

/**
 * What a batch page says when its filter and search hide every row: which of them hides the rows, and, for a search
 * under a state chip, how many rows of other states it matches; `clear` names the button that brings the rows back.
 */
export function noMatchText(filter: BatchFilter, matchesInAllStates: number): { message: string; clear: string } {
  const search = filter.search.trim();
  const chip = filter.state === "all" ? null : `“${stateFilters[filter.state].label}”`;
  if (chip === null) return { message: `No row matches “${search}”.`, clear: "Clear search" };
  if (!search) return { message: `No row is under the ${chip} filter.`, clear: "Clear filter" };
  const elsewhere = matchesInAllStates === 0 ? "" : ` ${matchesInAllStates.toLocaleString("en")} ${matchesInAllStates === 1 ? "row in another state does" : "rows in other states do"}.`;
  return { message: `No row under the ${chip} filter matches “${search}”.${elsewhere}`, clear: "Clear filter and search" };
}
