import { bestNumber } from "@/lib/reveals/best-number";
import type { BatchRow } from "@/lib/reveals/schemas";
import { PhoneNumberView } from "./phone-number";

/** The one number a rep calls first, and where it came from; the provider columns hold the rest. */
export function BestNumberCell({ results, testId = "best-number" }: { results: BatchRow["results"]; testId?: string }) {
  const best = bestNumber(results);
  if (!best) return <span className="text-zinc-500">—</span>;
  return (
    <div data-testid={testId}>
      <PhoneNumberView number={best.number} agreedBy={best.agreedBy} />
      <p className="mt-0.5 text-[11px] text-zinc-500 dark:text-zinc-400">
        via {best.provider}
        {best.others > 0 ? ` · ${best.others} more` : ""}
      </p>
    </div>
  );
}
