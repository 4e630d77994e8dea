import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { batches, contacts, creditLedger, reveals, users } from "@/db/schema";
import { displayState, type DisplayState } from "./display-state";
import type { BatchRow } from "./schemas";
import { inFlightStates } from "./state-machine";

const IN_FLIGHT: ReadonlySet<DisplayState> = new Set([...inFlightStates, "held"]);

/** Which of a batch's reveals to read, and at most how many. */
export type RowFilter = { where: SQL | undefined; limit?: number };

const source = alias(reveals, "source");
const sourceUser = alias(users, "source_user");
/** The list a row was sent again in when someone other than its owner made it (a manager's, from an SDR's list), and who. */
const resentIn = alias(batches, "resent_in");
const resentBy = alias(users, "resent_by");

/** A batch's rows as its page shows them, without their provider cells: each with the reveal it is attached to, if any. */
export function selectBatchRows(db: Db, filter: RowFilter): (Omit<BatchRow, "results"> & { position: number })[] {
  const query = db
    .select({
      position: sql<number>`${reveals}.rowid`,
      revealId: reveals.id,
      ownState: reveals.state,
      ownErrorCode: reveals.errorCode,
      sourceState: source.state,
      sourceErrorCode: source.errorCode,
      sourceError: source.errorMessage,
      sourceCompletedAt: source.completedAt,
      sourceCreatedAt: source.createdAt,
      revealedBy: sourceUser.name,
      resentIn: resentIn.id,
      resentBy: resentBy.name,
      attempts: reveals.attempts,
      errorMessage: reveals.errorMessage,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      company: contacts.company,
      linkedinUrl: contacts.linkedinUrl,
      personId: contacts.personId,
      sourceRow: reveals.sourceRow,
      credits: creditLedger.amount,
    })
    .from(reveals)
    .innerJoin(contacts, eq(contacts.id, reveals.contactId))
    .leftJoin(source, eq(source.id, reveals.sourceRevealId))
    .leftJoin(sourceUser, eq(sourceUser.id, source.requestedBy))
    .leftJoin(resentIn, and(eq(resentIn.id, reveals.sentAgainIn), ne(resentIn.createdBy, reveals.requestedBy)))
    .leftJoin(resentBy, eq(resentBy.id, resentIn.createdBy))
    .leftJoin(creditLedger, eq(creditLedger.revealId, reveals.id))
    .where(filter.where)
    .orderBy(sql`${reveals}.rowid`);
  return (filter.limit === undefined ? query : query.limit(filter.limit))
    .all()
    .map((row) => {
      const resent = row.resentIn !== null;
      const state = displayState({ state: row.ownState, errorCode: row.ownErrorCode, resentByAnother: resent }, row.sourceState === null ? null : { state: row.sourceState, errorCode: row.sourceErrorCode });
      const inFlight = row.sourceState !== null && IN_FLIGHT.has(state);
      // A failed or cancelled row attached to the reveal another sent it again in; its owner's own new list does not show here.
      const follows = row.sourceState !== null && (row.ownState === "cached" || resent);
      // Answered in the list another sent it again in: that list paid, this one did not, and the answer is the one line it needs.
      const answeredThere = follows && resent && (state === "found" || state === "not_found");
      return {
        position: row.position,
        revealId: row.revealId,
        state,
        ledger: follows
          ? {
              revealedBy: row.revealedBy ?? "a teammate",
              at: (inFlight ? row.sourceCreatedAt : row.sourceCompletedAt)?.getTime() ?? 0,
              inFlight,
              withNumber: (state === "cached" || answeredThere) && row.sourceState === "found",
              resentBy: resent ? (row.resentBy ?? "a teammate") : null,
            }
          : null,
        attempts: row.attempts,
        errorMessage: answeredThere ? null : follows ? (attachedNote(state, row.sourceError, resent) ?? row.errorMessage) : row.errorMessage,
        firstName: row.firstName,
        lastName: row.lastName,
        company: row.company,
        linkedinUrl: row.linkedinUrl,
        personId: row.personId,
        sourceRow: row.sourceRow,
        credits: row.credits ?? (state === "cached" || state === "not_found" || state === "unfinished" || state === "failed" || answeredThere ? 0 : null),
      };
    });
}

/**
 * Why a row attached to a teammate's reveal shows what it shows, when that reveal failed or was cut short; for one
 * another sent again (`resent`), also why their list did not answer it (stopped, rejected).
 */
function attachedNote(state: DisplayState, sourceError: string | null, resent: boolean): string | null {
  if (resent && (state === "failed" || state === "cancelled" || state === "unfinished")) return sourceError;
  if (state === "failed") return `The teammate's reveal this was attached to failed: ${sourceError ?? "no reason given"}`;
  return state === "unfinished" ? sourceError : null;
}
