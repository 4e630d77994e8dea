import { PersonIdentity } from "@/components/reveals/person-identity";
import { StateBadge } from "@/components/reveals/state-badge";
import { When } from "@/components/ui/when";
import { bestNumber, numberAgreement } from "@/lib/reveals/best-number";
import type { BatchRow } from "@/lib/reveals/schemas";
import { inFlightStates } from "@/lib/reveals/state-machine";
import { BestNumberCell } from "@/components/reveals/best-number-cell";
import { ProviderCellView } from "@/components/reveals/provider-cell";

type ResultRowProps = { index: number; row: BatchRow; providers: string[]; columns: string; sendingPaused: boolean };

const IN_FLIGHT: ReadonlySet<string> = new Set(inFlightStates);
/** The person stays in view while the grid scrolls sideways through seven providers (or, on a phone, to the number). */
export const PERSON_COLUMN = "sticky left-0 z-[1] border-r border-zinc-100 dark:border-zinc-800";

export function ResultRow({ index, row, providers, columns, sendingPaused }: ResultRowProps) {
  const pending = IN_FLIGHT.has(row.state);
  // A queued row's last refusal ("sent again once…") is not what happens next while sending is paused: the banner says why.
  const note = row.state === "queued" && sendingPaused ? "Waits until sending to Clodura is resumed; nothing is charged meanwhile." : row.errorMessage;
  const agreement = numberAgreement(row.results);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid="reveal-row"
      data-state={row.state}
      className="grid w-full border-b border-zinc-100 dark:border-zinc-800"
      style={{ gridTemplateColumns: columns }}
    >
      <div role="rowheader" data-sticky-column className={`min-w-0 bg-white px-3 py-2 dark:bg-zinc-900 ${PERSON_COLUMN}`}>
        <PersonIdentity {...row} noName={pending || row.state === "held" ? "Name arrives with the result" : "Name unknown"} />
        {/* On a phone the number column is off to the side: the number a rep came for sits under the name too. */}
        {bestNumber(row.results) ? (
          <div className="mt-1 sm:hidden">
            <BestNumberCell results={row.results} testId="best-number-phone" />
          </div>
        ) : null}
      </div>
      <div role="cell" className="px-3 py-2">
        <StateBadge state={row.state} />
        {row.ledger ? (
          <p className="mt-1 text-[11px] text-violet-700 dark:text-violet-300">
            {row.ledger.inFlight ? `Attached to ${row.ledger.revealedBy}'s reveal in progress` : <>Revealed by {row.ledger.revealedBy} on <When at={row.ledger.at} day /></>}
          </p>
        ) : null}
        {note ? (
          <p data-testid="row-note" className={`mt-1 text-[11px] ${row.state === "failed" ? "text-red-700 dark:text-red-400" : "text-zinc-500"}`}>
            {note}
          </p>
        ) : null}
      </div>
      <div role="cell" className="px-3 py-2">
        <BestNumberCell results={row.results} />
      </div>
      <div role="cell" className="px-3 py-2 text-right font-mono" data-testid="row-credits">
        {row.credits === null ? <span className="text-zinc-500">–</span> : row.credits}
      </div>
      {pending && providers.length > 1 && Object.keys(row.results).length === 0 ? (
        // Not yet known which providers will be asked (they go in turn until one finds a number): one cell says so.
        <div role="cell" aria-colspan={providers.length} className="px-3 py-2" style={{ gridColumn: `span ${providers.length}` }}>
          {row.state === "queued" || row.state === "held" ? (
            // Not sent yet (waiting its turn, a pause or an approval): nobody is being asked.
            <span className="text-zinc-500">not asked yet: providers are asked in turn once it is sent</span>
          ) : (
            <span className="animate-pending text-sky-700 dark:text-sky-400">pending: providers are asked in turn until one finds a number</span>
          )}
        </div>
      ) : providers.length > 0 && Object.keys(row.results).length === 0 && isNotFound(row) ? (
        // Clodura's 404 "no result found" names no provider: "not asked" in every column would say nobody looked.
        <div role="cell" aria-colspan={providers.length} className="px-3 py-2 text-zinc-500" style={{ gridColumn: `span ${providers.length}` }}>
          no number located: Clodura answered &ldquo;no result found&rdquo; without saying which providers it asked
        </div>
      ) : (
        providers.map((provider) => (
          <div key={provider} role="cell" className="px-3 py-2">
            <ProviderCellView provider={provider} cell={row.results[provider]} pending={pending} agreement={agreement} paidEarlier={row.state === "cached"} />
          </div>
        ))
      )}
      {providers.length === 0 ? <div role="cell" /> : null}
    </div>
  );
}

/** An answer without a number: the row's own, or the earlier one it was answered from. */
function isNotFound(row: BatchRow): boolean {
  return row.state === "not_found" || (row.state === "cached" && row.ledger !== null && !row.ledger.inFlight && !row.ledger.withNumber);
}
