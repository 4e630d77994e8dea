"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useFocusAfterSave } from "@/lib/ui/use-focus-after-save";
import { revealSettingsToConfirm } from "@/lib/settings/reveal-settings-checks";
import { revealSettingsSchema, type RevealSettings } from "@/lib/settings/reveal-settings-schema";
import { useRevealSettings, useSaveRevealSettings, type RevealSettingsAnswer } from "@/lib/settings/use-reveal-settings";

type Field = { key: keyof RevealSettings; label: string; unit: string; min: string; step: string; help: string };

const FIELDS: Field[] = [
  { key: "freshnessDays", label: "Freshness window", unit: "days", min: "0", step: "1", help: "A person anyone on the team revealed within this many days is answered from the ledger at 0 credits. 0 asks Clodura every time." },
  { key: "rateLimitPerSecond", label: "Send rate", unit: "requests / s", min: "0.1", step: "0.1", help: "How fast reveals go to Clodura, for the whole team. Clodura does not publish its limit; a 429 answer slows sending down either way." },
  { key: "sendsPerMinute", label: "Send limit a minute", unit: "requests", min: "0", step: "1", help: "At most this many people sent to Clodura in any 60 seconds, for the whole team (a retry counts; a track poll does not). 0 is no limit. Clodura does not publish one; other integrations assume 100." },
  { key: "sendsPerDay", label: "Send limit a day", unit: "requests", min: "0", step: "1", help: "At most this many in any 24 hours. 0 is no limit; other integrations assume 2,000. Reveals past it wait their turn, and every page says until when." },
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

type Problems = Partial<Record<keyof RevealSettings, string>>;

/** The first problem with each field, in words: an empty one needs a number, not a schema's "expected number". */
function problemsOf(issues: { path: PropertyKey[]; message: string }[], values: Record<keyof RevealSettings, string>): Problems {
  const problems: Problems = {};
  for (const issue of issues) {
    const key = issue.path[0] as keyof RevealSettings;
    problems[key] ??= values[key].trim() === "" || Number.isNaN(Number(values[key])) ? "Enter a number." : issue.message;
  }
  return problems;
}

const asNumbers = (values: Record<keyof RevealSettings, string>) => Object.fromEntries(FIELDS.map(({ key }) => [key, values[key].trim() === "" ? Number.NaN : Number(values[key].trim())])) as RevealSettings;

function check(values: Record<keyof RevealSettings, string>) {
  const parsed = revealSettingsSchema.safeParse(asNumbers(values));
  return { parsed, found: parsed.success ? {} : problemsOf(parsed.error.issues, values) };
}

const asText = (values: RevealSettings) => Object.fromEntries(FIELDS.map(({ key }) => [key, String(values[key])])) as Record<keyof RevealSettings, string>;

function RevealSettingsFields({ initial, save }: { initial: RevealSettingsAnswer; save: ReturnType<typeof useSaveRevealSettings> }) {
  const saveButton = useFocusAfterSave<HTMLButtonElement>(save.isSuccess);
  const [values, setValues] = useState(() => asText(initial));
  // "Saved" speaks of what is on screen only until it is edited again.
  const unchanged = JSON.stringify(values) === JSON.stringify(asText(initial));
  const [problems, setProblems] = useState<Problems>({});
  // A value few mean (a 0-day window) is saved only on a second press, for exactly those values, once.
  const warnings = revealSettingsToConfirm(asNumbers(values), initial);
  const warningKey = Object.values(warnings).join(" ");
  const [accepted, setAccepted] = useState<string | null>(null);
  const mustConfirm = warningKey !== "" && accepted !== warningKey;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { parsed, found } = check(values);
    setProblems(found);
    const first = FIELDS.find(({ key }) => found[key]);
    if (first) return event.currentTarget.querySelector<HTMLInputElement>(`#${first.key}`)?.focus();
    if (mustConfirm) return setAccepted(warningKey);
    if (parsed.success) save.mutate(parsed.data);
  };
  const problem = Object.keys(problems).length > 0;
  // Fields named as wrong are checked again at each edit, so a message goes once it is right (the day's limit, too, once
  // the minute's is lowered); the others wait for Save.
  const edit = (key: keyof RevealSettings, value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (Object.keys(problems).length === 0) return;
    const found = check(next).found;
    setProblems(Object.fromEntries(FIELDS.flatMap(({ key: named }) => (problems[named] && found[named] ? [[named, found[named]]] : []))));
  };
  const describedBy = (key: keyof RevealSettings) => [problems[key] && `${key}-problem`, warnings[key] && `${key}-warning`, `${key}-help`].filter(Boolean).join(" ");

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
              onChange={(event) => edit(field.key, event.target.value)}
              aria-describedby={describedBy(field.key)}
              aria-invalid={problems[field.key] ? true : undefined}
              className={`w-24 rounded-md border bg-white px-2 py-1 text-right font-mono dark:bg-zinc-900 ${problems[field.key] ? "border-red-600 dark:border-red-500" : "border-zinc-300 dark:border-zinc-700"}`}
            />
            <span className="w-24 text-xs text-zinc-500">{field.unit}</span>
          </span>
          {problems[field.key] ? (
            <p id={`${field.key}-problem`} className="col-span-2 text-xs font-medium text-red-700 dark:text-red-400">
              {problems[field.key]}
            </p>
          ) : null}
          {warnings[field.key] ? (
            <p id={`${field.key}-warning`} role="note" className="col-span-2 text-xs font-medium text-amber-800 dark:text-amber-300">
              {warnings[field.key]}
              {mustConfirm ? null : " If that is what you mean, press “Save these settings anyway”."}
            </p>
          ) : null}
          <p id={`${field.key}-help`} className="col-span-2 text-xs text-zinc-500">
            {field.help}
          </p>
        </div>
      ))}
      {problem ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {Object.keys(problems).length === 1 ? "One value needs fixing" : `${Object.keys(problems).length} values need fixing`}: see the fields above.
        </p>
      ) : save.error ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {save.error.message}
        </p>
      ) : null}
      {save.isSuccess && !problem && unchanged ? <p role="status" className="text-emerald-700 dark:text-emerald-400">Saved. Sending and the ledger use these now.</p> : null}
      {/* "Reset to defaults" only fills the fields: said, so a reset is not taken for one already in use. */}
      {!unchanged && !save.isPending && !problem ? <p className="text-xs font-medium text-amber-800 dark:text-amber-300">Not saved yet: sending and the ledger still use the saved values until you press Save.</p> : null}
      <div className="flex gap-2">
        <Button ref={saveButton} type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : warningKey && !mustConfirm ? "Save these settings anyway" : "Save reveal settings"}
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setValues(asText(initial.defaults));
            setProblems({});
          }}
        >
          Reset to defaults<span className="sr-only"> (reveal settings)</span>
        </Button>
      </div>
    </form>
  );
}
