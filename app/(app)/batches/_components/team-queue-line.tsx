import type { TeamQueue } from "@/lib/reveals/team-queue";
import { formatDuration } from "@/lib/ui/format-duration";

/** The team's sending at a glance, for a manager: how much waits, whose, and how long it takes at the team's pace. */
export function TeamQueueLine({ queue }: { queue: TeamQueue }) {
  const fmt = (n: number) => n.toLocaleString("en");
  return (
    <p data-testid="team-queue" className="text-sm text-zinc-600 dark:text-zinc-400">
      {fmt(queue.waiting)} {queue.waiting === 1 ? "reveal waits" : "reveals wait"} to be sent, {queue.people === 1 ? "all from 1 person" : `from ${fmt(queue.people)} people taking turns`}
      {queue.doneInMs === null ? ": sending is paused for the whole team." : `: all sent in ${formatDuration(queue.doneInMs)} at ${queue.pace}.`}
    </p>
  );
}

/** Under a running list's progress: when its last reveal not yet sent goes. */
export function ListSendingTime({ inMs }: { inMs: number | null }) {
  return (
    <p data-testid="batch-sending" className="text-xs text-zinc-500">
      {inMs === null ? "sending paused" : `all sent in ${formatDuration(inMs)}`}
    </p>
  );
}
