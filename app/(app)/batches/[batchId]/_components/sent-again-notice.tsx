import Link from "next/link";
import { When } from "@/components/ui/when";
import { rejectedNotice } from "@/lib/reveals/failure-notice";
import type { BatchView } from "@/lib/reveals/schemas";
import type { SentAgain } from "@/lib/reveals/sent-again";
import { sentAgainWords } from "@/lib/reveals/sent-again-words";

/**
 * Where a list's failed, unfinished or cancelled people went once sent again: their rows still say what happened here,
 * and the new list is where their answers come. Failures Clodura rejected as invalid, which none of it covered, said apart.
 */
export function SentAgainNotice({ batch }: { batch: BatchView }) {
  if (batch.sentAgain.length === 0) return null;
  // While failures are still offered again, that notice says which it leaves out.
  const rejected = batch.retryableFailures === 0 && batch.rejectedFailures > 0 && batch.sentAgain.some((target) => target.failed > 0);
  return (
    <div role="status" aria-label="Sent again" className="rounded-lg border border-zinc-300 bg-zinc-50 px-3 py-2 text-sm text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
      {batch.sentAgain.map((target) => (
        <p key={target.batchId}>
          <SentAgainLine target={target} />
        </p>
      ))}
      {rejected ? <p className="mt-0.5">{rejectedNotice(batch.rejectedFailures)}</p> : null}
    </div>
  );
}

function SentAgainLine({ target }: { target: SentAgain }) {
  const what = sentAgainWords(target);
  if (!target.linked) {
    return (
      <>
        {what} sent again by {target.by} <When at={target.at} inSentence />, in their list &ldquo;{target.label}&rdquo;.
      </>
    );
  }
  return (
    <>
      {what} sent again in{" "}
      <Link href={`/batches/${encodeURIComponent(target.batchId)}`} className="font-medium underline">
        {target.label}
      </Link>{" "}
      by {target.by} <When at={target.at} inSentence />.
    </>
  );
}

/** On a list made of another's people sent again: the way back to it. */
export function SentAgainFrom({ batch }: { batch: BatchView }) {
  if (!batch.sentAgainFrom) return null;
  return (
    <p className="text-xs text-zinc-500 dark:text-zinc-400" data-testid="sent-again-from">
      Sent again from{" "}
      <Link href={`/batches/${encodeURIComponent(batch.sentAgainFrom.batchId)}`} className="underline">
        {batch.sentAgainFrom.label}
      </Link>
    </p>
  );
}
