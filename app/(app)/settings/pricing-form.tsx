"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useReturnFocus } from "@/lib/ui/use-return-focus";
import { Button } from "@/components/ui/button";
import { useFocusAfterSave } from "@/lib/ui/use-focus-after-save";
import { payloadFormOf, plans, type Plan } from "@/lib/settings/definitions";
import { pricesToConfirm, type PriceRow } from "@/lib/settings/price-checks";
import { readPriceRows, type PriceRowProblem } from "@/lib/settings/price-rows";
import { pricingSchema } from "@/lib/settings/pricing-schema";
import { usePricing, useSavePricing, type PricingAnswer } from "@/lib/settings/use-pricing";

const PLAN_NAMES: Record<Plan, string> = { prospect: "Prospect", prospect_pro: "Prospect Pro", free_forever: "Free Forever", max: "Max", payg: "Pay as you go" };
const PROBLEM_ID = "pricing-problem";
const fieldId = (row: number, field: "provider" | "price") => `${field === "provider" ? "provider" : "provider-price"}-${row}`;

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
  const planSelect = useRef<HTMLSelectElement>(null);
  const [plan, setPlan] = useState<Plan>(initial.plan);
  const [savedRows] = useState<PriceRow[]>(() => Object.entries(initial.providerPrices).map(([provider, price]) => ({ provider, price: String(price) })));
  const [rows, setRows] = useState<PriceRow[]>(savedRows);
  // "Saved" speaks of what is on screen only until it is edited again.
  const unchanged = plan === initial.plan && JSON.stringify(rows) === JSON.stringify(savedRows);
  const [problems, setProblems] = useState<PriceRowProblem[]>([]);
  const prospect = plan === "prospect" || plan === "prospect_pro";
  // Prospect results are 2 credits whoever found them; the table still prices any result in the Multi-Provider form.
  const tableUnused = prospect && initial.answeredIn !== "multi";
  // "Add provider" hands the focus to the new row's name, once it is there.
  const focusNewRow = useRef(false);
  useEffect(() => {
    if (!focusNewRow.current) return;
    focusNewRow.current = false;
    document.getElementById(fieldId(rows.length - 1, "provider"))?.focus();
  }, [rows]);
  // A price outside the documented range is saved only on a second press, for exactly those prices, once.
  const unusual = pricesToConfirm(rows, initial.providerPrices);
  const [accepted, setAccepted] = useState<string | null>(null);
  const unusualKey = unusual.warnings.join(" ");
  const mustConfirm = unusual.providers > 0 && accepted !== unusualKey;

  const marked = (row: number, field: "provider" | "price") =>
    problems.some((problem) => problem.row === row && problem.field === field) ? { "aria-invalid": true, "aria-describedby": PROBLEM_ID } : {};
  // The field at fault takes the focus; a problem of the whole table, the control that mends it (in a table locked by
  // a Prospect plan, the plan: nothing in the table can take it).
  const refuse = (found: PriceRowProblem[]) => {
    setProblems(found);
    const [first] = found;
    if (!first) return;
    if (tableUnused) return planSelect.current?.focus();
    if (first.row !== null && first.field) return document.getElementById(fieldId(first.row, first.field))?.focus();
    addButton.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readPriceRows(rows, Object.keys(initial.defaults));
    if ("problems" in read) return refuse(read.problems);
    const parsed = pricingSchema.safeParse({ plan, providerPrices: read.prices });
    if (!parsed.success) return refuse([{ message: parsed.error.issues[0]?.message ?? "Check the price table.", row: null, field: null }]);
    const prices = parsed.data.providerPrices;
    if (mustConfirm) {
      setAccepted(unusualKey);
      return setProblems([]);
    }
    setProblems([]);
    save.mutate({ plan, providerPrices: prices });
  };

  return (
    <form onSubmit={submit} aria-label="Pricing" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-base font-semibold">Pricing</h2>
      <div className="flex flex-col gap-1">
        <label htmlFor="plan" className="font-medium">
          Clodura plan
        </label>
        <select ref={planSelect} id="plan" value={plan} onChange={(event) => setPlan(event.target.value as Plan)} className="w-56 rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900">
          {plans.map((value) => (
            <option key={value} value={value}>
              {PLAN_NAMES[value]}
            </option>
          ))}
        </select>
        {initial.answeredIn && initial.answeredIn !== payloadFormOf(plan) ? (
          <p role="note" className="rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            {initial.answeredIn === "standard"
              ? "Clodura's last result came in the Standard form only Prospect plans get: while it answers so, each found number is charged as Prospect (2 credits), whichever plan is picked here."
              : "Clodura's last result came in the Multi-Provider form of Free Forever, Max and PAYG: while it answers so, the price table below still charges each found number, so it stays open. It locks once Clodura answers as Prospect."}
          </p>
        ) : null}
        <p className="text-xs text-zinc-500">{prospect ? "Prospect plans charge 1 phone + 1 export credit per found number, whichever provider found it." : "Free Forever, Max and PAYG charge the price of the provider that found the number (10–20, not published): the table below."}</p>
      </div>
      <fieldset disabled={tableUnused} aria-describedby={tableUnused ? "price-table-unused" : undefined} className="space-y-2">
        <legend className="font-medium">Credits per found number, by provider</legend>
        {tableUnused ? (
          <p id="price-table-unused" className="text-xs text-zinc-600 dark:text-zinc-400">
            Not used while the plan is {PLAN_NAMES[plan]}: every found number is 2 credits. The table is kept for a change of plan, and prices any result Clodura sends in the Multi-Provider form of the other plans.
          </p>
        ) : null}
        <table className={`w-full ${tableUnused ? "opacity-50" : ""}`}>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className="py-1 pr-2">
                  <input id={fieldId(index, "provider")} aria-label={`Provider ${index + 1}`} {...marked(index, "provider")} value={row.provider} onChange={(event) => setRows(rows.map((other, at) => (at === index ? { ...other, provider: event.target.value } : other)))} className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
                </td>
                <td className="w-28 py-1 pr-2">
                  <input id={fieldId(index, "price")} aria-label={`Price for ${row.provider || `provider ${index + 1}`}`} {...marked(index, "price")} inputMode="numeric" value={row.price} onChange={(event) => setRows(rows.map((other, at) => (at === index ? { ...other, price: event.target.value } : other)))} className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-right font-mono dark:border-zinc-700 dark:bg-zinc-900" />
                </td>
                <td className="w-20 py-1">
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => {
                      // Rows are keyed by place: the next row's Remove takes this one's place (and the focus), except after the last.
                      if (index === rows.length - 1) focusAddButton();
                      setRows(rows.filter((_, at) => at !== index));
                      // Its row numbers no longer point at the rows.
                      setProblems([]);
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
          <Button
            ref={addButton}
            variant="secondary"
            size="sm"
            onClick={() => {
              focusNewRow.current = true;
              setRows([...rows, { provider: "", price: "20" }]);
            }}
          >
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
      <PricingProblems problems={problems} saveError={save.error?.message ?? null} />
      {save.isSuccess && problems.length === 0 && unchanged ? <p role="status" className="text-emerald-700 dark:text-emerald-400">{tableUnused ? "Saved. New charges are 2 credits a found number." : "Saved. New charges use these prices."}</p> : null}
      {!unchanged && !save.isPending && problems.length === 0 ? <p className="text-xs font-medium text-amber-800 dark:text-amber-300">Not saved yet: new charges still use the saved prices until you press Save.</p> : null}
      <Button ref={saveButton} type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : unusual.providers > 0 && !mustConfirm ? "Save these prices anyway" : "Save pricing"}
      </Button>
    </form>
  );
}

/** What stops the table being saved: every row at fault (each field marked), or the server's refusal. */
function PricingProblems({ problems, saveError }: { problems: PriceRowProblem[]; saveError: string | null }) {
  if (problems.length === 0 && !saveError) return null;
  if (problems.length > 1) {
    return (
      <div id={PROBLEM_ID} role="alert" className="text-red-700 dark:text-red-400">
        <p>{problems.length} rows need a change before the table is saved:</p>
        <ul className="list-disc pl-5">
          {problems.map((problem) => (
            <li key={`${problem.row}-${problem.field}`}>{problem.message}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <p id={PROBLEM_ID} role="alert" className="text-red-700 dark:text-red-400">
      {problems[0]?.message ?? saveError}
    </p>
  );
}
