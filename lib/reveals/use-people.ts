"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { revealKeys } from "./keys";
import type { PeopleOutcome, PeoplePage } from "./people-schemas";

/** The team's directory (or those matching `search`), newest answer first, 50 at a time on request. */
export function usePeople(search: string, outcome: PeopleOutcome) {
  return useInfiniteQuery({
    queryKey: [...revealKeys.people(), search, outcome],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: "50", outcome, ...(search ? { search } : {}), ...(pageParam ? { before: pageParam } : {}) });
      return fetchJson<PeoplePage>(`/api/people?${query}`);
    },
    placeholderData: keepPreviousData,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
  });
}
