"use client";

import { useEffect } from "react";
import { ProgressBar } from "@/components/reveals/progress-bar";
import { batchLabel } from "@/lib/reveals/batch-label";
import { batchDecision, declinedWhole } from "@/lib/reveals/declined-whole";
import type { BatchView } from "@/lib/reveals/schemas";
import type { SendingOutlook } from "@/lib/reveals/sending-outlook";
import { formatDuration } from "@/lib/ui/format-duration";
import { foundRateText } from "@/lib/reveals/found-rate";
import { freeNote } from "@/lib/reveals/batch-figures";
import { pendingCount } from "@/lib/reveals/state-machine";
import { ProgressAnnouncement } from "./progress-announcement";

export function BatchProgress({ batch }: { batch: BatchView }) {
  const { counts } = batch;
  const pending = pendingCount(counts);
  const done = batch.total - pending;
  // Down, so a list with a few left never reads 100%.
  const percent = batch.total === 0 ? 100 : Math.floor((done / batch.total) * 100);
  const label = batchLabel(batch);
  // A rep working in another tab sees the list's progress in this tab's title.
  useEffect(() => {
    document.title = `${pending > 0 ? `${percent}%` : "Done"} · ${label} · Reveal Desk`;
  }, [pending, percent, label]);
  const rejected = declinedWhole(batchDecision(batch));
  // An unfinished row (Clodura's credits ran out midway) is no answer: it is left out of the found rate, which is of
  // the reveals this list sent. Found and not found count the free ledger answers too, as the chips do.
  const answered = counts.found + counts.not_found;
  const foundRate = answered === 0 ? null : Math.round((counts.found / answered) * 100);
  const found = counts.found + batch.freeWithNumber;
  const notFound = counts.not_found + counts.cached - batch.freeWithNumber;
  const fmt = (n: number) => n.toLocaleString("en");
  return (
    <div className="w-full max-w-2xl text-xs">
      <div className="mb-1 flex justify-between gap-2 text-zinc-600 dark:text-zinc-400">
        <span className="whitespace-nowrap">{rejected ? `${batch.approval.withdrawn ? "Withdrawn" : "Rejected"}: not sent` : progressText(done, batch.total, counts.cancelled)}</span>
        <span className="text-right">
          <span className="text-emerald-700 dark:text-emerald-400">{fmt(found)} found</span>
          {foundRate === null ? null : ` (${foundRateText(counts.found, answered, foundRate, counts.cached > 0)})`}
          {counts.cached > 0 && notFound > 0 ? ` · ${fmt(notFound)} not found` : null}
          {/* Counted in found and not found already: "including", or the parts read as more people than the list has. */}
          {/* Split between found and not found, it says which part came with a number, as Batches does. */}
          {counts.cached > 0 ? (
            <span className="text-violet-700 dark:text-violet-300">
              {" "}
              · including {fmt(counts.cached)} free from the ledger{notFound > 0 && found > 0 ? `, ${freeNote({ cached: counts.cached, freeWithNumber: batch.freeWithNumber })}` : ""}
            </span>
          ) : null}
          {counts.unfinished > 0 ? <span className="text-amber-700 dark:text-amber-400"> · {fmt(counts.unfinished)} unfinished</span> : null}
          {counts.failed > 0 ? <span className="text-red-700 dark:text-red-400"> · {fmt(counts.failed)} failed</span> : null}
        </span>
      </div>
      {rejected ? null : <ProgressAnnouncement answered={done - counts.cancelled} total={batch.total} found={found} notSent={counts.cancelled} pending={pending} />}
      <ProgressBar label="Batch progress" total={batch.total} revealed={rejected ? 0 : done - counts.cancelled} notSent={rejected ? 0 : counts.cancelled} className="h-2" />
      {batch.sending ? <SendingLine sending={batch.sending} answeredAt={batch.cursor} /> : null}
      {rejected ? null : <AwaitingLine sent={counts.dispatching + counts.awaiting} />}
    </div>
  );
}

/**
 * How long until the list is sent, from the team's queue and pace: a rep decides whether to wait or call meanwhile.
 * Read from the server's clock (`answeredAt`), so a browser clock that is off does not move it.
 */
function SendingLine({ sending, answeredAt }: { sending: SendingOutlook; answeredAt: number }) {
  const fmt = (n: number) => n.toLocaleString("en");
  const others = [sending.ownInTurn > 0 ? `${fmt(sending.ownInTurn)} from the same sender's other lists` : "", sending.inTurn > 0 ? `${fmt(sending.inTurn)} from teammates' lists` : ""];
  const turns = others.filter(Boolean).join(" and ");
  const first = turns ? `, taking turns with ${turns}` : "";
  return (
    <p data-testid="sending-outlook" className="mt-1 text-zinc-600 dark:text-zinc-400">
      {fmt(sending.toSend)} not yet sent{first}
      {sending.doneBy === null
        ? ": sending is paused for the whole team, and nothing is charged meanwhile."
        : `: all sent in ${formatDuration(sending.doneBy - answeredAt)} at ${sending.pace}.`}
      {sending.retrying > 0 ? ` ${retryingText(sending.retrying, sending.toSend)}` : null}
    </p>
  );
}

/** A retry's time is its next try's: Clodura may turn it away again, and each try after waits longer. */
function retryingText(retrying: number, toSend: number): string {
  const who = retrying === toSend ? (toSend === 1 ? "It is" : "All are") : `${retrying.toLocaleString("en")} of them ${retrying === 1 ? "is" : "are"}`;
  return `${who} being tried again after Clodura did not take the last try, so this may take longer.`;
}

/**
 * "In progress" holds both what waits to be sent and what Clodura has and not yet answered; the second is what the rep
 * can do nothing about but wait, so it is said apart.
 */
function AwaitingLine({ sent }: { sent: number }) {
  if (sent === 0) return null;
  return (
    <p data-testid="awaiting-answers" className="mt-1 text-zinc-600 dark:text-zinc-400">
      {sent.toLocaleString("en")} sent, waiting for Clodura&apos;s answer.
    </p>
  );
}

/** "120 / 300 done", or, once some were stopped before being sent, "62 / 300 done · 238 not sent". */
export function progressText(done: number, total: number, notSent: number): string {
  const fmt = (n: number) => n.toLocaleString("en");
  return notSent > 0 ? `${fmt(done - notSent)} / ${fmt(total)} done · ${fmt(notSent)} not sent` : `${fmt(done)} / ${fmt(total)} done`;
}
