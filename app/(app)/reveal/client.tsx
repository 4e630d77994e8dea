"use client";

import { useRouter } from "next/navigation";
import { useDeferredValue, useMemo, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { parsePastedProfiles } from "@/lib/linkedin";
import { useCreateReveals } from "@/lib/reveals/use-reveals";
import { PastePreview } from "./_components/paste-preview";
import { RecentBatches } from "./_components/recent-batches";

export function RevealClient() {
  const router = useRouter();
  const [text, setText] = useState("");
  const [viaPartners, setViaPartners] = useState(true);
  const deferredText = useDeferredValue(text);
  const entries = useMemo(() => parsePastedProfiles(deferredText), [deferredText]);
  const revealable = entries.filter((entry) => entry.status === "ok").length;
  const createReveals = useCreateReveals();
  const stale = deferredText !== text;

  function submit() {
    if (revealable === 0 || createReveals.isPending) return;
    createReveals.mutate({ text, viaPartners }, { onSuccess: (result) => router.push(`/batches/${result.batchId}`) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section aria-labelledby="reveal-heading" className="space-y-4">
        <div>
          <h1 id="reveal-heading" className="text-lg font-semibold">
            Reveal phone numbers
          </h1>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">
            Paste LinkedIn profile URLs or Clodura personIds: one per line, separated by commas, or inside any text.
          </p>
        </div>
        <div>
          <label htmlFor="linkedin-urls" className="text-sm font-medium">
            LinkedIn URLs
          </label>
          <textarea
            id="linkedin-urls"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            rows={14}
            spellCheck={false}
            placeholder={"https://www.linkedin.com/in/jane-doe/\nhttps://uk.linkedin.com/in/john-smith?trk=public\n2751275603503088159"}
            className="mt-1 block w-full resize-y rounded-lg border border-zinc-300 bg-white p-3 font-mono text-xs leading-5 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </div>
        <Switch
          label="Ask partner providers"
          description="When Clodura's own database has no number, ask up to seven partner providers (costs more when one finds it)."
          checked={viaPartners}
          onCheckedChange={setViaPartners}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={submit} disabled={revealable === 0 || createReveals.isPending || stale}>
            {createReveals.isPending ? "Submitting…" : "Reveal phones"}
          </Button>
          <span className="text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite">
            {revealable === 0 ? "Nothing to reveal yet." : `${revealable.toLocaleString("en")} ${revealable === 1 ? "person" : "people"} will be revealed.`}
            <span className="ml-2 hidden text-xs sm:inline">Ctrl/⌘ + Enter</span>
          </span>
        </div>
        {createReveals.error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {createReveals.error.message}
          </p>
        ) : null}
        <RecentBatches />
      </section>
      <PastePreview entries={entries} />
    </div>
  );
}
