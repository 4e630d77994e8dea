"use client";

import type { ReactNode } from "react";
import { When } from "@/components/ui/when";
import type { ConnectionStatus } from "@/lib/settings/connection";
import { useQueueStatus } from "@/lib/reveals/use-queue-status";
import { useConnectionStatus } from "@/lib/settings/use-connection";

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export function ConnectionCard() {
  const status = useConnectionStatus();
  return (
    <section aria-labelledby="connection-heading" className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="connection-heading" className="text-base font-semibold">
        Clodura connection
      </h2>
      {status.error ? <p role="alert" className="text-red-700 dark:text-red-400">{status.error.message}</p> : null}
      {!status.data && !status.error ? <p className="text-zinc-500">Reading how Clodura&apos;s answers arrive…</p> : null}
      {status.data ? <ConnectionFacts status={status.data} /> : null}
    </section>
  );
}

function ConnectionFacts({ status }: { status: ConnectionStatus }) {
  const { lastDay } = status;
  // With no wait set, track is asked at once: "after the 0 s wait" would read as a fault.
  const afterWait = status.webhookWaitSeconds > 0 ? ` after the ${status.webhookWaitSeconds.toLocaleString("en")} s webhook wait` : "";
  const answered = [
    `${lastDay.byWebhook.toLocaleString("en")} by webhook`,
    `${lastDay.byTrack.toLocaleString("en")} by asking Clodura${afterWait}`,
    ...(lastDay.inFirstAnswer > 0 ? [`${lastDay.inFirstAnswer.toLocaleString("en")} in Clodura's first answer`] : []),
  ];
  const total = lastDay.byWebhook + lastDay.byTrack + lastDay.inFirstAnswer;
  return (
    <>
      {status.webhooksMissing ? (
        <p data-testid="webhooks-missing" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <strong className="font-semibold">Clodura&apos;s webhooks are not reaching this app.</strong> The last {status.trackAnswersInARow.count.toLocaleString("en")}
          {status.trackAnswersInARow.orMore ? " or more" : ""} answers came by asking Clodura{afterWait ? `, each${afterWait}` : ""}, and no webhook has
          arrived {status.lastWebhookAt ? <>since <When at={status.lastWebhookAt} inSentence /></> : "yet"}. Check that Clodura can reach{" "}
          <code className="wrap-anywhere">{status.webhookAddress}</code>, or set PUBLIC_URL to an address it can reach and restart the app.
        </p>
      ) : null}
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <Fact term="Mode">
          {status.cloduraAddress === null ? (
            <>
              <Badge tone="amber">Sandbox</Badge> The built-in Clodura simulator answers, and nothing real is spent. To use your account, set CLODURA_API_KEY and restart
              the app.
            </>
          ) : (
            <>
              <Badge tone="emerald">Live</Badge> Requests go to <code className="wrap-anywhere">{status.cloduraAddress}</code> with your account&apos;s API key
              (CLODURA_API_KEY, never shown here), and found numbers cost credits.
            </>
          )}
        </Fact>
        <Sending />
        <Fact term="Webhook address">
          <code className="wrap-anywhere">{status.webhookAddress}</code>, then a token of each request&apos;s own. It comes from PUBLIC_URL.
        </Fact>
        <Fact term="Last 24 hours">
          {total === 0 ? "No reveal has been answered." : `${count(total, "answer")}: ${answered.join(", ")}.`}
          {lastDay.webhooksRefused > 0 ? ` ${count(lastDay.webhooksRefused, "webhook")} refused: not a valid answer to the request it was sent for.` : null}
        </Fact>
        <Fact term="Last webhook">{status.lastWebhookAt ? <When at={status.lastWebhookAt} /> : "None received yet."}</Fact>
      </dl>
    </>
  );
}

/** Whether requests go out now: a pause (a refused key, no credits) is what an admin checks first when nothing moves. */
function Sending() {
  const { data } = useQueueStatus();
  if (!data) return null;
  const waiting = data.waiting > 0 ? `${data.waiting.toLocaleString("en")} ${data.waiting === 1 ? "reveal is" : "reveals are"} waiting to be sent.` : "";
  return (
    <Fact term="Sending">
      {data.pause ? (
        <span data-testid="sending-paused">
          <strong className="font-semibold text-red-800 dark:text-red-300">Paused</strong> <When at={data.pause.at} inSentence />: {data.pause.message} {waiting} Resume it from the banner at the top of the page.
        </span>
      ) : (
        `Running. ${waiting || "Nothing is waiting to be sent."}`
      )}
    </Fact>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-zinc-600 dark:text-zinc-400">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

const tones = {
  amber: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  emerald: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
};

function Badge({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return <span className={`mr-1 inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
