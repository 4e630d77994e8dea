"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { When } from "@/components/ui/when";
import type { CloduraTrouble } from "@/lib/reveals/clodura-trouble";
import type { SendLimitReached } from "@/lib/reveals/send-limits";
import { useQueueStatus, useResumeQueue } from "@/lib/reveals/use-queue-status";

/**
 * Shown while sending is paused (Clodura's 401/402/403, or a provider's "Insufficient Credits"). Queued reveals wait;
 * nothing is failed or charged. The message says what happened and what an admin must do; only admins get the button.
 */
export function QueueBanner({ isAdmin }: { isAdmin: boolean }) {
  const { data } = useQueueStatus();
  const resume = useResumeQueue();
  const pause = data?.pause;
  if (!pause && resume.isSuccess && !resume.data.pause) return <ResumedNote waiting={resume.data.waiting} onDone={resume.reset} />;
  // Said while reveals wait on it: once none is left to send, there is nothing to stand still.
  if (!pause) {
    if (data?.trouble && data.waiting > 0) return <TroubleNote trouble={data.trouble} waiting={data.waiting} />;
    return data?.sendLimit ? <SendLimitNote limit={data.sendLimit} waiting={data.waiting} isAdmin={isAdmin} /> : null;
  }
  const topUp = data.balanceSincePause && data.balanceSincePause.remaining > 0 ? data.balanceSincePause : null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <div className="mx-auto flex max-w-[1400px] flex-wrap items-center gap-3 px-4 py-2.5">
        {/* Grows from 24rem: beside the button where that fits, over it on a phone (squeezed beside it, it ran ten lines). */}
        <p className="min-w-0 flex-[1_1_24rem]">
          <strong className="font-semibold">Sending to Clodura is paused.</strong> {pause.message}{" "}
          {data.waiting > 0 ? `${data.waiting.toLocaleString("en")} ${data.waiting === 1 ? "reveal is" : "reveals are"} waiting and will not be charged until it resumes. ` : ""}
          {topUp ? (
            <span data-testid="balance-since-pause">
              Since then Clodura&apos;s balance has read {topUp.remaining.toLocaleString("en")} {topUp.kind === "prospect" ? "phone credits" : "credits"} left (<When at={topUp.at} />): {isAdmin ? "if credits were added, resume sending. " : "an admin can resume sending. "}
            </span>
          ) : null}
          {isAdmin ? "" : askAnAdmin(data.admins)}
          {isAdmin && data.sandboxMode ? " In sandbox mode, resuming also refills the simulated balance." : ""}
        </p>
        {isAdmin ? (
          <Button size="sm" onClick={() => resume.mutate()} disabled={resume.isPending}>
            {resume.isPending ? "Resuming…" : "Resume sending"}
          </Button>
        ) : null}
        {resume.error ? <span className="text-xs">{resume.error.message}</span> : null}
      </div>
    </div>
  );
}

/** "Ask Avery Admin or Pat Lee to resume it." */
function askAnAdmin(admins: string[]): string {
  if (admins.length === 0) return "Admins see this too and can resume it.";
  const names = admins.length === 1 ? admins[0] : `${admins.slice(0, -1).join(", ")} or ${admins.at(-1)}`;
  return `Ask ${names} to resume it.`;
}

/**
 * Clodura has not taken the last few tries (server errors, rate limits, timeouts): sending goes on by itself, but the
 * team should know why lists stand still rather than find it row by row.
 */
function TroubleNote({ trouble, waiting }: { trouble: CloduraTrouble; waiting: number }) {
  return (
    <p role="status" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <strong className="font-semibold">Clodura is not taking requests right now:</strong> {trouble.failures.toLocaleString("en")} tries in a row, the first <When at={trouble.since} inSentence /> (last:{" "}
      {trouble.cause}). {waiting.toLocaleString("en")} {waiting === 1 ? "reveal waits and is tried again by itself" : "reveals wait and are tried again by themselves"}; a request Clodura turned away is not charged.
    </p>
  );
}

/** The team's own day limit is spent (a setting): lists wait their turn, which is no fault to look for. */
function SendLimitNote({ limit, waiting, isAdmin }: { limit: SendLimitReached; waiting: number; isAdmin: boolean }) {
  return (
    <p role="status" className="border-b border-sky-200 bg-sky-50 px-4 py-2 text-center text-sm text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100">
      <strong className="font-semibold">The team&apos;s send limit is reached:</strong> {limit.limit.toLocaleString("en")} {limit.limit === 1 ? "request" : "requests"} to Clodura in the last 24 hours.{" "}
      {waiting.toLocaleString("en")} {waiting === 1 ? "reveal waits" : "reveals wait"} and sending goes on <When at={limit.until} inSentence /> by itself.{" "}
      {isAdmin ? "You can change the limit in Settings." : "An admin can change the limit in Settings."}
    </p>
  );
}

const RESUMED_NOTE_MS = 8_000;

/** What pressing Resume did, for a few seconds where the banner was: the banner going away alone said nothing. */
function ResumedNote({ waiting, onDone }: { waiting: number; onDone: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, RESUMED_NOTE_MS);
    return () => clearTimeout(timer);
  }, [onDone]);
  return (
    <p role="status" className="border-b border-emerald-200 bg-emerald-50 px-4 py-2 text-center text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
      Sending resumed{waiting > 0 ? `: ${waiting.toLocaleString("en")} ${waiting === 1 ? "reveal is on its way" : "reveals are on their way"} to Clodura.` : "."}
    </p>
  );
}
