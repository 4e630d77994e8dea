"use client";

import Link from "next/link";
import { useCallback, useDeferredValue, useMemo, useRef, useState } from "react";
import type { Role } from "@/lib/auth/roles";
import type { BatchView } from "@/lib/reveals/schemas";
import { ExportButtons } from "@/components/reveals/export-buttons";
import { Button } from "@/components/ui/button";
import { When } from "@/components/ui/when";
import { pendingCount } from "@/lib/reveals/state-machine";
import { loadingRows, useBatch } from "@/lib/reveals/use-batch";
import { canMergeIntoFile } from "@/lib/reveals/listed-people";
import { batchDecision, declinedWhole } from "@/lib/reveals/declined-whole";
import { AddToYourFile } from "./_components/add-to-your-file";
import { BatchUnavailable } from "./_components/batch-unavailable";
import { ApprovalBanner } from "./_components/approval-banner";
import { BatchCostCard } from "./_components/batch-cost-card";
import { batchFilterQuery, chipCountsMatching, filterRows, isWholeBatch, type BatchFilter } from "@/lib/reveals/batch-filter";
import { BatchFilters } from "./_components/batch-filters";
import { BatchName } from "./_components/batch-name";
import { BatchProgress } from "./_components/batch-progress";
import { RowsShownStatus } from "./_components/rows-shown-status";
import { NoMatchingRows } from "./_components/no-matching-rows";
import { ResultGrid } from "./_components/result-grid";
import { SendAgainNotices } from "./_components/send-again-notices";
import { SentAgainFrom, SentAgainNotice } from "./_components/sent-again-notice";
import { UnansweredElsewhereNotice } from "./_components/unanswered-elsewhere";
import { openStates } from "@/lib/reveals/state-machine";
import { canStop, StopConfirmation, StoppedNotice } from "./_components/stop-sending";
import { useBatchFilterInUrl } from "./_components/use-batch-filter-in-url";
import { ListOwnerProvider } from "./_components/list-owner";
import { useQueueStatusOnCutShort } from "@/lib/reveals/use-queue-status";

