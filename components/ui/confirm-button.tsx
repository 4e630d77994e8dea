"use client";

import { useId, useState, type ReactNode } from "react";
import { useReturnFocus } from "@/lib/ui/use-return-focus";
import { Button } from "./button";

type ConfirmButtonProps = {
  children: ReactNode;
  /** Names the button for a screen reader when its text alone is ambiguous ("Reject Q4 list by Sam"). */
  label?: string;
  /** What will happen, said next to the confirming button. */
  warning: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  variant?: "secondary" | "ghost";
  /** The confirming button: red for what removes or stops something, primary for what sends (and spends). */
  confirmVariant?: "danger" | "primary";
  size?: "sm" | "md";
  /** Shown after the button (another decision on the same thing), and put away while the question is asked. */
  alongside?: ReactNode;
};

/**
 * A button for what cannot be undone: the first press asks, in place, and only the second acts. The question opens with
 * the focus on Cancel; Cancel or Escape puts it away and the focus back on the button.
 */
export function ConfirmButton({ children, label, warning, confirmLabel, onConfirm, disabled, variant = "secondary", confirmVariant = "danger", size = "md", alongside }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const warningId = useId();
  const { target: trigger, returnFocus } = useReturnFocus<HTMLButtonElement>(!asking);
  const keep = () => {
    returnFocus();
    setAsking(false);
  };
  if (!asking) {
    return (
      <>
        <Button ref={trigger} variant={variant} size={size} disabled={disabled} onClick={() => setAsking(true)} aria-label={label}>
          {children}
        </Button>
        {alongside}
      </>
    );
  }
  return (
    <span
      role="group"
      // Named by the warning it shows (read once as the focus enters), not by a copy of it.
      aria-labelledby={warningId}
      className="inline-flex flex-wrap items-center justify-end gap-1.5"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        keep();
      }}
    >
      {/* Wraps in a row of buttons that does not: a long warning would push the row's other cells out of view. */}
      <span id={warningId} className="max-w-sm text-right text-xs whitespace-normal text-zinc-700 max-sm:text-left dark:text-zinc-300">
        {warning}
      </span>
      <Button
        variant={confirmVariant}
        size={size}
        disabled={disabled}
        onClick={() => {
          // The button comes back (until the action removes its row): the focus goes back to it too.
          returnFocus();
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      {/* The focus starts on the way out, as the stop's "Keep sending": Enter pressed twice must not spend or remove. */}
      <Button variant="ghost" size={size} autoFocus onClick={keep}>
        Cancel
      </Button>
    </span>
  );
}
