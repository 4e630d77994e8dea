import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals, users } from "@/db/schema";
import type { EarlierAnswer } from "./earlier-fact";
import { FOUND_WITHOUT_NUMBER } from "./found-without-number";
import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";

const CHUNK = 500;

/**
 * Each contact's latest answer, for the people the ledger no longer answers (older than the freshness window, cut
 * short when Clodura's credits ran out, or not found by Clodura alone for a list that asks partners too): a rep sees
 * that the team asked before, and what it got, before paying again.
 */
export function findLatestAnswers(db: Db, contactIds: string[], viewerId?: string): Map<string, EarlierAnswer> {
  const latest = new Map<string, EarlierAnswer>();
  for (let start = 0; start < contactIds.length; start += CHUNK) {
    const rows = db
      .select({
        contactId: reveals.contactId,
        state: reveals.state,
        completedAt: reveals.completedAt,
        errorCode: reveals.errorCode,
        viaPartners: reveals.viaPartners,
        revealedBy: users.name,
        revealedById: reveals.requestedBy,
      })
      .from(reveals)
      .innerJoin(users, eq(users.id, reveals.requestedBy))
      .where(and(inArray(reveals.contactId, contactIds.slice(start, start + CHUNK)), inArray(reveals.state, ["found", "not_found"])))
      .orderBy(desc(reveals.completedAt))
      .all();
    for (const row of rows) {
      if (latest.has(row.contactId) || !row.completedAt) continue;
      const answer: EarlierAnswer = {
        state: row.state as EarlierAnswer["state"],
        revealedBy: row.revealedBy,
        ...(row.revealedById === viewerId ? { byYou: true } : {}),
        at: row.completedAt.getTime(),
        ...(row.state === "not_found" && !row.viaPartners ? { withoutPartners: true } : {}),
      };
      latest.set(
        row.contactId,
        row.errorCode === RAN_OUT_OF_CREDITS ? { ...answer, unfinished: true } : row.errorCode === FOUND_WITHOUT_NUMBER ? { ...answer, noNumberSent: true } : answer,
      );
    }
  }
  return latest;
}
