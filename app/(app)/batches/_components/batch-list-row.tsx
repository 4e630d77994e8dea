import { ProgressBar } from "@/components/reveals/progress-bar";
import { When } from "@/components/ui/when";
import { figuresLine, foundCount, foundNote, freeNote, perPaidNumber } from "@/lib/reveals/batch-figures";
import { batchLabel } from "@/lib/reveals/batch-label";
import { declinedWhole } from "@/lib/reveals/declined-whole";
import type { BatchSummary } from "@/lib/reveals/schemas";
import { BatchListName } from "./batch-list-name";
import { ListSendingTime } from "./team-queue-line";

const fmt = (n: number) => n.toLocaleString("en");
const note = "block font-sans text-xs whitespace-nowrap text-zinc-500";

/** One list on Batches. On a phone its figures go on a line under its name, not in columns cut off at the edge. */
export function BatchListRow({ batch, seesTeam }: { batch: BatchSummary; seesTeam: boolean }) {
  const label = batchLabel(batch);
  return (
    <tr className="hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
      <td className="px-3 py-2">
        <BatchListName id={batch.id} label={label} />
        <span className="text-xs text-zinc-500 md:ml-2">{fmt(batch.total)} {batch.total === 1 ? "person" : "people"}</span>
        {batch.approval === "pending" ? (
          <span className="ml-2 rounded-full px-2 py-0.5 text-xs font-medium text-zinc-700 ring-1 ring-inset ring-zinc-300 dark:text-zinc-300 dark:ring-zinc-700">Needs approval</span>
        ) : null}
        {batch.approval === "rejected" && !batch.stopped ? <span className="ml-2 text-xs text-zinc-500">{batch.withdrawn ? "withdrawn" : "rejected"}</span> : null}
        {batch.stopped ? <span className="ml-2 text-xs text-zinc-500">stopped</span> : null}
        {batch.failed > 0 ? <span className="ml-2 text-xs text-red-700 dark:text-red-400">{fmt(batch.failed)} failed</span> : null}
        {batch.unfinished > 0 ? <span className="ml-2 text-xs text-amber-700 dark:text-amber-400">{fmt(batch.unfinished)} unfinished</span> : null}
        <p className="text-xs text-zinc-500 md:hidden">
          {seesTeam ? <>{batch.createdBy} · </> : null}
          <When at={batch.createdAt} />
        </p>
        <p className="text-xs text-zinc-600 md:hidden dark:text-zinc-400" data-testid="batch-figures">
          {figuresLine(batch)}
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
            <ProgressBar label={`Progress of ${label}`} total={batch.total} revealed={batch.done - batch.cancelled} notSent={batch.cancelled} className="h-1.5 flex-1 max-sm:hidden" />
            <span className="text-right font-mono text-xs whitespace-nowrap sm:w-24" title={batch.cancelled > 0 ? `${fmt(batch.cancelled)} not sent` : undefined}>
              {fmt(batch.done - batch.cancelled)}/{fmt(batch.total)}
              {batch.cancelled > 0 ? <span className="block font-sans text-zinc-500">{fmt(batch.cancelled)} not sent</span> : null}
            </span>
          </div>
        )}
        {batch.sending ? <ListSendingTime inMs={batch.sending.inMs} /> : null}
      </td>
      {/* Every number the list holds, as its page's Found chip counts them: those free from the ledger too. */}
      <td className="px-3 py-2 text-right font-mono text-emerald-700 max-md:hidden dark:text-emerald-400">
        {fmt(foundCount(batch))}
        {foundNote(batch) ? <span className={note}>{foundNote(batch)}</span> : null}
      </td>
      <td className="px-3 py-2 text-right font-mono text-violet-700 max-md:hidden dark:text-violet-300">
        {fmt(batch.cached)}
        {freeNote(batch) ? <span className={note}>{freeNote(batch)}</span> : null}
      </td>
      <td className="px-3 py-2 text-right font-mono max-md:hidden" data-testid="batch-credits">
        {fmt(batch.credits)}
        {perPaidNumber(batch) ? <span className={note}>{perPaidNumber(batch)}</span> : null}
      </td>
    </tr>
  );
}
