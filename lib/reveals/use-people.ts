"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { revealKeys } from "./keys";
import type { PeopleOutcome, PeoplePage } from "./people-schemas";

export type PeopleFilter = { search: string; outcome: PeopleOutcome; /** "" for anyone, "me", or a user id. */ by: string };

/** The query string of a filter, shared by the page and its export links. */
export function peopleSearchParams({ search, outcome, by }: PeopleFilter): Record<string, string> {
  return { outcome, ...(search ? { search } : {}), ...(by ? { by } : {}) };
}

/** The team's directory (or those matching the filter), newest answer first, 50 at a time on request. */
export function usePeople(filter: PeopleFilter) {
  return useInfiniteQuery({
    queryKey: [...revealKeys.people(), filter.search, filter.outcome, filter.by],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: "50", ...peopleSearchParams(filter), ...(pageParam ? { before: pageParam } : {}) });
      return fetchJson<PeoplePage>(`/api/people?${query}`);
    },
    placeholderData: keepPreviousData,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
  });
}
