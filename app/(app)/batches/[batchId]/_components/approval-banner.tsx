"use client";

import { Button } from "@/components/ui/button";
import { hasRole, type Role } from "@/lib/auth/roles";
import { mayApprove, OWN_LIST_NOTE, ownListApprover } from "@/lib/reveals/approval-rule";
import { decisionErrorMessage } from "@/lib/reveals/already-decided";
import { RejectListButton } from "@/components/credits/reject-list-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useDecideBatch } from "@/lib/credits/use-credits";
import { batchDecision, sentPeople } from "@/lib/reveals/declined-whole";
import type { BatchView } from "@/lib/reveals/schemas";
import { When } from "@/components/ui/when";
import { SendAgainButton } from "./send-again-button";

/** Why a batch waits, and for a manager the decision (not approving their own list); after the decision, who made it. */
export function ApprovalBanner({ batch, viewer }: { batch: BatchView; viewer: { id: string; role: Role } | null }) {
  const canDecide = viewer !== null && hasRole(viewer.role, "manager");
  const own = viewer !== null && viewer.id === batch.createdById;
  const decide = useDecideBatch();
  const { approval } = batch;
  // Stopped while some of it waited for approval: the stop notice says what was not sent.
  if (approval.state === "none" || (approval.state === "rejected" && batch.stopped)) return null;
  const partly = sentPeople(batchDecision(batch)) > 0;
  if (approval.state !== "pending") {
    const approved = approval.state === "approved";
    return (
      <div
        className={`flex flex-wrap items-center gap-3 rounded-lg border px-3 py-2 text-sm ${approved ? "border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : "border-zinc-300 bg-zinc-50 text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300"}`}
      >
        <p className="min-w-0 flex-1 basis-60">
          {approved ? "Approved over budget" : approval.withdrawn ? "Withdrawn" : "Rejected"} by {approval.decidedBy ?? "a manager"}
          {approval.decidedAt ? <> <When at={approval.decidedAt} inSentence /></> : null}
          {approved ? "." : partly ? ": the people it held were not sent; the rest of the list went on." : ": nothing in this list was sent or charged."}
          <DecisionNote approval={approval} />
        </p>
        {/* Its owner may send them after all (next month, or once a cap is raised): as a new list, checked again. */}
        {own && approval.resendable > 0 ? <SendAgainButton batchId={batch.id} count={approval.resendable} what="not sent" estimate={batch.resendEstimate} /> : null}
      </div>
    );
  }
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950 dark:text-indigo-100">
      <div className="min-w-0 flex-1 basis-60">
        <p className="font-medium">Waiting for {own && viewer ? ownListApprover(viewer.role).approval : "a manager's approval"}: {onHold(batch.counts.held, partly)}</p>
        <p className="mt-0.5 text-indigo-900/80 dark:text-indigo-200/80">{approval.reason}</p>
        {approval.budgetNow ? <p className="mt-0.5 font-medium">{approval.budgetNow}</p> : null}
        {decide.error ? <p role="alert" className="mt-1 text-red-700 dark:text-red-400">{decisionErrorMessage(decide.error)}</p> : null}
      </div>
      {canDecide && viewer && mayApprove(viewer, batch.createdById) ? (
        <div className="flex flex-wrap items-center gap-2">
          <RejectListButton
            owner={batch.createdBy}
            warning={partly ? "The people it holds will not be sent; the rest goes on." : "This list will not be sent."}
            disabled={decide.isPending}
            onReject={(note) => decide.mutate({ batchId: batch.id, decision: "reject", note })}
            alongside={
              <Button disabled={decide.isPending} onClick={() => decide.mutate({ batchId: batch.id, decision: "approve" })}>
                Approve and send
              </Button>
            }
          />
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <p className="max-w-64 text-xs text-indigo-900/70 dark:text-indigo-200/70">{own && canDecide ? OWN_LIST_NOTE : "A manager can approve it from Approvals. You will see it start here."}</p>
          {own ? (
            <ConfirmButton warning={partly ? "The people it holds will not be sent; the rest goes on." : "Your list will not be sent."} confirmLabel="Withdraw list" disabled={decide.isPending} onConfirm={() => decide.mutate({ batchId: batch.id, decision: "withdraw" })}>
              Withdraw
            </ConfirmButton>
          ) : null}
        </div>
      )}
    </div>
  );
}

/** What the manager who rejected the list told its SDR, if anything. */
export function DecisionNote({ approval }: { approval: BatchView["approval"] }) {
  if (!approval.note) return null;
  return (
    <span className="mt-1 block" data-testid="decision-note">
      {approval.decidedBy ?? "The manager"}&apos;s note: “{approval.note}”
    </span>
  );
}

/** A list held whole has sent nothing; one held only for people freed from a teammate's stopped reveal sends the rest. */
function onHold(heldCount: number, partly: boolean): string {
  const held = `${heldCount.toLocaleString("en")} new ${heldCount === 1 ? "reveal is" : "reveals are"} on hold`;
  return partly ? `${held}; the rest of the list is sent as usual.` : `${held}, nothing has been sent.`;
}
