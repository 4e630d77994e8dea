"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SearchField } from "@/components/ui/search-field";
import { Switch } from "@/components/ui/switch";
import { useBatchList } from "@/lib/reveals/use-reveals";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";
import { DataTable } from "@/components/ui/data-table";
import { BatchListRow } from "./_components/batch-list-row";
import { TeamQueueLine } from "./_components/team-queue-line";

/** `seesTeam`: a manager or admin, whose list holds the whole team's batches unless they ask for only theirs. */
export function BatchesClient({ seesTeam }: { seesTeam: boolean }) {
  const [search, setSearch] = useState("");
  const settledSearch = useDebouncedValue(search.trim());
  const [onlyMine, setOnlyMine] = useState(false);
  const list = useBatchList(settledSearch, onlyMine);
  const { error, isLoading } = list;
  const data = list.data?.pages.flatMap((page) => page.batches);
  const queue = list.data?.pages[0]?.queue ?? null;
  const searching = settledSearch !== "";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold">Batches</h1>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{seesTeam ? "Every paste and upload of the team" : "Every paste and upload of yours"}, newest first, with its progress.</p>
        </div>
        <div className="flex gap-2 text-sm">
          <Link href="/reveal" className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800">
            Paste URLs
          </Link>
          <Link href="/upload" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-500">
            Upload CSV
          </Link>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <SearchField label="Search batches" placeholder={seesTeam ? "Search by list name, file name or who sent it (press /)" : "Search by list name or file name (press /)"} value={search} onChange={setSearch} searching={list.isFetching && searching} maxWidth="max-w-md" />
        {seesTeam ? <Switch label="Only my lists" checked={onlyMine} onCheckedChange={setOnlyMine} /> : null}
      </div>
      {queue ? <TeamQueueLine queue={queue} /> : null}
      {isLoading ? <p className="text-sm text-zinc-500">Loading…</p> : null}
      {error ? <p role="alert" className="text-sm text-red-700">{error.message}</p> : null}
      {data && data.length === 0 && searching ? (
        <p role="status" className="rounded-xl border border-dashed border-zinc-300 px-6 py-8 text-center text-sm text-zinc-500 dark:border-zinc-700">
          No batches match “{settledSearch}”. Try part of the list&apos;s name, the file&apos;s name or a teammate&apos;s name.
        </p>
      ) : null}
      {data && data.length === 0 && !searching ? (
        <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
          <p className="font-medium">No batches yet</p>
          <p className="mt-1 text-sm text-zinc-500">Paste LinkedIn URLs or upload a CSV export to reveal your first phone numbers.</p>
        </div>
      ) : null}
      {data && data.length > 0 ? (
        <DataTable>
          <thead className="bg-zinc-50 text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">List</th>
              {/* An SDR's list holds only their own batches: their name on every row would say nothing. */}
              {seesTeam ? <th scope="col" className="px-3 py-2 font-medium max-md:hidden">By</th> : null}
              <th scope="col" className="px-3 py-2 font-medium max-md:hidden">Created</th>
              <th scope="col" className="px-3 py-2 font-medium md:w-72">Progress</th>
              {/* On a phone the list's figures go on a line under its name (BatchListRow), not in columns cut off at the edge. */}
              <th scope="col" className="px-3 py-2 text-right font-medium max-md:hidden">Found</th>
              <th scope="col" className="px-3 py-2 text-right font-medium max-md:hidden">Free (ledger)</th>
              <th scope="col" className="px-3 py-2 text-right font-medium max-md:hidden">Credits</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {data.map((batch) => (
              <BatchListRow key={batch.id} batch={batch} seesTeam={seesTeam} />
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {list.hasNextPage ? (
        <Button variant="secondary" size="sm" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {list.isFetchingNextPage ? "Loading…" : "Show older batches"}
        </Button>
      ) : null}
    </div>
  );
}
