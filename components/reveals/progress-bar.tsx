/**
 * A list's progress: revealed (green), then not sent (grey: stopped or rejected, "done" but nothing was revealed), out
 * of everyone in it. A stopped list must not look complete.
 */
export function ProgressBar({ label, total, revealed, notSent, className }: { label: string; total: number; revealed: number; notSent: number; className: string }) {
  const share = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={revealed + notSent} className={`flex overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800 ${className}`}>
      <div className="h-full bg-emerald-500 transition-[width] duration-500 motion-reduce:transition-none" style={{ width: `${share(revealed)}%` }} />
      <div className="h-full bg-zinc-400 transition-[width] duration-500 motion-reduce:transition-none dark:bg-zinc-600" style={{ width: `${share(notSent)}%` }} title={notSent > 0 ? `${notSent.toLocaleString("en")} not sent` : undefined} />
    </div>
  );
}
