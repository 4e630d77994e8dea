"use client";

import { ProgressBar } from "@/components/reveals/progress-bar";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SearchField } from "@/components/ui/search-field";
import { Switch } from "@/components/ui/switch";
import { When } from "@/components/ui/when";
import { costPerNumber } from "@/lib/credits/cost-per-number";
import { batchLabel } from "@/lib/reveals/batch-label";
import { declinedWhole } from "@/lib/reveals/declined-whole";
import { useBatchList } from "@/lib/reveals/use-reveals";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";
import { DataTable } from "@/components/ui/data-table";
import { ListSendingTime, TeamQueueLine } from "./_components/team-queue-line";

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
              <th scope="col" className="px-3 py-2 text-right font-medium">Found</th>
              {/* On a phone the list's name needs the room: its free answers go on its line instead. */}
              <th scope="col" className="px-3 py-2 text-right font-medium max-md:hidden">Free</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Credits</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {data.map((batch) => {
              return (
                <tr key={batch.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
                  <td className="px-3 py-2">
                    {/* On a phone a long name stops at two lines (whole on hover and on its page), leaving room for its facts. */}
                    <Link href={`/batches/${batch.id}`} title={batchLabel(batch)} className="font-medium break-words text-indigo-700 hover:underline max-md:line-clamp-2 dark:text-indigo-300">
                      {batchLabel(batch)}
                    </Link>
                    <span className="ml-2 text-xs text-zinc-500">{batch.total.toLocaleString("en")} {batch.total === 1 ? "person" : "people"}</span>
                    {batch.approval === "pending" ? (
                      <span className="ml-2 rounded-full px-2 py-0.5 text-xs font-medium text-zinc-700 ring-1 ring-inset ring-zinc-300 dark:text-zinc-300 dark:ring-zinc-700">Needs approval</span>
                    ) : null}
                    {batch.approval === "rejected" && !batch.stopped ? <span className="ml-2 text-xs text-zinc-500">{batch.withdrawn ? "withdrawn" : "rejected"}</span> : null}
                    {batch.stopped ? <span className="ml-2 text-xs text-zinc-500">stopped</span> : null}
                    {batch.failed > 0 ? <span className="ml-2 text-xs text-red-700 dark:text-red-400">{batch.failed.toLocaleString("en")} failed</span> : null}
                    {batch.unfinished > 0 ? <span className="ml-2 text-xs text-amber-700 dark:text-amber-400">{batch.unfinished.toLocaleString("en")} unfinished</span> : null}
                    <p className="text-xs text-zinc-500 md:hidden">
                      {seesTeam ? <>{batch.createdBy} · </> : null}
                      <When at={batch.createdAt} />
                      {batch.cached > 0 ? <span className="text-violet-700 dark:text-violet-300"> · {batch.cached.toLocaleString("en")} free</span> : null}
                    </p>
                  </td>
                  {seesTeam ? <td className="px-3 py-2 text-zinc-600 max-md:hidden dark:text-zinc-400">{batch.createdBy}</td> : null}
                  <td className="px-3 py-2 text-zinc-600 max-md:hidden dark:text-zinc-400"><When at={batch.createdAt} /></td>
                  <td className="px-3 py-2">
                    {declinedWhole(batch) ? (
                      // Its rows are "done" only because they were cancelled: a full green bar would read as revealed.
                      <span className="text-xs text-zinc-500">not sent</span>
                    ) : (
                      <div className="flex items-center gap-2">
                        <ProgressBar label={`Progress of ${batchLabel(batch)}`} total={batch.total} revealed={batch.done - batch.cancelled} notSent={batch.cancelled} className="h-1.5 flex-1 max-sm:hidden" />
                        <span className="text-right font-mono text-xs whitespace-nowrap sm:w-24" title={batch.cancelled > 0 ? `${batch.cancelled.toLocaleString("en")} not sent` : undefined}>
                          {(batch.done - batch.cancelled).toLocaleString("en")}/{batch.total.toLocaleString("en")}
                          {batch.cancelled > 0 ? <span className="block font-sans text-zinc-500">{batch.cancelled.toLocaleString("en")} not sent</span> : null}
                        </span>
                      </div>
                    )}
                    {batch.sending ? <ListSendingTime inMs={batch.sending.inMs} /> : null}
                  </td>
                  {/* Every number the list holds, as its page's Found chip counts them: those free from the ledger too. */}
                  <td className="px-3 py-2 text-right font-mono text-emerald-700 dark:text-emerald-400">
                    {(batch.found + batch.freeWithNumber).toLocaleString("en")}
                    {batch.freeWithNumber > 0 ? <span className="block font-sans text-xs whitespace-nowrap text-zinc-500">{batch.freeWithNumber.toLocaleString("en")} free</span> : null}
                  </td>
                  <td className="px-3 py-2 text-right font-mono text-violet-700 max-md:hidden dark:text-violet-300">{batch.cached.toLocaleString("en")}</td>
                  <td className="px-3 py-2 text-right font-mono" data-testid="batch-credits">
                    {batch.credits.toLocaleString("en")}
                    {batch.found > 0 && batch.credits > 0 ? (
                      // Of the numbers this list paid for: beside a Found count that takes the free ones too, "a number" would not divide.
                      <span className="block font-sans text-xs text-zinc-500" title={`${batch.credits.toLocaleString("en")} credits for the ${batch.found.toLocaleString("en")} numbers this list paid for; free ledger answers cost nothing`}>
                        {costPerNumber(batch.credits, batch.found)} a paid number
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
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
