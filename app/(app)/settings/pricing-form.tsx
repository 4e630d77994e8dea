"use client";

import { useState, type FormEvent } from "react";
import { useReturnFocus } from "@/lib/ui/use-return-focus";
import { Button } from "@/components/ui/button";
import { useFocusAfterSave } from "@/lib/ui/use-focus-after-save";
import { payloadFormOf, plans, type Plan } from "@/lib/settings/definitions";
import { pricesToConfirm, type PriceRow } from "@/lib/settings/price-checks";
import { usePricing, useSavePricing, type PricingAnswer } from "@/lib/settings/use-pricing";

const PLAN_NAMES: Record<Plan, string> = { prospect: "Prospect", prospect_pro: "Prospect Pro", free_forever: "Free Forever", max: "Max", payg: "Pay as you go" };
/** As the server's pricing schema allows. */
const MAX_PRICE = 1_000;

export function PricingForm() {
  const pricing = usePricing();
  // Kept above the fields: they remount with the saved values, and the "Saved" message must survive that.
  const save = useSavePricing();
  if (pricing.error) return <p role="alert" className="text-sm text-red-700">{pricing.error.message}</p>;
  if (!pricing.data) return <p className="text-sm text-zinc-500">Loading settings…</p>;
  return <PricingFields key={JSON.stringify(pricing.data)} initial={pricing.data} save={save} />;
}

