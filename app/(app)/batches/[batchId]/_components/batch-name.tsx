"use client";

import { useState, type FormEvent } from "react";
import { useReturnFocus } from "@/lib/ui/use-return-focus";
import { Button } from "@/components/ui/button";
import { batchLabel, MAX_BATCH_NAME } from "@/lib/reveals/batch-label";
import { labelEnds } from "@/lib/reveals/label-ends";
import type { BatchView } from "@/lib/reveals/schemas";
import { useRenameBatch } from "@/lib/reveals/use-reveals";

/** The list's name, the page's title, renamed in place (Enter saves, Escape cancels, empty goes back to the default). */
export function BatchName({ batch }: { batch: BatchView }) {
  const rename = useRenameBatch(batch.id);
  const [draft, setDraft] = useState<string | null>(null);
  const { target: renameButton, returnFocus } = useReturnFocus<HTMLButtonElement>(draft === null);
  // Saved, cancelled or escaped: the focus goes back to "Rename", not to the page.
  const close = () => {
    returnFocus();
    setDraft(null);
  };

  if (draft === null) {
    const label = batchLabel(batch);
    const { head, tail } = labelEnds(label);
    return (
      <div className="flex min-w-0 items-baseline gap-1">
        {/* On one line from sm up, cut in the middle: a list "… (sent again)" is told from the one it came from. Named
            whole: a screen reader reads a flex row's two parts as two words. */}
        <h1 title={label} aria-label={label} className="min-w-0 text-lg font-semibold text-balance [overflow-wrap:anywhere] sm:flex">
          <span className="sm:truncate">{head}</span>
          {tail ? <span className="sm:shrink-0 sm:whitespace-pre">{tail}</span> : null}
        </h1>
        <button
          ref={renameButton}
          type="button"
          onClick={() => {
            rename.reset();
            setDraft(batch.name ?? "");
          }}
          className="shrink-0 rounded px-1 text-xs text-indigo-600 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-400"
        >
          Rename
        </button>
      </div>
    );
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (rename.isPending) return;
    rename.mutate(draft, { onSuccess: close });
  };
  return (
    <form onSubmit={save} className="inline-flex flex-wrap items-center gap-1.5" onKeyDown={(event) => event.key === "Escape" && close()}>
      <input
        aria-label="List name"
        autoFocus
        value={draft}
        maxLength={MAX_BATCH_NAME}
        onChange={(event) => setDraft(event.target.value)}
        placeholder={batchLabel({ ...batch, name: null })}
        className="h-8 w-72 max-w-full rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      />
      <Button type="submit" size="sm" aria-disabled={rename.isPending || undefined}>
        {rename.isPending ? "Saving…" : "Save"}
      </Button>
      <Button variant="ghost" size="sm" onClick={close}>
        Cancel
      </Button>
      {draft.trim() === "" && batch.name !== null ? (
        <span className="basis-full text-xs text-zinc-500 dark:text-zinc-400">Saved empty, the list is called “{batchLabel({ ...batch, name: null })}” again.</span>
      ) : null}
      {rename.error ? (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {rename.error.message}
        </span>
      ) : null}
    </form>
  );
}
