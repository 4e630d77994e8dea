import type { TeamQueue } from "@/lib/reveals/team-queue";
import { teamQueueText } from "@/lib/reveals/team-queue-words";
import { formatDuration } from "@/lib/ui/format-duration";

/** The team's sending at a glance, for a manager: how much waits, whose, and how long it takes at the team's pace. */
export function TeamQueueLine({ queue }: { queue: TeamQueue }) {
  return (
    <p data-testid="team-queue" className="text-sm text-zinc-600 dark:text-zinc-400">
      {teamQueueText(queue)}
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
