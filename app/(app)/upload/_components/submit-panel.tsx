"use client";

import { useEffect, useEffectEvent } from "react";
import { PausedSendingNote } from "@/components/reveals/paused-sending-note";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { MAX_BATCH_NAME } from "@/lib/reveals/batch-label";
import type { LedgerCheck } from "@/lib/reveals/use-imports";
import { checkBalanceShortfall } from "@/lib/credits/check-balance-shortfall";
import { useBalanceSecondPress } from "@/lib/credits/use-balance-second-press";
import { useBudgetShortfall } from "@/lib/credits/use-budget-shortfall";
import { BalanceSecondPressNote } from "@/components/credits/balance-second-press-note";
import { CostEstimate } from "./cost-estimate";

type Props = {
  check: LedgerCheck | undefined;
  checking: boolean;
  checkError: string | null;
  charged: number;
  free: number;
  /** Rows attached to a teammate's reveal still in progress. */
  inProgress: number;
  fileName: string;
  /** The team's, whose day a daily budget resets in. */
  teamZone: string;
  listName: string;
  onListNameChange: (name: string) => void;
  viaPartners: boolean;
  onViaPartnersChange: (viaPartners: boolean) => void;
  /** Why the button is disabled, or null when it may be pressed. */
  blocked: string | null;
  /** Saving: the batch is being created; opening: it exists and its page is loading. */
  submission: "idle" | "saving" | "opening";
  submitError: string | null;
  onSubmit: () => void;
};

/** The right-hand column: partner switch, estimate and the one button that spends credits. */
export const SUBMIT_PANEL_ID = "submit-panel";

export function SubmitPanel(props: Props) {
  const { check, checking, checkError, charged, free, inProgress, fileName, teamZone, listName, onListNameChange, viaPartners, onViaPartnersChange, blocked, submission, submitError, onSubmit } = props;
  const submitting = submission !== "idle";
  const shortfall = useBudgetShortfall(check, charged, teamZone);
  const people = `${charged.toLocaleString("en")} ${charged === 1 ? "person" : "people"}`;
  const canSubmit = blocked === null && !submitting;
  // A list held for approval is the approver's to weigh against the balance.
  const balance = useBalanceSecondPress(shortfall ? null : checkBalanceShortfall(check, charged));
  const press = () => (balance.holds ? balance.arm() : onSubmit());
  const submitIfAllowed = useEffectEvent(() => {
    if (canSubmit) press();
  });
  // As on the paste page: Ctrl/⌘+Enter presses the button, from anywhere on the page.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || !(event.metaKey || event.ctrlKey)) return;
      event.preventDefault();
      submitIfAllowed();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  const label: string = shortfall ? `Send ${people} for approval` : charged > 0 ? `Reveal ${charged.toLocaleString("en")} ${charged === 1 ? "phone" : "phones"}` : free > 0 ? `Add ${free.toLocaleString("en")} free ${free === 1 ? "result" : "results"}` : "Nothing to reveal";
  return (
    <aside id={SUBMIT_PANEL_ID} aria-label="Reveal" className="scroll-mt-32 space-y-4 self-start rounded-xl border border-zinc-200 bg-white p-4 lg:sticky lg:top-16 dark:border-zinc-800 dark:bg-zinc-900">
      <label className="block text-sm font-medium">
        List name <span className="font-normal text-zinc-500">(optional)</span>
        <input
          value={listName}
          maxLength={MAX_BATCH_NAME}
          onChange={(event) => onListNameChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.metaKey && !event.ctrlKey && canSubmit) press();
          }}
          placeholder={fileName}
          className="mt-1 block h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm font-normal dark:border-zinc-700 dark:bg-zinc-900"
        />
      </label>
      <Switch
        label="Ask partner providers"
        description="When Clodura's own database has no number, ask up to seven partner providers (costs more when one finds it)."
        checked={viaPartners}
        onCheckedChange={onViaPartnersChange}
      />
      <CostEstimate check={check} shortfall={shortfall} charged={charged} free={free} updating={checking} viaPartners={viaPartners} />
      {checkError ? (
        <p className="rounded-md bg-zinc-100 px-3 py-2 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          The team ledger could not be checked ({checkError}), so every valid row is counted as new. You can still submit: people already revealed are answered for free when
          the batch is created.
        </p>
      ) : null}
      <div className="space-y-1.5">
        {/* Submitting, aria-disabled: a disabled button would drop the focus to the page while the batch is saved. */}
        <Button onClick={() => canSubmit && press()} disabled={blocked !== null} aria-disabled={submitting || undefined} aria-keyshortcuts="Control+Enter Meta+Enter" className="w-full">
          {submitting ? "Submitting…" : balance.armed ? `${label} anyway` : label}
        </Button>
        {balance.armed && !submitting ? <BalanceSecondPressNote what="list" button={`${label} anyway`} /> : null}
        {submitting ? (
          <p role="status" className="text-xs text-zinc-500 dark:text-zinc-400">
            {submission === "opening" ? "Batch created: opening it…" : savingNote(charged + free)}
          </p>
        ) : null}
        {blocked ? <p className="text-xs text-zinc-500 dark:text-zinc-400">{blocked}</p> : null}
        {!blocked && !submitting && charged === 0 && free > 0 ? (
          <p className="text-xs text-zinc-500 dark:text-zinc-400">Every valid row is in the team ledger: this creates a batch with their results at 0 credits.</p>
        ) : null}
      </div>
      {charged + inProgress > 0 ? <PausedSendingNote attached={inProgress} /> : null}
      {submitError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {submitError}
        </p>
      ) : null}
    </aside>
  );
}

/** What the wait is for: big files take seconds to save, and nothing reaches Clodura before they are saved. */
function savingNote(people: number): string {
  const who = `${people.toLocaleString("en")} ${people === 1 ? "person" : "people"}`;
  return people >= 10_000
    ? `Saving ${who} and checking the team ledger once more: a file this size takes a few seconds. Nothing is sent to Clodura before it is saved.`
    : `Saving ${who} and checking the team ledger once more…`;
}
