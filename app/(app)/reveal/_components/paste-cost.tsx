import { estimateFor, formatCredits, foundRateBasis, type LedgerCheck } from "@/lib/reveals/use-imports";

/** The paste's worst case and expected spend, once the ledger and prices are known; the same figures the upload shows. */
export function PasteCost({ check, charged }: { check: LedgerCheck | undefined; charged: number }) {
  if (!check || charged === 0) return null;
  const { worstCase, expected } = estimateFor(check, charged);
  return (
    <p aria-label="Estimated cost" className="text-xs text-zinc-500 dark:text-zinc-400">
      Estimated cost: worst case <span className="font-mono font-semibold text-zinc-800 dark:text-zinc-200">{formatCredits(worstCase)}</span>, expected{" "}
      <span className="font-mono font-semibold text-zinc-800 dark:text-zinc-200">~{formatCredits(expected)}</span> ({foundRateBasis(check)}). Charged only when a number is found.
    </p>
  );
}
