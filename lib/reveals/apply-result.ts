import { and, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, creditLedger, providerResults, reveals, type DeliveryOutcome } from "@/db/schema";
import { firstFoundProvider, hasAnyNumber } from "@/lib/clodura/parse-result";
import type { PhoneNumber, RevealResult } from "@/lib/clodura/types";
import { countRevealOutcome } from "@/lib/credits/count-reveal-outcome";
import { recordCharge } from "@/lib/credits/record-charge";
import { announceRevealChange } from "./announce";
import { answerQueuedFrom } from "./answer-queued";
import { announceFreed, freePartnerListsOf } from "./free-attached";
import { refreshPersonSearch } from "./people-search";
import { FOUND_WITHOUT_NUMBER, foundWithoutNumberMessage } from "./found-without-number";
import { pauseForEmptyAccount } from "./queue-pause";
import { RAN_OUT_MESSAGE, RAN_OUT_OF_CREDITS, ranOutOfCredits } from "./ran-out-of-credits";
import { isFinal, LATE_ANSWER_CODES, replaceableNotFoundCodes, statesLeadingTo, takesLateAnswer, type LateAnswer, type RevealState } from "./state-machine";
import { withdrawAnswer, type EarlierCharge } from "./withdraw-answer";

export type ApplyOutcome = Extract<DeliveryOutcome, "applied" | "duplicate" | "ignored_final">;

/**
 * Applies a complete result to a reveal, once. A reveal already in a final state is left untouched:
 * the same result again is a "duplicate", anything else is "ignored_final" (a final state never moves back). The
 * exceptions (`takesLateAnswer`): a failure Clodura may have answered after all, a "not found" nothing was charged
 * for that a later answer shows wrong, and a found without a number that a later answer brings the number for; that
 * answer is applied, and replaces the "not found".
 */
