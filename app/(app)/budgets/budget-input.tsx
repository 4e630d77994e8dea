"use client";

import { useId, useState } from "react";
import { MAX_BUDGET } from "@/lib/credits/schemas";

type BudgetInputProps = { label: string; value: number | null; onSave: (credits: number | null) => Promise<unknown>; warning?: string | null };

/**
 * A cap in credits; empty means no cap. Saves on Enter or when focus leaves, only if the value changed. Never disabled
 * while a save runs: Tab moves on to the next cap, and typing there must not be lost. `warning`: about the cap as saved.
 */
export function BudgetInput({ label, value, onSave, warning }: BudgetInputProps) {
  const [draft, setDraft] = useState(value === null ? "" : String(value));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [shown, setShown] = useState(value);
  const messageId = useId();
  const warningId = useId();
  if (shown !== value) {
    setShown(value);
    setDraft(value === null ? "" : String(value));
  }
  const save = () => {
    const text = draft.replaceAll(",", "").trim();
    if (text !== "" && !/^\d+$/.test(text)) {
      setError("Whole credits, or empty for no cap");
      return;
    }
    if (Number(text) > MAX_BUDGET) {
      setError(`At most ${MAX_BUDGET.toLocaleString("en")} credits`);
      return;
    }
    setError(null);
    const credits = text === "" ? null : Number(text);
    if (credits === value) return;
    setSaved(false);
    setSaving(true);
    // A failed save is reported above the table; here it only stops saying "Saving…".
    onSave(credits).then(
      () => setSaved(true),
      () => {},
    ).finally(() => setSaving(false));
  };
  return (
    <div className="flex flex-col items-end">
      <input
        aria-label={label}
        aria-describedby={warning ? `${messageId} ${warningId}` : messageId}
        inputMode="numeric"
        placeholder="no cap"
        value={draft}
        aria-invalid={error !== null}
        onChange={(event) => {
          setDraft(event.target.value);
          setSaved(false);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === "Enter") save();
        }}
        className="w-28 rounded-md border border-zinc-300 bg-white px-2 py-1 text-right font-mono text-sm aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900"
      />
      {/* As wide as the field, wrapping: a long error does not widen the column and shift the whole table. */}
      <span id={messageId} role={error ? "alert" : "status"} className={`w-28 text-right text-xs ${error ? "text-red-700 dark:text-red-400" : "text-zinc-500 dark:text-zinc-400"}`}>
        {error ?? (saving ? "Saving…" : saved ? "Saved" : "")}
      </span>
      {/* Only where a warning can come (the daily cap), kept in place so a new one is announced. */}
      {warning === undefined ? null : <CapWarning id={warningId} warning={warning} />}
    </div>
  );
}

/** Said once saved, whichever of the two caps was changed last; wider than the field, as it is a sentence. */
export function CapWarning({ id, warning }: { id?: string; warning: string | null }) {
  return (
    <span id={id} role="status" data-testid="cap-warning" className="w-44 text-right text-xs text-amber-800 empty:hidden dark:text-amber-300">
      {warning}
    </span>
  );
}