/** `initialFilter`: the state chip and search the page's link asks for. */
export function BatchClient({ batchId, viewer, initialFilter }: { batchId: string; viewer: { id: string; role: Role } | null; initialFilter: BatchFilter }) {
  const { data: batch, error, isLoading } = useBatch(batchId);
  useQueueStatusOnCutShort(batch?.counts.unfinished ?? 0);
  const { state: filter, setState: setFilter, search, setSearch } = useBatchFilterInUrl(initialFilter);
  const searchField = useRef<HTMLInputElement>(null);
  const [confirmingStop, setConfirmingStop] = useState(false);
  const stopButton = useRef<HTMLButtonElement>(null);
  const [justStopped, setJustStopped] = useState(false);
  const closeStop = () => {
    setConfirmingStop(false);
    requestAnimationFrame(() => stopButton.current?.focus());
  };
  const stopNoticeFocused = useCallback(() => {
    setJustStopped(false);
    setConfirmingStop(false);
  }, []);
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(() => ({ state: filter, search: deferredSearch }), [filter, deferredSearch]);
  const rows = useMemo(() => (batch ? filterRows(batch.rows, shown) : []), [batch, shown]);
  // While searching, the chips count what the search matches: "All 30" over "no row matches" would contradict it.
  const matching = useMemo(() => (batch && deferredSearch.trim() ? chipCountsMatching(batch.rows, deferredSearch) : null), [batch, deferredSearch]);

  // The page's heading until the batch's own replaces it: a list just sent lands the focus here, not on the page's start.
  if (isLoading) return <h1 className="py-10 text-center text-sm font-normal text-zinc-500">Loading batch…</h1>;
  if (error || !batch) return <BatchUnavailable message={error?.message ?? "Reload the page to try again."} failed />;
  const live = pendingCount(batch.counts) > 0;
  // Declined before anything was sent, and nobody answered free from the ledger: its file would hold no number.
  const noAnswers = declinedWhole(batchDecision(batch)) && batch.counts.cached === 0;
  return (
    <ListOwnerProvider owner={viewer && viewer.id !== batch.createdById ? batch.createdBy : null}>
      <div className="space-y-4">
        {/* The same places on every list: who and when on the left, the actions on the right, the progress under both. Too
            narrow for both side by side, the progress comes first, under the name: the actions follow it rather than push
            it down a phone's screen. */}
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_auto]">
          <div className="min-w-0 lg:col-start-1 lg:row-start-1">
            <p className="text-xs text-zinc-500">
              <Link href="/batches" className="hover:underline">
                Batches
              </Link>{" "}
              /
            </p>
            <BatchName batch={batch} />
            <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="batch-owner">
              {batch.total.toLocaleString("en")} {batch.total === 1 ? "person" : "people"} · by {batch.createdBy}
            </p>
            <p className="text-xs text-zinc-500 dark:text-zinc-400">
              <When at={batch.createdAt} /> · {sentHow(batch)}
              {batch.approval.state === "pending" ? " · waiting for approval" : live ? " · updating live" : ""}
            </p>
            <SentAgainFrom batch={batch} />
          </div>
          <div className="lg:col-span-2 lg:row-start-2">
            <BatchProgress batch={batch} />
          </div>
          <div className="flex flex-wrap items-start justify-end gap-4 lg:col-start-2 lg:row-start-1">
            {canStop(batch) && !confirmingStop ? (
              <Button ref={stopButton} variant="secondary" onClick={() => setConfirmingStop(true)}>
                Stop sending
              </Button>
            ) : null}
            <ExportButtons
              href={`/api/batches/${encodeURIComponent(batch.id)}/export${batchFilterQuery(shown)}`}
              scope={noAnswers ? `Nothing to export: this list was ${batch.approval.withdrawn ? "withdrawn" : "rejected"} before anything was sent` : exportScope(shown, rows.length, loadingRows(batch), batch.approval.state === "pending")}
              nothing={noAnswers || (!isWholeBatch(shown) && !loadingRows(batch) && rows.length === 0)}
            />
          </div>
        </div>
        <ApprovalBanner batch={batch} viewer={viewer} />
        {confirmingStop && canStop(batch) ? <StopConfirmation batch={batch} onClose={closeStop} onStopped={() => setJustStopped(true)} /> : null}
        <StoppedNotice batch={batch} takeFocus={justStopped} onFocusTaken={stopNoticeFocused} />
        <SendAgainNotices batch={batch} />
        <SentAgainNotice batch={batch} />
        <UnansweredElsewhereNotice batch={batch} />
        <BatchCostCard batch={batch} />
        {canMergeIntoFile(batch) ? <AddToYourFile batch={batch} rowsLoading={loadingRows(batch)} /> : null}
        <BatchFilters batch={batch} filter={filter} onFilter={setFilter} search={search} onSearch={setSearch} matching={matching} searchField={searchField} />
        {loadingRows(batch) ? (
          <p role="status" className="text-xs text-zinc-500 dark:text-zinc-400">
            Loading rows: {batch.rows.length.toLocaleString("en")} of {batch.total.toLocaleString("en")} so far. Filters and search cover the rows loaded.
          </p>
        ) : null}
        <RowsShownStatus shown={shown} count={rows.length} />
        {rows.length === 0 && !isWholeBatch(shown) ? (
          <NoMatchingRows
            filter={shown}
            matchesInAllStates={matching?.all ?? 0}
            onClear={(what) => {
              if (what !== "search") setFilter("all");
              if (what !== "filter") setSearch("");
            }}
            searchField={searchField}
          />
        ) : (
          <ResultGrid rows={rows} providers={batch.providers} answersToCome={openStates.some((state) => batch.counts[state] > 0)} emptyMessage="This batch is empty." />
        )}
      </div>
    </ListOwnerProvider>
  );
}

/** Where its answers came from: a list the team ledger answered whole asked nobody. */
function sentHow(batch: BatchView): string {
  if (batch.total > 0 && batch.counts.cached === batch.total) return "all answered free from the team ledger";
  return batch.viaPartners ? "partner providers asked" : "Clodura database only";
}

/** What a filtered export holds, or a list waiting for approval's, said beside its buttons; nothing for the whole list. */
function exportScope(shown: BatchFilter, rowsShown: number, loading: boolean, waiting: boolean): string | null {
  if (isWholeBatch(shown)) return waiting ? "Waiting for approval: the file lists its people, with no numbers yet" : null;
  if (loading) return "Exports only the rows this filter and search match";
  if (rowsShown === 0) return "Nothing to export: no row matches";
  return `Exports only the ${rowsShown.toLocaleString("en")} ${rowsShown === 1 ? "row" : "rows"} shown`;
}
