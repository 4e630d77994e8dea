"use client";

import { useRouter } from "next/navigation";
import { useCallback, useDeferredValue, useEffect, useEffectEvent, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { LowBalanceNotice } from "@/components/credits/low-balance-notice";
import { OverBudgetNotice } from "@/components/credits/over-budget-notice";
import { useViewerRole } from "@/components/shell/viewer-role";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { checkBalanceShortfall } from "@/lib/credits/check-balance-shortfall";
import { useBalanceSecondPress } from "@/lib/credits/use-balance-second-press";
import { useBudgetShortfall, useSendNowInstead } from "@/lib/credits/use-budget-shortfall";
import { BalanceSecondPressNote } from "@/components/credits/balance-second-press-note";
import { ownListApprover } from "@/lib/reveals/approval-rule";
import { parsePastedProfiles } from "@/lib/linkedin";
import { MAX_BATCH_NAME } from "@/lib/reveals/batch-label";
import { MAX_PASTED_PROFILES, PASTE_BODY_LIMIT, PASTE_TOO_LARGE } from "@/lib/reveals/schemas";
import type { EarlierAnswer } from "@/lib/reveals/earlier-fact";
import type { LedgerHit } from "@/lib/reveals/ledger";
import { useCheckProfiles } from "@/lib/reveals/use-imports";
import { personIdsByKey } from "@/lib/reveals/person-ids-by-key";
import { useCreateReveals } from "@/lib/reveals/use-reveals";
import { useDebouncedValue } from "@/lib/ui/use-debounced-value";
import { useInputBeforeHydration } from "@/lib/ui/use-input-before-hydration";
import { isRevealedAgain } from "@/lib/reveals/reveal-again";
import { MyBudget } from "./_components/my-budget";
import { PasteCost } from "./_components/paste-cost";
import { PastePreview } from "./_components/paste-preview";
import { RecentBatches } from "./_components/recent-batches";

const NO_LEDGER: Record<string, LedgerHit> = {};
const NO_EARLIER: Record<string, EarlierAnswer> = {};

/** `teamZone`: the team's, whose day the spend line counts. */
export function RevealClient({ initialText = "", initialAgain = false, teamZone }: { initialText?: string; initialAgain?: boolean; teamZone: string }) {
  const router = useRouter();
  const [text, setText] = useState(initialText);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useInputBeforeHydration(textarea, (field) => setText(field.value));
  const [name, setName] = useState("");
  const nameField = useRef<HTMLInputElement>(null);
  useInputBeforeHydration(nameField, (field) => setName(field.value));
  const [viaPartners, setViaPartners] = useState(true);
  const deferredText = useDeferredValue(text);
  const entries = useMemo(() => parsePastedProfiles(deferredText), [deferredText]);
  const okKeys = useMemo(() => entries.flatMap((entry) => (entry.status === "ok" ? [entry.key] : [])), [entries]);
  const revealable = okKeys.length;
  const unsupported = useMemo(() => entries.filter((entry) => entry.status === "unsupported").length, [entries]);
  // The ledger is asked once typing pauses, not on every keystroke.
  const settledKeys = useDebouncedValue(okKeys, 400);
  // A line naming a profile and its personId: the ledger finds the person by either, as the batch will.
  const settledPersonIds = useDebouncedValue(useMemo(() => personIdsByKey(entries), [entries]), 400);
  const check = useCheckProfiles(settledKeys, viaPartners, settledPersonIds);
  const ledger = check.data?.ledger ?? NO_LEDGER;
  // Ticked only where the ledger allows it (isRevealedAgain), so a person still under way is attached all the same.
  const [revealAgain, setRevealAgain] = useState<ReadonlySet<string>>(() => new Set(initialAgain ? parsePastedProfiles(initialText).flatMap((entry) => (entry.status === "ok" ? [entry.key] : [])) : []));
  const { charged, free } = useMemo(() => {
    let free = 0;
    for (const key of okKeys) if (ledger[key] && !isRevealedAgain(key, ledger, revealAgain)) free += 1;
    return { charged: okKeys.length - free, free };
  }, [okKeys, ledger, revealAgain]);
  // Nothing is sent: the button and its note say so, as the upload page does.
  const allFree = revealable > 0 && charged === 0;
  const shortfall = useBudgetShortfall(check.data, charged, teamZone);
  const instead = useSendNowInstead(check.data, charged, "paste", viaPartners);
  const role = useViewerRole();
  const createReveals = useCreateReveals();
  const stale = deferredText !== text;
  // Said before pressing, not by the server after: what the server would refuse.
  const overLimit =
    text.length > PASTE_BODY_LIMIT
      ? PASTE_TOO_LARGE
      : revealable > MAX_PASTED_PROFILES
        ? `A paste can hold at most ${MAX_PASTED_PROFILES.toLocaleString("en")} profiles; this one has ${revealable.toLocaleString("en")}. Split the list or upload it as a CSV.`
        : null;
  // The ledger check answered for exactly the lines shown: its cost and balance figures apply to them.
  const checkedAsShown = !stale && settledKeys === okKeys;
  // Until the ledger answers for these lines, the button cannot say what pressing it does (reveal, free results, or
  // wait for approval). A check that failed does not block: the server checks again when the batch is created.
  const checking = revealable > 0 && !check.error && (!checkedAsShown || check.isPending || check.isPlaceholderData);
  // Ctrl/⌘+Enter pressed while checking (or before the preview caught up with a paste): the text it was pressed for,
  // sent once the check answers for it, unless it says the list needs approval.
  const submitWhenChecked = useRef<string | null>(null);
  const balanceShort = checkedAsShown ? checkBalanceShortfall(check.data, charged) : null;
  const balance = useBalanceSecondPress(shortfall ? null : balanceShort);

  const onToggleAgain = useCallback((key: string, again: boolean) => {
    setRevealAgain((current) => {
      const next = new Set(current);
      if (again) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  function submit() {
    if (createReveals.isPending) return;
    // Pressed for what the preview does not show yet: asked again (with every check) once it does.
    if (stale || checking) {
      submitWhenChecked.current = text;
      return;
    }
    if (revealable === 0 || overLimit) return;
    if (balance.holds) return balance.arm();
    const again = okKeys.filter((key) => isRevealedAgain(key, ledger, revealAgain));
    createReveals.mutate({ text, viaPartners, revealAgain: again, name }, { onSuccess: (result) => router.push(`/batches/${result.batchId}`) });
  }

  const onChecked = useEffectEvent(() => {
    const pressedFor = submitWhenChecked.current;
    submitWhenChecked.current = null;
    // Edited since: what was pressed for is not what is shown.
    if (pressedFor !== text) return;
    // Over budget, the button now says "Send for approval": that is for the rep to press, knowingly.
    if (!shortfall) submit();
  });
  useEffect(() => {
    if (!checking && !stale) onChecked();
  }, [checking, stale]);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      submit();
    }
  }

  return (
    // On a phone the preview comes right after the form it explains, before the recent batches; side by side on a desktop.
    <div className="grid grid-cols-1 gap-x-6 gap-y-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
      <section aria-labelledby="reveal-heading" className="space-y-4">
        <div>
          <h1 id="reveal-heading" className="text-lg font-semibold">
            Reveal phone numbers
          </h1>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">
            Paste LinkedIn profile URLs or Clodura personIds: one per line, separated by commas, or inside any text.
          </p>
        </div>
        <MyBudget teamZone={teamZone} />
        <div>
          <label htmlFor="linkedin-urls" className="text-sm font-medium">
            LinkedIn URLs
          </label>
          <textarea
            id="linkedin-urls"
            ref={textarea}
            value={text}
            onChange={(event) => {
              // Pressed for the text as it was: an edit takes it back.
              submitWhenChecked.current = null;
              setText(event.target.value);
            }}
            onKeyDown={onKeyDown}
            rows={14}
            spellCheck={false}
            placeholder={"https://www.linkedin.com/in/jane-doe/\nhttps://uk.linkedin.com/in/john-smith?trk=public\n2751275603503088159"}
            className="mt-1 block w-full resize-y rounded-lg border border-zinc-300 bg-white p-3 font-mono text-xs leading-5 shadow-sm max-sm:h-40 outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-600 dark:focus:ring-indigo-400 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </div>
        <div>
          <label htmlFor="list-name" className="text-sm font-medium">
            List name <span className="font-normal text-zinc-500">(optional)</span>
          </label>
          <input
            id="list-name"
            ref={nameField}
            value={name}
            maxLength={MAX_BATCH_NAME}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") submit();
            }}
            placeholder="e.g. Acme webinar attendees"
            className="mt-1 block h-9 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-600 dark:focus:ring-indigo-400 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </div>
        <Switch
          label="Ask partner providers"
          description="When Clodura's own database has no number, ask up to seven partner providers (costs more when one finds it)."
          checked={viaPartners}
          onCheckedChange={setViaPartners}
        />
        <div className="flex flex-wrap items-center gap-3">
          {/* Pending, aria-disabled (submit() ignores a second press): a disabled button would drop the focus to the page. */}
          <Button onClick={submit} disabled={revealable === 0 || checking || overLimit !== null} aria-disabled={createReveals.isPending || undefined}>
            {createReveals.isPending ? "Submitting…" : checking ? "Checking the ledger…" : shortfall ? "Send for approval" : allFree ? `Add ${free.toLocaleString("en")} free ${free === 1 ? "result" : "results"}` : balance.armed ? "Reveal phones anyway" : "Reveal phones"}
          </Button>
          <span className="text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite">
            {revealable === 0
              ? "Nothing to reveal yet."
              : allFree
                ? "Everyone pasted is in the team ledger: this creates a batch with their results at 0 credits."
                : `${charged.toLocaleString("en")} ${charged === 1 ? "person" : "people"} will be revealed${shortfall ? ` once ${ownListApprover(role).approves}` : ""}.`}
            {revealable > 0 && free > 0 && !allFree ? <span className="ml-1.5 text-violet-700 dark:text-violet-300">{free.toLocaleString("en")} free from the team ledger.</span> : null}
            {unsupported > 0 ? (
              <span className="ml-1.5 text-red-700 dark:text-red-400">
                {unsupported.toLocaleString("en")} {unsupported === 1 ? "line is" : "lines are"} not a profile: see the preview.
              </span>
            ) : null}
            <span className="ml-2 hidden text-xs sm:inline">Ctrl/⌘ + Enter</span>
          </span>
          {balance.armed && !createReveals.isPending ? <BalanceSecondPressNote what="paste" button="Reveal phones anyway" /> : null}
          {overLimit ? (
            <p data-testid="paste-limit" className="basis-full text-sm text-red-700 dark:text-red-400">
              {overLimit}
            </p>
          ) : null}
        </div>
        {checkedAsShown ? <PasteCost check={check.data} charged={charged} /> : null}
        <OverBudgetNotice what="paste" reason={shortfall} instead={instead} />
        <LowBalanceNotice what="paste" short={balanceShort} />
        {check.error && revealable > 0 ? (
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            The team ledger could not be checked ({check.error.message}). You can still submit: people already revealed are answered for free when the batch is created.
          </p>
        ) : null}
        {createReveals.error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {createReveals.error.message}
          </p>
        ) : null}
      </section>
      <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <PastePreview entries={entries} ledger={ledger} earlier={check.data?.earlier ?? NO_EARLIER} freshnessDays={check.data?.freshnessDays ?? 90} revealAgain={revealAgain} onToggleAgain={onToggleAgain} worstPerReveal={check.data?.worstPerReveal ?? null} />
      </div>
      <div className="min-w-0 lg:col-start-1 lg:row-start-2">
        <RecentBatches />
      </div>
    </div>
  );
}
