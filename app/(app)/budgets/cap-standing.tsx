/** What is left of a cap after what was spent and what is still running, or by how much it is already over. */
export function CapStanding({ cap, spent, reserved, testId }: { cap: number | null; spent: number; reserved: number; testId: string }) {
  if (cap === null) return null;
  const left = cap - spent - reserved;
  const running = reserved > 0 ? ` (${reserved.toLocaleString("en")} running)` : "";
  return left < 0 ? (
    <span data-testid={testId} className="block text-xs font-sans text-red-700 dark:text-red-400">
      {(-left).toLocaleString("en")} over{running}
    </span>
  ) : (
    <span data-testid={testId} className="block text-xs font-sans text-zinc-500 dark:text-zinc-400">
      {left.toLocaleString("en")} left{running}
    </span>
  );
}
