import { formatDuration } from "@/lib/ui/format-duration";
import type { QueueAhead } from "./queue-ahead";
import { inTurnWith, paceInWords, sendingDoneAt } from "./send-pace";

/** Reveals sent before the last of `count` new ones: the viewer's other lists' and teammates', each taken in turn. */
function sentBefore(queue: QueueAhead, count: number): { mine: number; inTurn: number } {
  const mine = inTurnWith(queue.mine, count);
  return { mine, inTurn: inTurnWith(queue.others, mine + count) };
}

/** About how long until the last of `count` new reveals is sent; null while sending is paused. */
export function sendingTimeMs(queue: QueueAhead, count: number): number | null {
  const { mine, inTurn } = sentBefore(queue, count);
  return queue.startsInMs === null ? null : sendingDoneAt(mine + inTurn + count, queue.pace, queue.startsInMs, queue.day);
}

/**
 * The same, in words, before a list is sent: "Sent in about 7 minutes at 5 a second, taking turns with 50 from your
 * other lists and 240 from teammates'." Null with nothing to send.
 */
export function sendingTimeText(queue: QueueAhead, count: number): string | null {
  if (count <= 0) return null;
  const { mine, inTurn } = sentBefore(queue, count);
  const fmt = (n: number) => n.toLocaleString("en");
  const turns = [mine > 0 ? `${fmt(mine)} from your other lists` : "", inTurn > 0 ? `${fmt(inTurn)} from teammates'` : ""].filter(Boolean).join(" and ");
  const after = turns ? `, taking turns with ${turns}` : "";
  const ms = sendingTimeMs(queue, count);
  if (ms === null) return `Sending is paused for the whole team: ${count === 1 ? "it waits" : "they wait"} until an admin resumes it${after}.`;
  return `Sent in ${formatDuration(ms)} at ${paceInWords(mine + inTurn + count, queue.pace, queue.day)}${after}.`;
}
