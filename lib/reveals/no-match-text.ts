import { stateFilters, type BatchFilter } from "./batch-filter";

/** What the button clears: the search, the state chip, or both. A search that matches rows elsewhere keeps its words. */
export type NoMatchClear = "search" | "filter" | "both";

/**
 * What a batch page says when its filter and search hide every row: which of them hides the rows, and, for a search
 * under a state chip, how many rows of other states it matches; `clear` names the button that brings rows back, and
 * `clears` what it clears (the chip alone, when the search matches rows under another).
 */
export function noMatchText(filter: BatchFilter, matchesInAllStates: number): { message: string; clear: string; clears: NoMatchClear } {
  const search = filter.search.trim();
  const chip = filter.state === "all" ? null : `“${stateFilters[filter.state].label}”`;
  if (chip === null) return { message: `No row matches “${search}”.`, clear: "Clear search", clears: "search" };
  if (!search) return { message: `No row is under the ${chip} filter.`, clear: "Clear filter", clears: "filter" };
  const message = `No row under the ${chip} filter matches “${search}”.`;
  if (matchesInAllStates === 0) return { message, clear: "Clear filter and search", clears: "both" };
  const n = matchesInAllStates.toLocaleString("en");
  const one = matchesInAllStates === 1;
  return { message: `${message} ${n} ${one ? "row in another state does" : "rows in other states do"}.`, clear: one ? "Show it" : `Show the ${n}`, clears: "filter" };
}
