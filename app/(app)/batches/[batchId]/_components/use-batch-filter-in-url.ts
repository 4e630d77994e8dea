"use client";

import { useEffect, useState } from "react";
import { batchFilterQuery, type BatchFilter, type StateFilter } from "@/lib/reveals/batch-filter";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";

/**
 * The batch page's state chip and search, kept in its link (`?state=found&q=acme`, as its export's) so a reload or a
 * shared link shows the same rows. The address is replaced, not pushed, so Back leaves the page instead of stepping
 * through keystrokes; the search is written once typing pauses, the rows follow it at once.
 */
export function useBatchFilterInUrl(initial: BatchFilter) {
  const [state, setState] = useState<StateFilter>(initial.state);
  const [search, setSearch] = useState(initial.search);
  const settledSearch = useDebouncedValue(search);
  useEffect(() => {
    const query = batchFilterQuery({ state, search: settledSearch });
    if (query === window.location.search) return;
    window.history.replaceState(null, "", `${window.location.pathname}${query}${window.location.hash}`);
  }, [state, settledSearch]);
  return { state, setState, search, setSearch };
}