export function applyRevealResult(db: Db, revealId: string, result: RevealResult, now = new Date()): ApplyOutcome {
  const { outcome, batchId, state, ranOut, sentAt, freed } = db.transaction(
    (tx) => {
      const reveal = tx.select().from(reveals).where(eq(reveals.id, revealId)).get();
      if (!reveal) throw new Error(`reveal ${revealId} does not exist`);
      const charged = firstFoundProvider(result);
      const withNumber = charged !== null && hasAnyNumber(result);
      const answer: LateAnswer = { charged, withNumber };
      // Only a found without a number was charged and is still "not found": its charge stands if a number comes.
      const earlier = reveal.errorCode === FOUND_WITHOUT_NUMBER ? earlierChargeOf(db, revealId) : null;
      if (isFinal(reveal.state) && !takesLateAnswer({ ...reveal, chargedBy: earlier?.provider ?? null }, answer)) {
        const stored = tx
          .select({ provider: providerResults.provider, status: providerResults.status, numbers: providerResults.numbers })
          .from(providerResults)
          .where(eq(providerResults.revealId, revealId))
          .all();
        const outcome: ApplyOutcome = sameProviders(stored, result) ? "duplicate" : "ignored_final";
        return { outcome, batchId: reveal.batchId, state: reveal.state, ranOut: false, sentAt: 0, freed: [] as string[] };
      }
      // Clodura bills by its own "found", so the charge stands (and the balance check shows it if Clodura did not take
      // it); but a "found" without a number is no answer to reuse as found: the person can be revealed again.
      const state = withNumber ? "found" : "not_found";
      const ranOut = ranOutOfCredits(result);
      const emptyFound = charged !== null && state === "not_found";
      const moved = tx
        .update(reveals)
        .set({
          state,
          trackingId: reveal.trackingId ?? result.trackingId,
          completedAt: now,
          updatedAt: now,
          leaseOwner: null,
          leaseUntil: null,
          // A failure another sent again was attached to its new reveal: its own answer is what it shows now.
          sourceRevealId: null,
          errorCode: ranOut ? RAN_OUT_OF_CREDITS : emptyFound ? FOUND_WITHOUT_NUMBER : null,
          errorMessage: ranOut ? RAN_OUT_MESSAGE : emptyFound ? foundWithoutNumberMessage(charged) : null,
        })
        .where(and(eq(reveals.id, revealId), finishableBy(state, answer)))
        .run();
      // A state this result cannot finish (a reveal held for approval was never sent): store nothing, charge nothing.
      if (moved.changes === 0) return { outcome: "ignored_final" as ApplyOutcome, batchId: reveal.batchId, state: reveal.state, ranOut: false, sentAt: 0, freed: [] as string[] };
      // A found without a number that this answer fills in keeps the charge it had: nothing is charged again.
      if (reveal.state === "not_found") withdrawAnswer(db, reveal, earlier);
      if (result.providers.length > 0) {
        tx.insert(providerResults)
          .values(
            result.providers.map((outcome) => ({
              revealId,
              provider: outcome.provider,
              status: outcome.status,
              position: outcome.position,
              numbers: outcome.numbers,
              charged: outcome.provider === (earlier?.provider ?? charged),
            })),
          )
          .run();
      }
      // A personId is an identity the ledger answers by: one already known is never replaced, nor its name with it.
      const known = tx.select({ personId: contacts.personId }).from(contacts).where(eq(contacts.id, reveal.contactId)).get();
      const samePerson = !result.personId || !known?.personId || known.personId === result.personId;
      tx.update(contacts)
        .set({
          ...(result.personId && samePerson ? { personId: result.personId } : {}),
          ...(result.firstName && samePerson ? { firstName: result.firstName } : {}),
          ...(result.lastName && samePerson ? { lastName: result.lastName } : {}),
          updatedAt: now,
        })
        .where(eq(contacts.id, reveal.contactId))
        .run();
      refreshPersonSearch(tx, reveal.contactId);
      const charge = earlier ?? (charged ? recordCharge(db, { revealId, userId: reveal.requestedBy, batchId: reveal.batchId, provider: charged, form: result.form, at: now }) : null);
      // One cut short by Clodura's credits is no answer to the found rate (COUNTED_AS_ANSWERED, as the rollups rebuild).
      countRevealOutcome(db, { userId: reveal.requestedBy, viaPartners: reveal.viaPartners, at: now, providers: result.providers, charge, answered: ranOut ? 0 : 1 });
      // Lists asking partners that waited on this Clodura-alone reveal were not answered by it: they go on by
      // themselves, in this transaction, so a crash cannot leave them waiting on a finished reveal.
      const freed = state === "not_found" && !reveal.viaPartners ? freePartnerListsOf(db, revealId, now.getTime()) : [];
      // People queued to be paid for since this reveal failed or said "not found" (lists freed by it, a teammate's list
      // sent meanwhile) are answered by what it says now, if a list sent now would be.
      freed.push(...answerQueuedFrom(db, revealId, now.getTime()));
      return { outcome: "applied" as ApplyOutcome, batchId: reveal.batchId, state, ranOut, sentAt: (reveal.dispatchedAt ?? now).getTime(), freed };
    },
    { behavior: "immediate" },
  );
  if (outcome === "applied") announceRevealChange(db, { batchId, revealId, state }, now);
  announceFreed(freed);
  if (ranOut) pauseForEmptyAccount(db, sentAt, now.getTime());
  return outcome;
}

/** The states this result may finish, as takesLateAnswer says: the guard of the UPDATE that finishes it. */
function finishableBy(state: RevealState, answer: LateAnswer): SQL | undefined {
  const codes = replaceableNotFoundCodes(answer);
  const strings = codes.filter((code) => code !== null);
  return or(
    inArray(reveals.state, statesLeadingTo(state)),
    and(eq(reveals.state, "failed"), inArray(reveals.errorCode, [...LATE_ANSWER_CODES])),
    and(eq(reveals.state, "not_found"), or(inArray(reveals.errorCode, strings), codes.includes(null) ? isNull(reveals.errorCode) : undefined)),
  );
}

function earlierChargeOf(db: Db, revealId: string): EarlierCharge | null {
  return db.select({ provider: creditLedger.provider, plan: creditLedger.plan, amount: creditLedger.amount }).from(creditLedger).where(eq(creditLedger.revealId, revealId)).get() ?? null;
}

/** The same answer again: each provider with the same status and numbers (a "found" with a number is not one without). */
function sameProviders(stored: { provider: string; status: string; numbers: PhoneNumber[] }[], result: RevealResult): boolean {
  if (stored.length !== result.providers.length) return false;
  const byProvider = new Map(stored.map((row) => [row.provider, row]));
  return result.providers.every((provider) => {
    const row = byProvider.get(provider.provider);
    return row?.status === provider.status && JSON.stringify(row.numbers) === JSON.stringify(provider.numbers);
  });
}
