import { useWidgetTabIndex } from "@/components/ui/in-grid-cell";
import { UNREADABLE_STATUS } from "@/lib/clodura/provider-status";
import { alsoFoundBy, type NumberAgreement } from "@/lib/reveals/best-number";
import type { ProviderCell } from "@/lib/reveals/schemas";
import { PhoneNumberView } from "./phone-number";

/**
 * `paidEarlier`: the row was answered free from the ledger, so the charge was the earlier reveal's, not this one's.
 * `paidInListOf`: the row was answered in a list this person sent its person again in, which paid.
 */
type ProviderCellProps = { provider: string; cell: ProviderCell | undefined; pending: boolean; agreement: NumberAgreement; paidEarlier?: boolean; paidInListOf?: string | null };

export function ProviderCellView({ provider, cell, pending, agreement, paidEarlier = false, paidInListOf = null }: ProviderCellProps) {
  const tabIndex = useWidgetTabIndex();
  if (!cell) {
    return pending ? (
      <span className="animate-pending text-sky-700 dark:text-sky-400">pending</span>
    ) : (
      <span className="text-zinc-400 dark:text-zinc-500" title="This provider was not asked for this person">
        <span aria-hidden="true">—</span>
        <span className="sr-only">not asked</span>
      </span>
    );
  }
  if (cell.status === "found") {
    // A number another provider agrees with first: the likeliest to be right.
    const [first, ...rest] = [...cell.numbers].sort((a, b) => alsoFoundBy(agreement, b, provider).length - alsoFoundBy(agreement, a, provider).length);
    return (
      <div className="space-y-1" data-provider-status="found">
        <span className="font-medium text-emerald-700 dark:text-emerald-400">
          found
          {cell.charged && paidInListOf !== null ? <span title="Charged once, to the list this person was sent again in, not to this one"> · paid in {paidInListOf}&apos;s list</span> : null}
          {cell.charged && paidEarlier && paidInListOf === null ? <span title="This row was free: the earlier reveal it was answered from paid this provider"> · paid by the earlier reveal</span> : null}
          {/* Not "(est.)": the batch's Spent card says whether Clodura's balance confirmed the amount; this says which find was billed. */}
          {cell.charged && !paidEarlier && paidInListOf === null ? <span title="Clodura bills the first provider that found this person: this one. The amount is on the batch's Spent card."> · charged</span> : null}
        </span>
        {first ? <PhoneNumberView number={first} agreedBy={alsoFoundBy(agreement, first, provider)} compact /> : null}
        {/* The rest fold away: three numbers stacked made one person a screen tall on a laptop. */}
        {rest.length > 0 ? (
          <details className="group">
            <summary tabIndex={tabIndex} className="cursor-pointer text-[11px] text-zinc-600 select-none hover:underline dark:text-zinc-400">
              <span className="group-open:hidden">
                +{rest.length} more<span className="sr-only"> from {provider}</span>
              </span>
              <span className="hidden group-open:inline">fewer</span>
            </summary>
            <div className="mt-1 space-y-1">
              {rest.map((number, index) => (
                <PhoneNumberView key={`${number.raw}-${index}`} number={number} agreedBy={alsoFoundBy(agreement, number, provider)} compact />
              ))}
            </div>
          </details>
        ) : null}
      </div>
    );
  }
  if (cell.status === "notFound") return <span className="text-zinc-500 dark:text-zinc-400" data-provider-status="notFound">notFound</span>;
  if (cell.status === "Insufficient Credits") {
    return (
      <span className="font-medium text-amber-700 dark:text-amber-400" data-provider-status="insufficient" title="The Clodura account ran out of credits; later providers were not asked.">
        Insufficient Credits
      </span>
    );
  }
  if (cell.status === UNREADABLE_STATUS) {
    return (
      <span className="text-zinc-500 italic dark:text-zinc-400" title="Clodura sent this provider's answer in a shape Reveal Desk cannot read; the raw webhook body is stored.">
        unreadable answer
      </span>
    );
  }
  return (
    <span className="text-zinc-700 dark:text-zinc-300" title="A status Reveal Desk does not know yet, shown as Clodura sent it">
      {cell.status}
    </span>
  );
}
