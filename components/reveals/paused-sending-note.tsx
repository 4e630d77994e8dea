"use client";

import { useQueueStatus } from "@/lib/reveals/use-queue-status";

/**
 * Beside a submit button while sending to Clodura is paused: the list can still be sent, but neither its new people
 * nor those it attaches to (already in progress) get an answer until an admin resumes sending.
 */
export function PausedSendingNote({ attached }: { attached: number }) {
  const { data } = useQueueStatus();
  if (!data?.pause) return null;
  const waiting = attached > 0 ? `, nor the ${attached.toLocaleString("en")} already in progress,` : "";
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      Sending to Clodura is paused: nobody new in this list{waiting} gets an answer until an admin resumes sending. You can send it now; it waits.
    </p>
  );
}
