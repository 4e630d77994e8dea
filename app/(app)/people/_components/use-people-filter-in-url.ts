"use client";

import { useEffect, useState } from "react";
import type { PeopleOutcome } from "@/lib/reveals/people-schemas";
import { peopleFilterQuery } from "@/lib/reveals/people-filter-link";
import type { PeopleFilter } from "@/lib/reveals/use-people";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";

/**
 * People's search, outcome and "revealed by", kept in its link as the batch page keeps its filter: replaced, not
 * pushed, so Back leaves the page (and comes back to the same people); the search is written once typing pauses.
 */
export function usePeopleFilterInUrl(initial: PeopleFilter) {
  const [search, setSearch] = useState(initial.search);
  const [outcome, setOutcome] = useState<PeopleOutcome>(initial.outcome);
  const [by, setBy] = useState(initial.by);
  const settledSearch = useDebouncedValue(search.trim());
  useEffect(() => {
    const query = peopleFilterQuery({ search: settledSearch, outcome, by });
    if (query === window.location.search) return;
    window.history.replaceState(null, "", `${window.location.pathname}${query}${window.location.hash}`);
  }, [settledSearch, outcome, by]);
  return { search, setSearch, settledSearch, outcome, setOutcome, by, setBy };
}
