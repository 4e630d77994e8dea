/**
 * What is left of a cap after what was spent and what reveals still running may cost, or by how much the spend alone
 * is already over it.
 */
export function CapStanding({ cap, spent, reserved, testId }: { cap: number | null; spent: number; reserved: number; testId: string }) {
  if (cap === null) return null;
  const running = reserved > 0 ? ` (${reserved.toLocaleString("en")} running)` : "";
  return spent > cap ? (
    <span data-testid={testId} className="block font-sans text-xs text-red-700 dark:text-red-400">
      {(spent - cap).toLocaleString("en")} over
    </span>
  ) : (
    <span data-testid={testId} className="block font-sans text-xs text-zinc-500 dark:text-zinc-400">
      {Math.max(0, cap - spent - reserved).toLocaleString("en")} left{running}
    </span>
  );
}
