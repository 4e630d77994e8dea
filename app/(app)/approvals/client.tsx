"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { LowBalanceNotice } from "@/components/credits/low-balance-notice";
import { Button } from "@/components/ui/button";
import { RejectListButton } from "@/components/credits/reject-list-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { Role } from "@/lib/auth/roles";
import { decisionMessage, mayApprove, OWN_LIST_NOTE } from "@/lib/reveals/approval-rule";
import { decisionErrorMessage } from "@/lib/reveals/already-decided";
import { useApprovals, useDecideBatch } from "@/lib/credits/use-credits";
import { When } from "@/components/ui/when";
import { useQueueStatus } from "@/lib/reveals/use-queue-status";

const fmt = (value: number) => value.toLocaleString("en");
const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

export function ApprovalsClient({ viewer }: { viewer: { id: string; role: Role } }) {
  const approvals = useApprovals();
  const decide = useDecideBatch();
  // While sending is paused an approved list waits with the rest: said here, not "being sent".
  const paused = Boolean(useQueueStatus().data?.pause);
  const heading = useRef<HTMLHeadingElement>(null);
  const [decided, setDecided] = useState("");
  // The card, and the button that was pressed, go away: say what happened, and keep the focus on the page.
  const decideList = (item: { batchId: string; name: string; createdBy: string }, decision: "approve" | "reject" | "withdraw", note?: string) => {
    if (decide.isPending) return;
    decide.mutate(
      { batchId: item.batchId, decision, note },
      {
        onSuccess: () => {
          setDecided(decisionMessage(item, decision, paused));
          heading.current?.focus();
        },
      },
    );
  };
  type Item = NonNullable<typeof approvals.data>[number];
  const approveOrNote = (item: Item) =>
    mayApprove(viewer, item.createdById) ? (
      <Button aria-disabled={decide.isPending || undefined} onClick={() => decideList(item, "approve")} aria-label={`Approve ${item.name} by ${item.createdBy}`}>
        Approve
      </Button>
    ) : (
      <p className="max-w-56 self-center text-xs text-zinc-500 dark:text-zinc-400">{OWN_LIST_NOTE}</p>
    );
  return (
    <div className="space-y-4">
      <div>
        <h1 ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          Approvals
        </h1>
        <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden dark:text-emerald-300">
          {decided}
        </p>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Lists held because their worst case is over a budget. {paused ? "Approve to send them once an admin resumes sending (it is paused)" : "Approve to send them now"}, or reject: nothing was sent or charged yet.</p>
      </div>
      {approvals.error ? <p role="alert" className="text-sm text-red-700">{approvals.error.message}</p> : null}
      {decide.error ? <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{decisionErrorMessage(decide.error)}</p> : null}
      {approvals.data && approvals.data.length === 0 ? (
        <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
          <p className="font-medium">Nothing waits for approval</p>
          <p className="mt-1 text-sm text-zinc-500">Lists over a budget appear here. Set budgets on the Budgets page.</p>
        </div>
      ) : null}
      <ul className="space-y-3">
        {approvals.data?.map((item) => (
          <li key={item.batchId} className="flex flex-wrap items-center gap-4 rounded-xl border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
            <div className="min-w-0 flex-1 text-sm max-sm:basis-full">
              <p>
                <Link href={`/batches/${item.batchId}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                  {item.name}
                </Link>{" "}
                by {item.createdBy} · <When at={item.createdAt} />
              </p>
              <p className="text-zinc-600 dark:text-zinc-400">
                {plural(item.held, "new reveal")} on hold, in a list of {plural(item.total, "person", "people")} · worst case <span className="font-mono">{fmt(item.worstCase)}</span> credits · expected <span className="font-mono">{fmt(item.expected)}</span>
              </p>
              <p className="text-xs text-zinc-500">{item.reason}</p>
              {item.budgetNow ? <p className="text-xs font-medium text-zinc-700 dark:text-zinc-300">{item.budgetNow}</p> : null}
              {item.balance ? (
                <div className="mt-2">
                  <LowBalanceNotice what="list" short={item.balance} />
                </div>
              ) : null}
            </div>
            <div className="flex gap-2">
              {item.createdById === viewer.id ? (
                // Their own list: taken back as its owner, in the owner's words (a rejection is someone else's).
                <ConfirmButton label={`Withdraw ${item.name}`} warning="Your list will not be sent." confirmLabel="Withdraw list" onConfirm={() => decideList(item, "withdraw")} alongside={approveOrNote(item)}>
                  Withdraw
                </ConfirmButton>
              ) : (
                <RejectListButton
                  owner={item.createdBy}
                  label={`Reject ${item.name} by ${item.createdBy}`}
                  warning={`${item.createdBy.split(" ")[0]}'s list will not be sent.`}
                  onReject={(note) => decideList(item, "reject", note)}
                  alongside={approveOrNote(item)}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
