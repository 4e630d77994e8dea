"use client";

import { useState } from "react";
import type { PeopleOutcome } from "@/lib/reveals/people-schemas";
import { peopleFilterQuery } from "@/lib/reveals/people-filter-link";
import type { PeopleFilter } from "@/lib/reveals/use-people";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";
import { useQueryInLink } from "@/lib/ui/use-query-in-link";

/** People's search, outcome and "revealed by", kept in its link as the batch page keeps its filter. */
export function usePeopleFilterInUrl(initial: PeopleFilter) {
  const [search, setSearch] = useState(initial.search);
  const [outcome, setOutcome] = useState<PeopleOutcome>(initial.outcome);
  const [by, setBy] = useState(initial.by);
  const settledSearch = useDebouncedValue(search.trim());
  useQueryInLink(peopleFilterQuery({ search: settledSearch, outcome, by }));
  return { search, setSearch, settledSearch, outcome, setOutcome, by, setBy };
}
