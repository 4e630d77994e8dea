import { formatDuration } from "@/lib/ui/format-duration";
import type { TeamQueue } from "./team-queue";

/** "12 reveals wait to be sent, from 3 people taking turns: all sent in about 4 minutes at 5 a second." */
export function teamQueueText(queue: TeamQueue): string {
  const fmt = (n: number) => n.toLocaleString("en");
  if (queue.waiting === 1) {
    return `1 reveal waits to be sent${queue.doneInMs === null ? ": sending is paused for the whole team." : `: it goes in ${formatDuration(queue.doneInMs)} at ${queue.pace}.`}`;
  }
  const waiting = `${fmt(queue.waiting)} reveals wait to be sent`;
  if (queue.doneInMs === null) return `${waiting}, ${queue.people === 1 ? "all from 1 person" : `from ${fmt(queue.people)} people`}: sending is paused for the whole team.`;
  const when = `sent in ${formatDuration(queue.doneInMs)} at ${queue.pace}.`;
  return queue.people === 1 ? `${waiting}, all from 1 person, ${when}` : `${waiting}, from ${fmt(queue.people)} people taking turns: all ${when}`;
}
