"use client";

import { useState } from "react";

/** A cap in credits; empty means no cap. Saves on Enter or when focus leaves, only if the value changed. */
export function BudgetInput({ label, value, onSave, disabled }: { label: string; value: number | null; onSave: (credits: number | null) => void; disabled: boolean }) {
  const [draft, setDraft] = useState(value === null ? "" : String(value));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
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
    setError(null);
    const credits = text === "" ? null : Number(text);
    if (credits !== value) onSave(credits);
  };
  return (
    <div className="flex flex-col items-end">
      <input
        aria-label={label}
        inputMode="numeric"
        placeholder="no cap"
        value={draft}
        disabled={disabled}
        aria-invalid={error !== null}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === "Enter") save();
        }}
        className="w-28 rounded-md border border-zinc-300 bg-white px-2 py-1 text-right font-mono text-sm aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900"
      />
      {error ? <span className="text-xs text-red-700">{error}</span> : null}
    </div>
  );
}
