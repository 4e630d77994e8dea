"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { BatchView } from "@/lib/reveals/schemas";
import { notSentWords } from "@/lib/reveals/stopped-note";
import { useStopBatch } from "@/lib/reveals/use-reveals";
import { When } from "@/components/ui/when";
import { DecisionNote } from "./approval-banner";
import { SendAgainButton } from "./send-again-button";

const reveals = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "reveal" : "reveals"}`;

/** Whether "Stop sending" applies: something is still queued (in a list held whole for approval, nothing is). */
export function canStop(batch: BatchView): boolean {
  return !batch.stopped && batch.counts.queued > 0;
}

/**
 * The confirmation under the header: what is not yet sent is cancelled; what was sent finishes. Once stopped, it stays
 * ("Stopping…") until the page has the stop, then gives way to the notice, which takes the focus.
 */
export function StopConfirmation({ batch, onClose, onStopped }: { batch: BatchView; onClose: () => void; onStopped: () => void }) {
  const stop = useStopBatch(batch.id);
  const stopping = stop.isPending || stop.isSuccess;
  const keepSending = useRef<HTMLButtonElement>(null);
  useEffect(() => keepSending.current?.focus(), []);
  const sent = batch.counts.dispatching + batch.counts.awaiting;
  return (
    <div
      role="group"
      aria-label="Stop sending this batch?"
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
      className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <div className="min-w-0 flex-1 basis-60">
        <p className="font-medium">
          Cancel up to {reveals(batch.counts.queued)} not yet sent{batch.counts.held > 0 ? `, and the ${batch.counts.held.toLocaleString("en")} waiting for approval` : ""}? They cost nothing.
        </p>
        <p className="mt-0.5 text-amber-900/80 dark:text-amber-200/80">
          {sent > 0 ? `${reveals(sent)} already sent will finish, and ${sent === 1 ? "is" : "are"} charged if found. ` : ""}Cancelled people can be pasted or uploaded again later.
        </p>
        {stop.error ? (
          <p role="alert" className="mt-1 text-red-700 dark:text-red-400">
            {stop.error.message}
          </p>
        ) : null}
      </div>
      <div className="flex gap-2">
        <Button ref={keepSending} variant="secondary" disabled={stopping} onClick={onClose}>
          Keep sending
        </Button>
        <Button variant="danger" disabled={stopping} onClick={() => stop.mutate(undefined, { onSuccess: onStopped })}>
          {stopping ? "Stopping…" : "Stop sending"}
        </Button>
      </div>
    </div>
  );
}

/**
 * After a stop: who stopped it, what that saved, and a way to send the cancelled people after all. `takeFocus` when the
 * viewer just stopped it: the focus goes to that way, or to the notice, not to whatever happens to be nearest the gone
 * confirmation. Before paint, so the page never shows the focus lost.
 */
export function StoppedNotice({ batch, takeFocus = false, onFocusTaken }: { batch: BatchView; takeFocus?: boolean; onFocusTaken?: () => void }) {
  const notice = useRef<HTMLDivElement>(null);
  const shown = batch.stopped !== null;
  useLayoutEffect(() => {
    if (!takeFocus || !shown || !notice.current) return;
    (notice.current.querySelector<HTMLElement>("button:not([disabled])") ?? notice.current).focus();
    onFocusTaken?.();
  }, [takeFocus, shown, onFocusTaken]);
  if (!batch.stopped) return null;
  const { resendable } = batch.stopped;
  return (
    <div ref={notice} tabIndex={-1} role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-300 bg-zinc-50 px-3 py-2 text-sm text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
      <div className="min-w-0 flex-1 basis-60">
        <p>
          Stopped by {batch.stopped.by} <When at={batch.stopped.at} inSentence />: {notSentWords(batch.stopped.notSent, batch.sentAgain)}.
          {batch.counts.queued + batch.counts.dispatching + batch.counts.awaiting > 0 ? " Reveals already sent are finishing." : ""}
        </p>
        {/* Its held part was rejected before the stop: the approval banner gives way to this notice, the note does not. */}
        <DecisionNote approval={batch.approval} />
      </div>
      {/* Mounted while none is left too: a press refused because someone sent them first still says so. */}
      <SendAgainButton batchId={batch.id} count={resendable} what="cancelled" estimate={batch.resendEstimate} />
    </div>
  );
}
