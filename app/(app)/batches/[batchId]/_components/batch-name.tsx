"use client";

import { useState, type FormEvent } from "react";
import { useReturnFocus } from "@/lib/ui/use-return-focus";
import { Button } from "@/components/ui/button";
import { batchLabel, MAX_BATCH_NAME } from "@/lib/reveals/batch-label";
import type { BatchView } from "@/lib/reveals/schemas";
import { useRenameBatch } from "@/lib/reveals/use-reveals";

/** The list's name in the breadcrumb, renamed in place (Enter saves, Escape cancels, empty goes back to the default). */
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
    return (
      <>
        {batchLabel(batch)}{" "}
        <button
          ref={renameButton}
          type="button"
          onClick={() => {
            rename.reset();
            setDraft(batch.name ?? "");
          }}
          className="ml-1 rounded px-1 text-indigo-600 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-400"
        >
          Rename
        </button>
      </>
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
        className="h-7 w-64 rounded-md border border-zinc-300 bg-white px-2 text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      />
      <Button type="submit" size="sm" aria-disabled={rename.isPending || undefined}>
        {rename.isPending ? "Saving…" : "Save"}
      </Button>
      <Button variant="ghost" size="sm" onClick={close}>
        Cancel
      </Button>
      {rename.error ? (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {rename.error.message}
        </span>
      ) : null}
    </form>
  );
}
