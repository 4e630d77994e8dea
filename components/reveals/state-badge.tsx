import type { RevealState } from "@/lib/reveals/state-machine";

/** One meaning per colour: found green, not found grey, pending blue, failed red, cached violet. */
const look: Record<RevealState, { label: string; className: string }> = {
  held: { label: "Needs approval", className: "bg-white text-zinc-700 ring-1 ring-inset ring-zinc-300 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-700" },
  queued: { label: "Queued", className: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300 animate-pending" },
  dispatching: { label: "Sending", className: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300 animate-pending" },
  awaiting: { label: "Waiting for providers", className: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300 animate-pending" },
  found: { label: "Found", className: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300" },
  not_found: { label: "Not found", className: "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300" },
  failed: { label: "Failed", className: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300" },
  cached: { label: "From ledger (free)", className: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300" },
  cancelled: { label: "Cancelled", className: "bg-zinc-200 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400" },
};

export function StateBadge({ state }: { state: RevealState }) {
  const { label, className } = look[state];
  return <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${className}`}>{label}</span>;
}
