import { z } from "zod";
import { batchNameSchema } from "./batch-label";
import type { BatchApproval } from "@/db/schema/batches";
import type { PhoneNumber } from "@/lib/clodura/types";
import type { BatchCost } from "@/lib/credits/batch-cost";
import type { SendingOutlook } from "./sending-outlook";
import type { CreatedBatch } from "./create-batch";
import type { DisplayState } from "./display-state";
import type { SentAgain, SentAgainFrom } from "./sent-again";

export const PASTE_BODY_LIMIT = 2 * 1024 * 1024;
export const MAX_PASTED_PROFILES = 10_000;
export const PASTE_TOO_LARGE = "The pasted text is over 2 MB: split it into smaller pastes.";

export const createRevealsRequestSchema = z.object({
  text: z.string().max(PASTE_BODY_LIMIT, PASTE_TOO_LARGE),
  viaPartners: z.boolean().default(true),
  /** Person keys the user chose to pay for again although the ledger has them. */
  revealAgain: z.array(z.string().max(600)).max(MAX_PASTED_PROFILES).default([]),
  name: batchNameSchema.default(null),
});
export type CreateRevealsRequest = z.input<typeof createRevealsRequestSchema>;
export type CheckedRevealsRequest = z.output<typeof createRevealsRequestSchema>;

export type CreateRevealsResponse = CreatedBatch & {
  duplicates: number;
  refused: { line: number; input: string; reason: string }[];
};

export type ProviderCell = { status: string; numbers: PhoneNumber[]; charged: boolean };

/** What a row shows: `cached` rows take the state of the reveal that answers them while it is still in flight. */
export type BatchRow = {
  revealId: string;
  state: DisplayState;
  /**
   * Answered from the ledger (or attached to a teammate's reveal in flight): who revealed it, when, and whether that found a
   * number. `resentBy`: for a row another sent again in their list, who did: the row shows its answer there.
   */
  ledger: { revealedBy: string; at: number; inFlight: boolean; withNumber: boolean; resentBy: string | null } | null;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  linkedinUrl: string | null;
  personId: string | null;
  /** The line of the uploaded file the person came from; null for a paste. */
  sourceRow: number | null;
  errorMessage: string | null;
  attempts: number;
  /** Credits charged to this reveal (estimate); 0 for ledger answers; null while unknown. */
  credits: number | null;
  results: Record<string, ProviderCell>;
};

export type BatchCounts = Record<DisplayState, number>;

/** What sending some of a list's people again may cost today, before the ledger answers any of them. */
export type ResendEstimate = { worstCase: number; expected: number };

