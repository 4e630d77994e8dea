import { PersonIdentity } from "@/components/reveals/person-identity";
import { StateBadge } from "@/components/reveals/state-badge";
import { When } from "@/components/ui/when";
import { answeredInListOf, answeredInLabel } from "@/lib/reveals/answer-cells";
import { bestNumber, numberAgreement } from "@/lib/reveals/best-number";
import type { BatchRow } from "@/lib/reveals/schemas";
import { inFlightStates } from "@/lib/reveals/state-machine";
import { coversColumn } from "@/lib/ui/grid-moves";
import { BestNumberCell } from "@/components/reveals/best-number-cell";
import { ProviderCellView } from "@/components/reveals/provider-cell";

/** `activeColumn`: the column of the grid's tab stop when it is in this row, else null. */
type ResultRowProps = { index: number; row: BatchRow; providers: string[]; columns: string; sendingPaused: boolean; activeColumn: number | null };

const IN_FLIGHT: ReadonlySet<string> = new Set(inFlightStates);
/** The person stays in view while the grid scrolls sideways through seven providers (or, on a phone, to the number). */
export const PERSON_COLUMN = "sticky left-0 z-[1] border-r border-zinc-100 dark:border-zinc-800";
// Inside the cell's edge: the next cell and the sticky column would cover an outline drawn outside it.
const CELL = "px-3 py-2 outline-indigo-600 focus-visible:outline-2 focus-visible:-outline-offset-2 dark:outline-indigo-400";
const FIRST_PROVIDER_COLUMN = 5;

export function ResultRow({ index, row, providers, columns, sendingPaused, activeColumn }: ResultRowProps) {
  const pending = IN_FLIGHT.has(row.state);
  // A queued row's last refusal ("sent again once…") is not what happens next while sending is paused: the banner says why.
  const note = row.state === "queued" && sendingPaused ? "Waits until sending to Clodura is resumed; nothing is charged meanwhile." : row.errorMessage;
  const agreement = numberAgreement(row.results);
  const answeredIn = answeredInListOf(row);
  // The grid's one tab stop; every other cell is focused by the arrow keys or a click.
  const cell = (column: number, span = 1) => ({ "aria-colindex": column, tabIndex: activeColumn !== null && coversColumn(activeColumn, column, span) ? 0 : -1 });
  const spanProviders = { ...cell(FIRST_PROVIDER_COLUMN, providers.length), "aria-colspan": providers.length, style: { gridColumn: `span ${providers.length}` } };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid="reveal-row"
      data-state={row.state}
      className="grid w-full border-b border-zinc-100 dark:border-zinc-800"
      style={{ gridTemplateColumns: columns }}
    >
      <div role="rowheader" {...cell(1)} data-sticky-column className={`min-w-0 bg-white dark:bg-zinc-900 ${CELL} ${PERSON_COLUMN}`}>
        <PersonIdentity {...row} noName={pending || row.state === "held" ? "Name arrives with the result" : "Name unknown"} />
        {/* On a phone the number column is off to the side: the number a rep came for sits under the name too. */}
        {bestNumber(row.results) ? (
          <div className="mt-1 sm:hidden">
            <BestNumberCell results={row.results} testId="best-number-phone" />
          </div>
        ) : null}
      </div>
      <div role="gridcell" {...cell(2)} className={CELL}>
        <StateBadge state={row.state} label={answeredIn === null ? undefined : answeredInLabel(answeredIn)} />
        {row.ledger ? (
          <p data-testid="row-ledger" className="mt-1 text-[11px] text-violet-700 dark:text-violet-300">
            <LedgerLine state={row.state} ledger={row.ledger} />
          </p>
        ) : null}
        {note ? (
          <p data-testid="row-note" className={`mt-1 text-[11px] ${row.state === "failed" ? "text-red-700 dark:text-red-400" : "text-zinc-500"}`}>
            {note}
          </p>
        ) : null}
      </div>
      <div role="gridcell" {...cell(3)} className={CELL}>
        <BestNumberCell results={row.results} />
      </div>
      <div role="gridcell" {...cell(4)} className={`${CELL} text-right font-mono`} data-testid="row-credits">
        {row.credits === null ? <span className="text-zinc-500">–</span> : row.credits}
      </div>
      {pending && providers.length > 1 && Object.keys(row.results).length === 0 ? (
        // Not yet known which providers will be asked (they go in turn until one finds a number): one cell says so.
        <div role="gridcell" {...spanProviders} className={CELL}>
          {row.state === "queued" || row.state === "held" ? (
            // Not sent yet (waiting its turn, a pause or an approval): nobody is being asked.
            <span className="text-zinc-500">not asked yet: providers are asked in turn once it is sent</span>
          ) : (
            <span className="animate-pending text-sky-700 dark:text-sky-400">pending: providers are asked in turn until one finds a number</span>
          )}
        </div>
      ) : providers.length > 0 && Object.keys(row.results).length === 0 && isNotFound(row) ? (
        // Clodura's 404 "no result found" names no provider: "not asked" in every column would say nobody looked.
        <div role="gridcell" {...spanProviders} className={`${CELL} text-zinc-500`}>
          no number located: Clodura answered &ldquo;no result found&rdquo; without saying which providers it asked
        </div>
      ) : (
        providers.map((provider, column) => (
          <div key={provider} role="gridcell" {...cell(FIRST_PROVIDER_COLUMN + column)} className={CELL}>
            {/* Its name says whose answer it is, not only its column's place and the answer's colour. */}
            <span className="sr-only">{provider}: </span>
            <ProviderCellView provider={provider} cell={row.results[provider]} pending={pending} agreement={agreement} paidEarlier={row.state === "cached"} paidInListOf={answeredIn} />
          </div>
        ))
      )}
      {providers.length === 0 ? <div role="gridcell" {...cell(FIRST_PROVIDER_COLUMN)} className={CELL} /> : null}
    </div>
  );
}

/** Where a row's answer comes from: a teammate's reveal, or the list another sent this one's person again in. */
function LedgerLine({ state, ledger }: { state: BatchRow["state"]; ledger: NonNullable<BatchRow["ledger"]> }) {
  const noNumber = ledger.withNumber ? "" : ": no number found";
  if (ledger.resentBy === null) {
    return ledger.inFlight ? <>Attached to {ledger.revealedBy}&apos;s reveal in progress</> : <>Revealed by {ledger.revealedBy} <When at={ledger.at} inSentence />{noNumber}</>;
  }
  if (ledger.inFlight) return <>Sent again by {ledger.resentBy}: the answer comes from their list</>;
  // The badge says where it was answered: this says when.
  if (state === "found" || state === "not_found") return <>Sent again by {ledger.resentBy}, answered <When at={ledger.at} inSentence />{noNumber}</>;
  if (state === "cached") return <>Answered in the list {ledger.resentBy} sent again <When at={ledger.at} inSentence />{noNumber}</>;
  return <>Not answered in the list {ledger.resentBy} sent again</>;
}

/** An answer without a number: the row's own, or the earlier one it was answered from. */
function isNotFound(row: BatchRow): boolean {
  return row.state === "not_found" || (row.state === "cached" && row.ledger !== null && !row.ledger.inFlight && !row.ledger.withNumber);
}
