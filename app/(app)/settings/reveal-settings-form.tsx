"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { revealSettingsSchema, type RevealSettings } from "@/lib/settings/reveal-settings-schema";
import { useRevealSettings, useSaveRevealSettings, type RevealSettingsAnswer } from "@/lib/settings/use-reveal-settings";

type Field = { key: keyof RevealSettings; label: string; unit: string; min: string; step: string; help: string };

const FIELDS: Field[] = [
  { key: "freshnessDays", label: "Freshness window", unit: "days", min: "0", step: "1", help: "A person anyone on the team revealed within this many days is answered from the ledger at 0 credits. 0 asks Clodura every time." },
  { key: "rateLimitPerSecond", label: "Send rate", unit: "requests / s", min: "0.1", step: "0.1", help: "How fast reveals go to Clodura, for the whole team. Clodura does not publish its limit; a 429 answer slows sending down either way." },
  { key: "reconcileAfterSeconds", label: "Wait for the webhook", unit: "seconds", min: "0", step: "1", help: "A reveal still unanswered after this is polled through Clodura's track endpoint, so results arrive even when webhooks do not." },
  { key: "balanceCheckMinutes", label: "Read Clodura's balance every", unit: "minutes", min: "1", step: "1", help: "Also read once after each batch finishes. The new interval starts after the next reading." },
];

export function RevealSettingsForm() {
  const settings = useRevealSettings();
  // Kept above the fields: they remount with the saved values, and the "Saved" message must survive that.
  const save = useSaveRevealSettings();
  if (settings.error) return <p role="alert" className="text-sm text-red-700">{settings.error.message}</p>;
  if (!settings.data) return <p className="text-sm text-zinc-500">Loading reveal settings…</p>;
  return <RevealSettingsFields key={JSON.stringify(settings.data)} initial={settings.data} save={save} />;
}

const asText = (values: RevealSettings) => Object.fromEntries(FIELDS.map(({ key }) => [key, String(values[key])])) as Record<keyof RevealSettings, string>;

function RevealSettingsFields({ initial, save }: { initial: RevealSettingsAnswer; save: ReturnType<typeof useSaveRevealSettings> }) {
  const [values, setValues] = useState(() => asText(initial));
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = FIELDS.find(({ key }) => values[key].trim() === "");
    if (blank) return setProblem(`${blank.label}: enter a number.`);
    const parsed = revealSettingsSchema.safeParse(Object.fromEntries(FIELDS.map(({ key }) => [key, Number(values[key].trim())])));
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Check the values.");
    setProblem(null);
    save.mutate(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Reveal settings" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-base font-semibold">Reveals</h2>
      {FIELDS.map((field) => (
        <div key={field.key} className="grid grid-cols-[1fr_auto] items-start gap-x-4 gap-y-1">
          <label htmlFor={field.key} className="font-medium">
            {field.label}
          </label>
          <span className="flex items-center gap-2">
            <input
              id={field.key}
              type="number"
              min={field.min}
              step={field.step}
              value={values[field.key]}
              onChange={(event) => setValues({ ...values, [field.key]: event.target.value })}
              aria-describedby={`${field.key}-help`}
              className="w-24 rounded-md border border-zinc-300 bg-white px-2 py-1 text-right font-mono dark:border-zinc-700 dark:bg-zinc-900"
            />
            <span className="w-24 text-xs text-zinc-500">{field.unit}</span>
          </span>
          <p id={`${field.key}-help`} className="col-span-2 text-xs text-zinc-500">
            {field.help}
          </p>
        </div>
      ))}
      {problem || save.error ? <p role="alert" className="text-red-700 dark:text-red-400">{problem ?? save.error?.message}</p> : null}
      {save.isSuccess && !problem ? <p role="status" className="text-emerald-700 dark:text-emerald-400">Saved. Sending and the ledger use these now.</p> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save reveal settings"}
        </Button>
        <Button variant="ghost" onClick={() => setValues(asText(initial.defaults))}>
          Reset to defaults
        </Button>
      </div>
    </form>
  );
}
