import { and, eq, gte, inArray, isNull, lt, lte, ne, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { creditLedger, outcomeDaily, providerDaily, reveals } from "@/db/schema";
import { getSetting } from "@/lib/settings/settings";
import { addDays, dayIn, dayStartMs } from "./periods";
import { withdrawFromRecount } from "./recount-rollups";

/** An answer countRevealOutcome counted that a later answer replaces. */
export type ReplacedAnswer = {
  revealId: string;
  userId: string;
  viaPartners: boolean;
  /** When it was counted: the reveal's completedAt until now. */
  completedAt: Date;
  providers: { provider: string; status: string }[];
  /** What it added to `answered`: 0 for one cut short by Clodura's credits. */
  answered: 0 | 1;
  /** Its charge: a found without a number has one (it stands, and is counted again with the new answer). */
  charge: { plan: string; amount: number } | null;
};

/**
 * Takes a replaced answer back out of the rollups, on the team day it was counted, before the new one is counted on
 * its own day. A group left with no reveal in it is removed, as a rebuild would leave it out.
 */
export function uncountRevealOutcome(db: Db, answer: ReplacedAnswer): void {
  withdrawFromRecount(db, answer);
  const timeZone = getSetting(db, "timeZone");
  const day = dayIn(answer.completedAt, timeZone);
  for (const outcome of answer.providers) {
    const found = outcome.status === "found" ? 1 : 0;
    const row = and(eq(providerDaily.day, day), eq(providerDaily.userId, answer.userId), eq(providerDaily.provider, outcome.provider));
    db.update(providerDaily)
      .set({ asked: sql`${providerDaily.asked} - 1`, found: sql`${providerDaily.found} - ${found}` })
      .where(row)
      .run();
    // `asked` counts the provider's results that day, so at 0 none is left.
    db.delete(providerDaily).where(and(row, lte(providerDaily.asked, 0))).run();
  }

  const { plan, amount } = answer.charge ?? { plan: "", amount: 0 };
  const found = answer.charge ? 1 : 0;
  const group = and(eq(outcomeDaily.day, day), eq(outcomeDaily.userId, answer.userId), eq(outcomeDaily.viaPartners, answer.viaPartners), eq(outcomeDaily.plan, plan));
  const left = db
    .update(outcomeDaily)
    .set({ answered: sql`${outcomeDaily.answered} - ${answer.answered}`, found: sql`${outcomeDaily.found} - ${found}`, credits: sql`${outcomeDaily.credits} - ${amount}` })
    .where(group)
    .returning()
    .get();
  // Every charged answer counts 1 in `found`, but one cut short by Clodura's credits with nothing charged counts 0
  // everywhere, so an empty uncharged row may still stand for one: only the reveals can tell.
  const empty = left && left.answered <= 0 && left.found <= 0 && left.credits <= 0;
  if (empty && (answer.charge || !hasOtherUnchargedAnswer(db, answer, day, timeZone))) db.delete(outcomeDaily).where(group).run();
}

/** Whether another reveal is in the outcome group "" (answered, nothing charged) of this user, partner setting and day. */
function hasOtherUnchargedAnswer(db: Db, answer: ReplacedAnswer, day: string, timeZone: string): boolean {
  const other = db
    .select({ id: reveals.id })
    .from(reveals)
    .where(
      and(
        eq(reveals.requestedBy, answer.userId),
        inArray(reveals.state, ["found", "not_found"]),
        gte(reveals.completedAt, new Date(dayStartMs(day, timeZone))),
        lt(reveals.completedAt, new Date(dayStartMs(addDays(day, 1), timeZone))),
        eq(reveals.viaPartners, answer.viaPartners),
        isNull(reveals.sourceRevealId),
        ne(reveals.id, answer.revealId),
        notExists(db.select({ id: creditLedger.id }).from(creditLedger).where(eq(creditLedger.revealId, reveals.id))),
      ),
    )
    .limit(1)
    .get();
  return other !== undefined;
}
