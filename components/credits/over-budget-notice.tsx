/** Said before submitting: this list's worst case is over what a budget has left, so it will wait for a manager. */
export function OverBudgetNotice({ what, reason }: { what: "list" | "paste"; reason: string | null }) {
  if (!reason) return null;
  return (
    <p role="status" className="rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-xs text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950 dark:text-indigo-100">
      Over budget: this {what} will wait for a manager&apos;s approval before anything is sent. {reason}
    </p>
  );
}
