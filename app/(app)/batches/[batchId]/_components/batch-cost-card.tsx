import Link from "next/link";
import type { ReactNode } from "react";
import { useViewerRole } from "@/components/shell/viewer-role";
import { onPaceFor } from "@/lib/credits/on-pace";
import { MAX_DOCUMENTED_PRICE } from "@/lib/credits/prices";
import { batchDecision, declinedWhole } from "@/lib/reveals/declined-whole";
import type { BatchView } from "@/lib/reveals/schemas";
import { openStates } from "@/lib/reveals/state-machine";

const fmt = (value: number) => value.toLocaleString("en");

/** What the batch cost: charged so far (estimate vs confirmed by Clodura's balance), saved by the ledger, by provider. */
export function BatchCostCard({ batch }: { batch: BatchView }) {
  const { cost } = batch;
  const admin = useViewerRole() === "admin";
  const unpriced = cost.byProvider.filter((row) => row.unpriced).map((row) => row.provider);
  // "yet" only while something may still be charged: not for a list answered, stopped or rejected.
  const open = openStates.some((state) => batch.counts[state] > 0);
  const yet = open ? " yet" : "";
  return (
    <section aria-label="Credits" className="flex flex-wrap items-start gap-x-8 gap-y-2 rounded-xl border border-zinc-200 bg-white px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <Figure label="Spent" testId="batch-spent" value={`${fmt(cost.spent)} credits`} note={cost.spent === 0 ? `nothing charged${yet}` : cost.confirmed === cost.spent ? "confirmed by Clodura's balance" : `${fmt(cost.confirmed)} confirmed, rest estimated`} />
      {/* Highlighted only when the ledger saved something: a violet "0 credits" reads as a figure to look at. */}
      <Figure label="Saved by the ledger" testId="batch-saved" value={`${fmt(cost.saved)} credits`} note={freeNote(cost.freeAnswers, cost.freeToCome)} tone={cost.saved > 0 ? "violet" : undefined} />
      {/* Of the people the list pays for: those the ledger answers later or a stop cancels leave it, those a stopped teammate hands back join it. */}
      {declinedWhole(batchDecision(batch)) ? (
        <Figure label="Estimate" testId="batch-estimate" value="Nothing sent" note={`${batch.approval.withdrawn ? "withdrawn" : "rejected"}: no estimate`} />
      ) : (
        <Figure
          label={open ? "Estimate" : "Estimated before sending"}
          testId="batch-estimate"
          value={`${fmt(cost.expected)} expected`}
          note={<EstimateNote worstCase={cost.worstCase} expected={cost.expected} notSent={batch.counts.cancelled} pace={onPaceFor(cost.spent, batch.counts)} cameTo={open ? null : cost.spent} />}
        />
      )}
      <div className="min-w-48">
        <p className="text-xs text-zinc-500">By provider</p>
        {cost.byProvider.length === 0 ? (
          <p className="text-zinc-500">No charges{yet}</p>
        ) : (
          // Side by side past three: seven providers in one column made the card taller than the rows it explains.
          <ul className={`font-mono text-xs ${cost.byProvider.length > 3 ? "gap-x-8 lg:columns-2" : ""}`}>
            {cost.byProvider.map((row) => (
              <li key={row.provider} className="flex justify-between gap-4">
                <span className="font-sans">{row.provider}</span>
                <span>
                  {fmt(row.charges)} {row.charges === 1 ? "charge" : "charges"} · {fmt(row.credits)} credits
                </span>
              </li>
            ))}
          </ul>
        )}
        {unpriced.length > 0 ? (
          <p className="mt-1 max-w-72 text-xs text-amber-800 dark:text-amber-300" data-testid="unpriced-providers">
            {unpriced.join(", ")} {unpriced.length === 1 ? "is" : "are"} not in the price table: each number is counted at {MAX_DOCUMENTED_PRICE} credits, the
            most a provider costs. {admin ? <Link href="/settings" className="underline">Add {unpriced.length === 1 ? "its price" : "their prices"}</Link> : "An admin can add " + (unpriced.length === 1 ? "its price" : "their prices")} for
            the numbers found from then on.
          </p>
        ) : null}
      </div>
    </section>
  );
}

/** "12 answered free", and those still waiting on a teammate's reveal in progress apart: free, but no answer yet. */
function freeNote(free: number, toCome: number): string {
  if (toCome === 0) return `${fmt(free)} answered free`;
  const answered = free - toCome;
  return `${answered > 0 ? `${fmt(answered)} answered free · ` : ""}${fmt(toCome)} free once a teammate's reveal is answered`;
}

/**
 * The worst case, what it no longer counts (people never sent: it would otherwise read as the whole list's), and once
 * the list has answers enough, what it is on pace for: amber when that is well over the expected. Once nothing is
 * left to answer (`cameTo`), what the list came to instead, so the estimate does not read as still to be spent.
 */
function EstimateNote({ worstCase, expected, notSent, pace, cameTo }: { worstCase: number; expected: number; notSent: number; pace: number | null; cameTo: number | null }) {
  return (
    <>
      worst case {fmt(worstCase)}
      {notSent > 0 ? ` · leaves out the ${fmt(notSent)} not sent` : null}
      {cameTo === null ? null : ` · came to ${fmt(cameTo)}`}
      {pace === null ? null : (
        <span data-testid="on-pace" className={pace > expected * 1.1 ? "font-medium text-amber-800 dark:text-amber-300" : undefined}>
          {" "}
          · on pace for ~{fmt(pace)}
        </span>
      )}
    </>
  );
}

function Figure({ label, value, note, tone, testId }: { label: string; value: string; note: ReactNode; tone?: "violet"; testId?: string }) {
  return (
    <div>
      <p className="text-xs text-zinc-500">{label}</p>
      <p data-testid={testId} className={`font-mono text-base font-semibold ${tone === "violet" ? "text-violet-700 dark:text-violet-300" : ""}`}>
        {value}
      </p>
      <p className="text-xs text-zinc-500">{note}</p>
    </div>
  );
}
