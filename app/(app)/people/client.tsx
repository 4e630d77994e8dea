"use client";

import Link from "next/link";
import { ExportButtons } from "@/components/reveals/export-buttons";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { SearchField } from "@/components/ui/search-field";
import type { PeopleOutcome } from "@/lib/reveals/people-schemas";
import type { ByLeftOut } from "@/lib/reveals/people-filter-link";
import { peopleSearchParams, usePeople, type PeopleFilter } from "@/lib/reveals/use-people";
import { PersonRow } from "./_components/person-row";
import { RevealedBySelect } from "./_components/revealed-by-select";
import { usePeopleFilterInUrl } from "./_components/use-people-filter-in-url";
import { formatDays } from "@/lib/ui/format-when";

const outcomes: Record<PeopleOutcome, string> = { all: "Everyone", found: "With a number", not_found: "No number found" };

/** What an empty, narrowed directory says: what was asked, and what to try. */
function nobodyMessage({ search, outcome, by }: PeopleFilter): string {
  const who = by === "me" ? "you revealed" : by ? "they revealed" : null;
  const what = outcome === "found" ? "with a number" : outcome === "not_found" ? "with no number found" : null;
  const among = who || what ? ["the people", who, what].filter(Boolean).join(" ") : "";
  if (search) return `No one matches “${search}”${among ? ` among ${among}` : ""}. Try part of a name, a company, a LinkedIn URL or a phone number.`;
  if (by === "me" && outcome === "all") return "You have not revealed anyone yet. Choose “Anyone” to see the whole team's answers.";
  return `No one here yet${among ? ` among ${among}` : ""}. Choose “Anyone” and “Everyone” to see the whole team's answers.`;
}

/** `isManager`: managers and admins, who may take the team's whole phone book away as CSV and narrow it to any SDR. */
/** `byLeftOut`: why the link's "revealed by" was left out (another's, for an SDR; nobody on the team): everyone's are shown. */
export function PeopleClient({ isManager, viewerId, initialFilter, byLeftOut }: { isManager: boolean; viewerId: string; initialFilter: PeopleFilter; byLeftOut: ByLeftOut }) {
  const { search, setSearch, settledSearch, outcome, setOutcome, by, setBy } = usePeopleFilterInUrl(initialFilter);
  const filter = { search: settledSearch, outcome, by };
  const list = usePeople(filter);
  const people = list.data?.pages.flatMap((page) => page.people);
  const freshnessDays = list.data?.pages[0]?.freshnessDays ?? 90;
  const searchedNewest = list.data?.pages[0]?.searchedNewest ?? null;
  const narrowed = settledSearch !== "" || outcome !== "all" || by !== "";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold">People</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Everyone your team has revealed, newest answer first. {freshnessDays === 0 ? "Lists reuse no earlier answers: the freshness window is 0 days." : `Anyone revealed in the last ${formatDays(freshnessDays)} is free in any new list.`}
          </p>
        </div>
        {isManager && people && people.length > 0 ? <ExportButtons href={`/api/people/export?${new URLSearchParams(peopleSearchParams(filter))}`} scope={narrowed ? "Exports only the people this search and filter show." : null} /> : null}
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SearchField label="Search people" placeholder="Search name, company, URL or number (press /)" value={search} onChange={setSearch} searching={list.isFetching && settledSearch !== ""} maxWidth="max-w-lg" />
        <div role="group" aria-label="Show" className="flex gap-1">
          {(Object.keys(outcomes) as PeopleOutcome[]).map((key) => (
            <button
              key={key}
              type="button"
              aria-pressed={key === outcome}
              onClick={() => setOutcome(key)}
              className={`rounded-full border px-2.5 py-1 text-xs transition-colors focus-visible:outline-2 focus-visible:outline-indigo-500 ${key === outcome ? "border-indigo-600 bg-indigo-600 text-white" : "border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800"}`}
            >
              {outcomes[key]}
            </button>
          ))}
        </div>
        <RevealedBySelect value={by} onChange={setBy} viewerId={viewerId} listTeam={isManager} />
      </div>
      {byLeftOut && by === "" ? (
        <p role="note" className="text-xs text-zinc-600 dark:text-zinc-400">
          {byLeftOut === "unknown"
            ? "This link asks for the reveals of someone not on the team, so everyone’s are shown. Pick a person under Revealed by."
            : "This link asks for someone else’s reveals: only a manager narrows People to another person, so everyone’s are shown."}
        </p>
      ) : null}
      {searchedNewest !== null && settledSearch ? (
        <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
          Searched the newest {searchedNewest.toLocaleString("en")} people for “{settledSearch}”. Type 3 or more characters to search everyone.
        </p>
      ) : null}
      {list.isLoading ? <p className="text-sm text-zinc-500">Loading…</p> : null}
      {list.error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{list.error.message}</p> : null}
      {people && people.length === 0 && narrowed ? (
        <p role="status" className="rounded-xl border border-dashed border-zinc-300 px-6 py-8 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          {nobodyMessage(filter)}
        </p>
      ) : null}
      {people && people.length === 0 && !narrowed ? (
        <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
          <p className="font-medium">No one revealed yet</p>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Every answer your team gets lands here, for everyone to find and reuse for free.{" "}
            <Link href="/reveal" className="text-indigo-700 hover:underline dark:text-indigo-300">Paste LinkedIn URLs</Link> or{" "}
            <Link href="/upload" className="text-indigo-700 hover:underline dark:text-indigo-300">upload a CSV</Link> to start.
          </p>
        </div>
      ) : null}
      {people && people.length > 0 ? (
        <DataTable className="max-lg:block">
            <thead className="bg-zinc-50 text-xs text-zinc-600 max-lg:sr-only dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Person</th>
                <th scope="col" className="px-3 py-2 font-medium">Best number</th>
                <th scope="col" className="px-3 py-2 font-medium">Answer</th>
                <th scope="col" className="px-3 py-2 font-medium">Revealed by</th>
                <th scope="col" className="px-3 py-2 font-medium">List</th>
                <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">Details</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 max-lg:block dark:divide-zinc-800">
              {people.map((person) => (
                <PersonRow key={person.revealId} person={person} freshnessDays={freshnessDays} />
              ))}
            </tbody>
        </DataTable>
      ) : null}
      {list.hasNextPage ? (
        <Button variant="secondary" size="sm" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {list.isFetchingNextPage ? "Loading…" : "Show more people"}
        </Button>
      ) : null}
    </div>
  );
}
