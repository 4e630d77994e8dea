import { formatDuration } from "@/lib/ui/format-duration";
import type { QueueAhead } from "./queue-ahead";
import { paceInWords, sendingDoneAt } from "./send-pace";

/** About how long until the last of `count` new reveals is sent behind the team's queue; null while sending is paused. */
export function sendingTimeMs(queue: QueueAhead, count: number): number | null {
  return queue.startsInMs === null ? null : sendingDoneAt(queue.waiting + count, queue.pace, queue.startsInMs, queue.day);
}

/**
 * The same, in words, before a list is sent: "Sent in about 7 minutes at 5 a second, after 240 already waiting." Null
 * with nothing to send.
 */
export function sendingTimeText(queue: QueueAhead, count: number): string | null {
  if (count <= 0) return null;
  const after = queue.waiting > 0 ? `, after ${queue.waiting.toLocaleString("en")} already waiting` : "";
  const ms = sendingTimeMs(queue, count);
  if (ms === null) return `Sending is paused for the whole team: ${count === 1 ? "it waits" : "they wait"} until an admin resumes it${after}.`;
  return `Sent in ${formatDuration(ms)} at ${paceInWords(queue.waiting + count, queue.pace, queue.day)}${after}.`;
}
