import { sendingTimeMs, sendingTimeText } from "@/lib/reveals/sending-time";
import { estimateFor, formatCredits, foundRateBasis, type LedgerCheck } from "@/lib/reveals/use-imports";

/** The paste's worst case and expected spend, once the ledger and prices are known; the same figures the upload shows. */
export function PasteCost({ check, charged }: { check: LedgerCheck | undefined; charged: number }) {
  if (!check || charged === 0) return null;
  const { worstCase, expected } = estimateFor(check, charged);
  // A few people sent at once need no word on time; a queue, a limit or a pause does.
  const waitMs = sendingTimeMs(check.queue, charged);
  const time = waitMs === null || waitMs >= 60_000 ? sendingTimeText(check.queue, charged) : null;
  return (
    <p aria-label="Estimated cost" className="text-xs text-zinc-500 dark:text-zinc-400">
      Estimated cost: worst case <span className="font-mono font-semibold text-zinc-800 dark:text-zinc-200">{formatCredits(worstCase)}</span>, expected{" "}
      <span className="font-mono font-semibold text-zinc-800 dark:text-zinc-200">~{formatCredits(expected)}</span> ({foundRateBasis(check)}). Charged only when a number is found.
      {time ? <span data-testid="sending-time"> {time}</span> : null}
    </p>
  );
}