function PricingFields({ initial, save }: { initial: PricingAnswer; save: ReturnType<typeof useSavePricing> }) {
  const saveButton = useFocusAfterSave<HTMLButtonElement>(save.isSuccess);
  const { target: addButton, returnFocus: focusAddButton } = useReturnFocus<HTMLButtonElement>(true);
  const [plan, setPlan] = useState<Plan>(initial.plan);
  const [savedRows] = useState<PriceRow[]>(() => Object.entries(initial.providerPrices).map(([provider, price]) => ({ provider, price: String(price) })));
  const [rows, setRows] = useState<PriceRow[]>(savedRows);
  // "Saved" speaks of what is on screen only until it is edited again.
  const unchanged = plan === initial.plan && JSON.stringify(rows) === JSON.stringify(savedRows);
  const [problem, setProblem] = useState<string | null>(null);
  const prospect = plan === "prospect" || plan === "prospect_pro";
  // A price outside the documented range is saved only on a second press, for exactly those prices, once.
  const unusual = pricesToConfirm(rows, initial.providerPrices);
  const [accepted, setAccepted] = useState<string | null>(null);
  const unusualKey = unusual.warnings.join(" ");
  const mustConfirm = unusual.providers > 0 && accepted !== unusualKey;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const prices: Record<string, number> = {};
    const known = Object.keys(initial.defaults);
    for (const [index, row] of rows.entries()) {
      const provider = row.provider.trim();
      if (!provider) return setProblem(`Row ${index + 1} has no provider name: name it as Clodura does, or remove the row.`);
      if (!/^\d+$/.test(row.price.trim())) return setProblem(`${provider}: the price must be a whole number of credits.`);
      if (Number(row.price) > MAX_PRICE) return setProblem(`${provider}: a price is at most ${MAX_PRICE.toLocaleString("en")} credits.`);
      const same = Object.keys(prices).find((listed) => listed.toLowerCase() === provider.toLowerCase());
      if (same) return setProblem(same === provider ? `${provider} is listed twice.` : `${provider} and ${same} are the same provider: keep one.`);
      // Prices are found by the name in Clodura's answers, letter case included: "signalhire" would never match.
      const spelled = known.find((name) => name.toLowerCase() === provider.toLowerCase() && name !== provider);
      if (spelled) return setProblem(`Write ${provider} as Clodura does: ${spelled}.`);
      prices[provider] = Number(row.price);
    }
    if (mustConfirm) {
      setAccepted(unusualKey);
      return setProblem(null);
    }
    setProblem(null);
    save.mutate({ plan, providerPrices: prices });
  };

  return (
    <form onSubmit={submit} aria-label="Pricing" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-base font-semibold">Pricing</h2>
      <div className="flex flex-col gap-1">
        <label htmlFor="plan" className="font-medium">
          Clodura plan
        </label>
        <select id="plan" value={plan} onChange={(event) => setPlan(event.target.value as Plan)} className="w-56 rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900">
          {plans.map((value) => (
            <option key={value} value={value}>
              {PLAN_NAMES[value]}
            </option>
          ))}
        </select>
        {initial.answeredIn && initial.answeredIn !== payloadFormOf(plan) ? (
          <p role="note" className="rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            {initial.answeredIn === "standard"
              ? "Clodura's latest result came in the Standard form, which only Prospect and Prospect Pro get: those results are charged as Prospect whatever this says."
              : "Clodura's latest result came in the Multi-Provider form of Free Forever, Max and PAYG: those results are charged by the price table whatever this says."}
          </p>
        ) : null}
        <p className="text-xs text-zinc-500">{prospect ? "Prospect plans charge 1 phone + 1 export credit per found number, whichever provider found it." : "Free Forever, Max and PAYG charge the price of the provider that found the number (10–20, not published): the table below."}</p>
      </div>
      <fieldset disabled={prospect} className="space-y-2 disabled:opacity-50">
        <legend className="font-medium">Credits per found number, by provider</legend>
        <table className="w-full">
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className="py-1 pr-2">
                  <input aria-label={`Provider ${index + 1}`} value={row.provider} onChange={(event) => setRows(rows.map((other, at) => (at === index ? { ...other, provider: event.target.value } : other)))} className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
                </td>
                <td className="w-28 py-1 pr-2">
                  <input aria-label={`Price for ${row.provider || `provider ${index + 1}`}`} inputMode="numeric" value={row.price} onChange={(event) => setRows(rows.map((other, at) => (at === index ? { ...other, price: event.target.value } : other)))} className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-right font-mono dark:border-zinc-700 dark:bg-zinc-900" />
                </td>
                <td className="w-20 py-1">
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => {
                      // Rows are keyed by place: the next row's Remove takes this one's place (and the focus), except after the last.
                      if (index === rows.length - 1) focusAddButton();
                      setRows(rows.filter((_, at) => at !== index));
                    }}
                    aria-label={`Remove ${row.provider || `provider ${index + 1}`}`}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="flex gap-2">
          <Button ref={addButton} variant="secondary" size="sm" onClick={() => setRows([...rows, { provider: "", price: "20" }])}>
            Add provider
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setRows(Object.entries(initial.defaults).map(([provider, price]) => ({ provider, price: String(price) })))}>
            Reset to defaults<span className="sr-only"> (prices)</span>
          </Button>
        </div>
        <p className="text-xs text-zinc-500">A provider missing from the table is charged 20, the documented maximum. Clodura&apos;s balance shows whether these estimates hold (drift on the Credits page).</p>
        {unusual.providers > 0 ? (
          <p className="text-xs font-medium text-amber-800 dark:text-amber-300" role="note">
            {unusualKey}
            {mustConfirm ? null : ` If ${unusual.providers === 1 ? "it is" : "they are"} right, press “Save these prices anyway”.`}
          </p>
        ) : null}
      </fieldset>
      {problem || save.error ? <p role="alert" className="text-red-700 dark:text-red-400">{problem ?? save.error?.message}</p> : null}
      {save.isSuccess && !problem && unchanged ? <p role="status" className="text-emerald-700 dark:text-emerald-400">Saved. New charges use these prices.</p> : null}
      {!unchanged && !save.isPending && !problem ? <p className="text-xs font-medium text-amber-800 dark:text-amber-300">Not saved yet: new charges still use the saved prices until you press Save.</p> : null}
      <Button ref={saveButton} type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : unusual.providers > 0 && !mustConfirm ? "Save these prices anyway" : "Save pricing"}
      </Button>
    </form>
  );
}
