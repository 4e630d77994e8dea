import { displayStateLabels, type DisplayState } from "@/lib/reveals/display-state";

/** One meaning per colour: found green, not found grey, cut short by credits amber, pending blue, failed red, cached violet. */
const looks: Record<DisplayState, string> = {
  held: "bg-white text-zinc-700 ring-1 ring-inset ring-zinc-300 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-700",
  queued: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300 animate-pending",
  dispatching: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300 animate-pending",
  awaiting: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300 animate-pending",
  found: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  not_found: "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  unfinished: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  failed: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300",
  cached: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300",
  cancelled: "bg-zinc-200 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
};

/** `label`: said instead of the state's name, in its colour ("Answered in Morgan Lee (Manager)'s list" is a found's). */
export function StateBadge({ state, label }: { state: DisplayState; label?: string }) {
  return <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${looks[state]}`}>{label ?? displayStateLabels[state]}</span>;
}
