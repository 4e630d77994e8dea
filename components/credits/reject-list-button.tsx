"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { MAX_DECISION_NOTE } from "@/lib/credits/schemas";
import { useReturnFocus } from "@/lib/ui/use-return-focus";

type RejectListButtonProps = {
  /** The SDR whose list it is, as the team list names them. */
  owner: string;
  /** Names the button for a screen reader ("Reject Q4 list by Sam"). */
  label?: string;
  /** What rejecting does, said beside the confirming button. */
  warning: string;
  disabled?: boolean;
  onReject: (note: string) => void;
  /** Shown after Reject (the Approve button), and put away while a rejection is asked: one slip must not send the list. */
  alongside?: ReactNode;
};

/**
 * Reject asks in place, as a confirmation does, with room for a note the SDR reads on the list's page ("over this
 * month's cap: send it in December"). Cancel or Escape puts it away and the focus back on the button.
 */
export function RejectListButton({ owner, label, warning, disabled, onReject, alongside }: RejectListButtonProps) {
  const [note, setNote] = useState<string | null>(null);
  const { target: trigger, returnFocus } = useReturnFocus<HTMLButtonElement>(note === null);
  const close = () => {
    returnFocus();
    setNote(null);
  };
  if (note === null) {
    return (
      <>
        <Button ref={trigger} variant="secondary" disabled={disabled} onClick={() => setNote("")} aria-label={label}>
          Reject
        </Button>
        {alongside}
      </>
    );
  }
  const firstName = owner.split(" ")[0];
  const reject = (event: FormEvent) => {
    event.preventDefault();
    close();
    onReject(note.trim());
  };
  return (
    <form
      onSubmit={reject}
      aria-label={warning}
      className="flex w-full max-w-md flex-col gap-1.5"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        close();
      }}
    >
      <label className="text-xs font-medium">
        Note to {firstName} <span className="font-normal text-zinc-500 dark:text-zinc-400">(optional)</span>
        <input
          autoFocus
          value={note}
          maxLength={MAX_DECISION_NOTE}
          onChange={(event) => setNote(event.target.value)}
          placeholder="e.g. Over the cap: send it in December"
          className="mt-1 block h-8 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm font-normal text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        />
      </label>
      <span className="flex flex-wrap items-center justify-end gap-1.5">
        <span className="text-xs text-zinc-700 dark:text-zinc-300">{warning}</span>
        <Button type="submit" variant="danger" disabled={disabled}>
          Reject list
        </Button>
        <Button variant="ghost" onClick={close}>
          Cancel
        </Button>
      </span>
    </form>
  );
}