export type BatchView = {
  id: string;
  createdAt: number;
  createdBy: string;
  createdById: string;
  source: string;
  fileName: string | null;
  name: string | null;
  pastedSummary: string | null;
  viaPartners: boolean;
  total: number;
  /**
   * `withdrawn`: rejected by the person who sent it, before a manager decided. `note`: what the manager who rejected
   * it told its SDR. `resendable`: of a list not approved, the people not sent that can still be sent in a new batch.
   * `budgetNow`: while it waits, what its owner's budgets say today when that differs from `reason` (a cap raised since).
   */
  approval: {
    state: BatchApproval;
    reason: string | null;
    decidedBy: string | null;
    decidedAt: number | null;
    withdrawn: boolean;
    note: string | null;
    resendable: number;
    budgetNow: string | null;
  };
  /**
   * Who stopped the batch and when, and how many of the reveals it cancelled can still be sent again. `notSent`: its
   * reveals never sent from this list, whether or not their people were sent again since (which shows them another state).
   */
  stopped: { by: string; at: number; resendable: number; notSent: number } | null;
  /** Failed reveals another try could fix (Clodura kept erroring, or never answered). */
  retryableFailures: number;
  /** What trying those again may cost today, before the ledger answers any. */
  retryEstimate: ResendEstimate | null;
  /** Of those, the ones Clodura accepted and never answered: it may have charged for them. */
  unansweredFailures: number;
  /** Failures Clodura rejected as invalid (400/422): not offered again, as another try would fail the same way. */
  rejectedFailures: number;
  /** The new batches some of this list's people were sent again in (failed, unfinished or cancelled ones), oldest first. */
  sentAgain: SentAgain[];
  /** People a teammate sent again from this list whose reveal there ended unanswered (stopped, rejected, failed): the viewer may send them again. */
  unansweredElsewhere: number;
  /** What sending those again may cost today, before the ledger answers any. */
  unansweredElsewhereEstimate: ResendEstimate | null;
  /** For a batch made of another list's people sent again: that list. */
  sentAgainFrom: SentAgainFrom | null;
  /** Reveals Clodura's credits cut short (nothing charged) whose people nobody has sent since. */
  resendableUnfinished: number;
  /** What sending those again may cost today, before the ledger answers any. */
  unfinishedEstimate: ResendEstimate | null;
  /** With both failures to try again and unfinished reveals, what sending them all in one batch may cost; otherwise null. */
  failedAndUnfinishedEstimate: ResendEstimate | null;
  cost: BatchCost;
  /** What sending the never-sent people again (`stopped.resendable` or `approval.resendable`) may cost today, before the ledger answers any. */
  resendEstimate: ResendEstimate | null;
  counts: BatchCounts;
  /** While some of its reveals wait to be sent: how many, how many of other lists go first, and about when it is done. */
  sending: SendingOutlook | null;
  /** Of the free ledger answers (`counts.cached`), those that came with a number. */
  freeWithNumber: number;
  /** Every provider seen in this batch, in waterfall (payload) order. */
  providers: string[];
  /** Rows changed since `since` (all rows when no `since` was given), in batch order. */
  rows: BatchRow[];
  /** Pass back as `since` to fetch only what changed after this answer. */
  cursor: number;
  partial: boolean;
  /** Pass back as `after` (with a `limit`) for the next page of rows; null once every row has been sent. */
  more: number | null;
};

/** A later page of a batch's rows (the first comes with the totals): the rows, and where the next page starts. */
export type BatchPage = Pick<BatchView, "rows" | "more">;

/** The most rows one request for a batch's rows may ask for. */
export const MAX_BATCH_PAGE = 10_000;
const counter = z.string().regex(/^\d{1,15}$/, "use a whole number").transform(Number);

/** ?since= (rows changed after a cursor), or ?limit=&after= (a page of rows in batch order); neither: every row. */
export const batchViewQuerySchema = z.object({
  since: counter.optional(),
  after: counter.optional(),
  limit: counter.pipe(z.number().min(1).max(MAX_BATCH_PAGE, `Ask for at most ${MAX_BATCH_PAGE.toLocaleString("en")} rows at a time.`)).optional(),
});

export type BatchSummary = {
  id: string;
  createdAt: number;
  createdBy: string;
  source: string;
  fileName: string | null;
  name: string | null;
  pastedSummary: string | null;
  total: number;
  done: number;
  /** Found by this list's own reveals (paid for); with `freeWithNumber`, everyone the list has a number for. */
  found: number;
  /** Answered free from the team ledger, with a number or without (not those still waiting on a teammate's reveal). */
  cached: number;
  /** Of `cached`, the free answers that came with a number. */
  freeWithNumber: number;
  /** Stopped or rejected before they were sent: "done", but nothing was revealed. */
  cancelled: number;
  /** Clodura refused or never answered: the batch page says why, and may offer to try them again. */
  failed: number;
  /** Cut short by Clodura's credits before every provider was asked: to reveal again once credits are added. */
  unfinished: number;
  /** Credits charged for the list so far (estimates until the balance confirms them), as its page's "Spent". */
  credits: number;
  /** How many of its reveals were charged: the paid numbers, as Credits counts them. */
  paid: number;
  approval: BatchApproval;
  /** Rejected by its own owner before a manager decided. */
  withdrawn: boolean;
  stopped: boolean;
  /** Sent by the viewer (a manager's list shows everyone's). */
  mine: boolean;
  /** While some of it waits to be sent: in how long its last goes (ms from the answer; null while sending is paused). */
  sending: { inMs: number | null } | null;
};
