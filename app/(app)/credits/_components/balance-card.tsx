"use client";

import { Button } from "@/components/ui/button";
import type { BalanceRunway } from "@/lib/credits/balance-runway";
import { useBalance, useRefreshBalance } from "@/lib/credits/use-credits";
import { useQueueStatus } from "@/lib/reveals/use-queue-status";
import { When } from "@/components/ui/when";

const fmt = (value: number) => value.toLocaleString("en");

/**
 * Clodura's own balance beside the ledger's estimate, and how far apart they are. Its moments are in the reader's time,
 * as on every other page; its day is the team's (`timeZone`), as every day on the page.
 */
export function BalanceCard({ timeZone }: { timeZone: string }) {
  const balance = useBalance(true);
  const refresh = useRefreshBalance();
  const summary = refresh.data ?? balance.data;
  const latest = summary?.latest;
  return (
    <section aria-label="Clodura balance" className="rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-start justify-between gap-2">
        <div>
          <p className="text-xs text-zinc-500">Clodura balance</p>
          {!latest ? (
            <p className="text-zinc-500">Not read yet</p>
          ) : latest.remaining === null ? (
            <p className={latest.kind === "error" ? "text-red-700 dark:text-red-400" : "text-zinc-600"}>{latest.message}</p>
          ) : (
            <p data-testid="clodura-balance" className="font-mono text-2xl font-semibold whitespace-nowrap">
              {fmt(latest.remaining)} <span className="font-sans text-sm font-normal text-zinc-500">{summary.unit} left</span>
            </p>
          )}
          {latest ? <p className="text-xs text-zinc-500">read <When at={latest.at} inSentence /></p> : null}
          <RefusedSince readAt={latest?.at ?? null} />
          {/* How long it lasts is of a balance just read, not of one before an error. */}
          {summary?.runway && latest?.remaining != null ? <RunwayLine runway={summary.runway} unit={summary.unit} /> : null}
        </div>
        <div className="shrink-0">
          {/* aria-disabled, not disabled: a disabled button drops the keyboard's focus to the page while it reads. */}
          <Button variant="secondary" size="sm" aria-disabled={refresh.isPending || undefined} onClick={() => refresh.isPending || refresh.mutate()}>
            {refresh.isPending ? "Checking…" : "Check now"}
          </Button>
        </div>
      </div>
      {summary?.planMismatch ? <p role="alert" className="mt-2 rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">{summary.planMismatch}</p> : null}
      {refresh.error ? <p role="alert" className="mt-1 text-xs text-red-700">{refresh.error.message}</p> : null}
      {summary && summary.since !== null && latest?.remaining !== null ? (
        <>
          <dl className="mt-3 grid grid-cols-3 gap-2 border-t border-zinc-100 pt-2 text-xs dark:border-zinc-800">
            <div>
              <dt className="text-zinc-500">Clodura counted</dt>
              <dd className="font-mono">{fmt(summary.cloduraSpent)}</dd>
            </div>
            <div>
              <dt className="text-zinc-500">Ledger estimate</dt>
              <dd className="font-mono">{fmt(summary.ledgerSpent)}</dd>
            </div>
            <div>
              <dt className="text-zinc-500">Drift</dt>
              <dd data-testid="balance-drift" className={`font-mono ${summary.drift === 0 ? "text-emerald-700 dark:text-emerald-400" : "text-amber-700 dark:text-amber-400"}`}>
                {summary.drift > 0 ? "+" : ""}
                {fmt(summary.drift)}
              </dd>
            </div>
          </dl>
          <p className="mt-2 text-[11px] leading-snug text-zinc-500">
            Since <When at={summary.since} day timeZone={timeZone} />
            {summary.topUps > 0 ? `, skipping ${summary.topUps} top-up${summary.topUps === 1 ? "" : "s"}` : ""}. Reveals still in flight can make the two differ for a minute; a lasting drift means the price table is off.
          </p>
        </>
      ) : null}
    </section>
  );
}

/** Sending paused for credits after the last reading: the figure shown is older than Clodura's refusal. */
function RefusedSince({ readAt }: { readAt: number | null }) {
  const pause = useQueueStatus().data?.pause;
  if (pause?.status !== 402 || (readAt !== null && readAt > pause.at)) return null;
  return (
    <p data-testid="balance-refused" className="mt-1 max-w-80 text-xs font-medium text-amber-800 dark:text-amber-300">
      {readAt === null ? "Clodura" : "Since this reading, Clodura"} refused a request for lack of credits (<When at={pause.at} inSentence />): sending is paused until an admin resumes it.
    </p>
  );
}

/** How long what is left lasts at the last week's pace (or the days since the first charge); amber when it is under three days. */
function RunwayLine({ runway, unit }: { runway: BalanceRunway; unit: string }) {
  const lasts = runway.days === 0 ? "less than a day" : runway.days > 365 ? "more than a year" : `about ${fmt(runway.days)} ${runway.days === 1 ? "day" : "days"}`;
  return (
    <p data-testid="balance-runway" className={`text-xs ${runway.days < 3 ? "font-medium text-amber-800 dark:text-amber-300" : "text-zinc-500"}`}>
      Lasts {lasts} at {runway.paceDays === 7 ? "the last 7 days' pace" : runway.paceDays === 1 ? "the pace of the team's first day" : `the pace of the ${runway.paceDays} days since the team's first charge`} ({fmt(runway.perDay >= 10 ? Math.round(runway.perDay) : runway.perDay)} {unit} a day)
    </p>
  );
}
