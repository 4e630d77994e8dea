"use client";

import type { BatchView } from "@/lib/reveals/schemas";
import { useQueueStatus } from "@/lib/reveals/use-queue-status";
import { useResendUnfinished } from "@/lib/reveals/use-reveals";
import { ResendNotice } from "./resend-notice";

/** Reveals Clodura's credits cut short before every provider was asked: nothing was charged, and they can be sent again. */
export function UnfinishedNotice({ batch }: { batch: BatchView }) {
  const resend = useResendUnfinished(batch.id);
  const paused = Boolean(useQueueStatus().data?.pause);
  const n = batch.resendableUnfinished;
  if (n === 0) return null;
  const them = n === 1 ? "it" : "them";
  const message =
    `${n.toLocaleString("en")} ${n === 1 ? "reveal was" : "reveals were"} cut short when Clodura's account ran out of credits, before every provider was asked. ` +
    `Nothing was charged for ${them}. ${paused ? `Sending is paused: a new batch waits until an admin adds credits and resumes it.` : `Send ${them} again now that credits are back.`}`;
  return <ResendNotice label="Unfinished reveals" tone="amber" message={message} action={`Send the ${n.toLocaleString("en")} again in a new batch`} estimate={batch.unfinishedEstimate} resend={resend} />;
}
