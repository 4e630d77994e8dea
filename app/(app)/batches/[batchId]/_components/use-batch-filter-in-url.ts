"use client";

import { useState } from "react";
import { batchFilterQuery, type BatchFilter, type StateFilter } from "@/lib/reveals/batch-filter";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";
import { useQueryInLink } from "@/lib/ui/use-query-in-link";

/**
 * The batch page's state chip and search, kept in its link (`?state=found&q=acme`, as its export's) so a reload or a
 * shared link shows the same rows. The search is written once typing pauses; the rows follow it at once.
 */
export function useBatchFilterInUrl(initial: BatchFilter) {
  const [state, setState] = useState<StateFilter>(initial.state);
  const [search, setSearch] = useState(initial.search);
  useQueryInLink(batchFilterQuery({ state, search: useDebouncedValue(search) }));
  return { state, setState, search, setSearch };
}
