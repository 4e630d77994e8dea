import { LowBalanceNotice } from "@/components/credits/low-balance-notice";
import { OverBudgetNotice } from "@/components/credits/over-budget-notice";
import { useSendNowInstead } from "@/lib/credits/use-budget-shortfall";
import { checkBalanceShortfall } from "@/lib/credits/check-balance-shortfall";
import { sendingTimeText } from "@/lib/reveals/sending-time";
import { estimateFor, formatCredits, foundRateBasis, type LedgerCheck } from "@/lib/reveals/use-imports";

const PLAN_NAMES: Record<string, string> = { prospect: "Prospect", prospect_pro: "Prospect Pro", free_forever: "Free Forever", max: "Max", payg: "Pay as you go" };

type Props = {
  check: LedgerCheck | undefined;
  /** From useBudgetShortfall: shown as a warning before anything is submitted. */
  shortfall: string | null;
  /** New reveals plus the ledger rows chosen to reveal again. */
  charged: number;
  free: number;
  updating: boolean;
  /** Partners asked: turning them off is a way under a budget the notice can offer. */
  viaPartners: boolean;
};

/** Worst case and expected spend, labelled as estimates: the Clodura balance confirms the real figure later. */
export function CostEstimate({ check, shortfall, charged, free, updating, viaPartners }: Props) {
  const instead = useSendNowInstead(check, charged, "list", viaPartners);
  const cost = check ? estimateFor(check, charged) : null;
  return (
    <section aria-labelledby="estimate-heading" aria-busy={updating} className="space-y-2 text-sm">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="estimate-heading" className="font-semibold">
          Estimated cost
        </h2>
        {check ? <span className="text-xs text-zinc-500 dark:text-zinc-400">Plan: {PLAN_NAMES[check.plan] ?? check.plan}</span> : null}
      </div>
      {!check || !cost ? (
        <p className="text-zinc-500 dark:text-zinc-400">{updating ? "Checking the team ledger and prices…" : "Shown once the rows are checked."}</p>
      ) : (
        <div className={`space-y-1.5 ${updating ? "opacity-60" : ""}`}>
          <p>
            Worst case: <span className="font-mono font-semibold">{formatCredits(cost.worstCase)}</span>
          </p>
          <p>
            Expected: <span className="font-mono font-semibold">~{formatCredits(cost.expected)}</span>
            <span className="block text-xs text-zinc-500 dark:text-zinc-400">
              {foundRateBasis(check)} × avg {formatCredits(check.averagePrice)} per found number
            </span>
          </p>
          {charged > 0 ? (
            <p data-testid="sending-time" className="text-xs text-zinc-500 dark:text-zinc-400">
              {sendingTimeText(check.queue, charged)}
            </p>
          ) : null}
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            {charged.toLocaleString("en")} charged only if found · {free > 0 ? <span className="text-violet-700 dark:text-violet-300">{free.toLocaleString("en")} free from the team ledger</span> : "none free from the ledger"}
          </p>
        </div>
      )}
      <OverBudgetNotice what="list" reason={shortfall} instead={instead} />
      <LowBalanceNotice what="list" short={checkBalanceShortfall(check, charged)} />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">Estimates: credits are charged only when a provider finds a number, and your Clodura balance confirms the final figure.</p>
    </section>
  );
}
