import { FOUND_WITHOUT_NUMBER } from "./found-without-number";
import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";

/** Error codes of answers that are no answer to reuse: one cut short by Clodura's credits, a "found" without a number. */
export const UNREUSABLE_ANSWER_CODES = [RAN_OUT_OF_CREDITS, FOUND_WITHOUT_NUMBER] as const;

/**
 * SQL: reveal `a` is an answer the team may reuse (freshness aside), for a list asking partners when the SQL boolean
 * `askPartners` is true: its own answer, not cut short by Clodura's credits, not a "found" without a number, and no
 * Clodura-alone "not found" for a list asking partners. The one rule of the ledger (`findLedgerHits`) and of answering
 * queued reveals later.
 */
export function reusableAnswer(a: string, askPartners: string): string {
  // Unary + keeps SQLite off the source_reveal_id index (nearly every row is NULL there) and on contact_id.
  return `+${a}.source_reveal_id IS NULL AND ${a}.state IN ('found', 'not_found')
          AND coalesce(${a}.error_code, '') NOT IN (${UNREUSABLE_ANSWER_CODES.map((code) => `'${code}'`).join(", ")})
          AND NOT (${askPartners} AND ${a}.state = 'not_found' AND ${a}.via_partners = 0)`;
}
