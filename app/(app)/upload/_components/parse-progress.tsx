import { Button } from "@/components/ui/button";

export function ParseProgress({ fileName, fraction, onCancel }: { fileName: string; fraction: number; onCancel: () => void }) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="space-y-2 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-center justify-between gap-3 text-sm">
        <p className="min-w-0 flex-1 truncate">
          Reading <span className="font-medium">{fileName}</span>…
        </p>
        <span className="font-mono text-xs text-zinc-500" aria-hidden>
          {percent}%
        </span>
        <Button variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <div
        role="progressbar"
        aria-label={`Reading ${fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
        className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div className="h-full bg-sky-500 transition-[width] duration-150" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
