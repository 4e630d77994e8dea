import { and, eq, gte, inArray, ne, sql, sum } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, budgets, reveals, spendDaily, users, type BudgetPeriod } from "@/db/schema";
import { hasRole, type Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { inFlightStates, NOT_YET_DUE } from "@/lib/reveals/state-machine";
import { getSetting } from "@/lib/settings/settings";
import { recordAudit } from "./audit";
import type { BudgetLine } from "./budget-shortfall";
import { monthStartOf } from "./periods";
import { TEAM } from "./budget-rule";
import { pricingPlan } from "./pricing-plan";
import { teamDay } from "./team-calendar";
import { worstCasePrice } from "./prices";

/**
 * What the SDR has spent today and this month, and the team this month, against the caps set by managers.
 * `exceptBatchId`: a batch being written, whose own new reveals must not count as reserved against itself.
 */
export function budgetStatus(db: Db, userId: string, now = new Date(), exceptBatchId?: string): BudgetLine[] {
  const today = teamDay(db, now);
  const monthStart = monthStartOf(today);
  const caps = new Map(
    db
      .select()
      .from(budgets)
      .where(inArray(budgets.subject, [userId, TEAM]))
      .all()
      .map((row) => [`${row.subject}:${row.period}`, row.credits]),
  );
  const spentSince = (day: string, onlyUser: boolean) =>
    Number(
      db
        .select({ credits: sum(spendDaily.credits) })
        .from(spendDaily)
        .where(and(gte(spendDaily.day, day), onlyUser ? eq(spendDaily.userId, userId) : undefined))
        .get()?.credits ?? 0,
    );
  const userCaps = [caps.get(`${userId}:day`) ?? null, caps.get(`${userId}:month`) ?? null] as const;
  const teamCap = caps.get(`${TEAM}:month`) ?? null;
  // Counting every open reveal reads each one (a 100k-row batch in flight: ~0.1 s), and only a cap needs it.
  const userReserved = userCaps.some((cap) => cap !== null) ? reservedCredits(db, userId, exceptBatchId) : 0;
  const teamReserved = teamCap !== null ? reservedCredits(db, null, exceptBatchId) : 0;
  const line = (scope: BudgetLine["scope"], label: string, cap: number | null, spent: number, reserved: number): BudgetLine => ({
    scope,
    label,
    cap,
    spent,
    reserved,
    left: cap === null ? null : cap - spent - reserved,
  });
  return [
    line("user_day", "your daily budget", userCaps[0], spentSince(today, true), userReserved),
    line("user_month", "your monthly budget", userCaps[1], spentSince(monthStart, true), userReserved),
    line("team_month", "the team's monthly budget", teamCap, spentSince(monthStart, false), teamReserved),
  ];
}

/**
 * The viewer's own budget lines, as the Reveal page shows them. An SDR sees the team's month only when it is capped
 * (it can then hold their lists); what the team spends is otherwise for managers.
 */
export function viewerBudgetStatus(db: Db, viewer: { id: string; role: Role }, now = new Date()): BudgetLine[] {
  const lines = budgetStatus(db, viewer.id, now);
  return hasRole(viewer.role, "manager") ? lines : lines.filter((line) => line.scope !== "team_month" || line.cap !== null);
}

/** Worst case of reveals not yet answered (held ones are not counted: they wait for a decision). */
export function reservedCredits(db: Db, userId: string | null, exceptBatchId?: string): number {
  const plan = pricingPlan(db);
  const prices = getSetting(db, "providerPrices");
  return inFlightReveals(db, userId, exceptBatchId).reduce((total, row) => total + row.open * worstCasePrice(plan, prices, row.viaPartners), 0);
}

/** How many reveals are not yet answered, the team's or one person's, by whether partners were asked. */
export function inFlightReveals(db: Db, userId: string | null, exceptBatchId?: string): { viaPartners: boolean; open: number }[] {
  return db
    .select({ viaPartners: reveals.viaPartners, open: sql<number>`count(*)` })
    .from(reveals)
    .where(openRevealsWhere(userId, exceptBatchId))
    .groupBy(reveals.viaPartners)
    .all()
    .map((row) => ({ viaPartners: row.viaPartners, open: Number(row.open) }));
}

/** What each person's reveals still running may yet cost (worst case), in one pass for the Budgets page. */
export function reservedByRequester(db: Db): Map<string, number> {
  const plan = pricingPlan(db);
  const prices = getSetting(db, "providerPrices");
  const reserved = new Map<string, number>();
  const rows = db
    .select({ userId: reveals.requestedBy, viaPartners: reveals.viaPartners, open: sql<number>`count(*)` })
    .from(reveals)
    .where(openRevealsWhere(null))
    .groupBy(reveals.requestedBy, reveals.viaPartners)
    .all();
  for (const row of rows) reserved.set(row.userId, (reserved.get(row.userId) ?? 0) + Number(row.open) * worstCasePrice(plan, prices, row.viaPartners));
  return reserved;
}

function openRevealsWhere(userId: string | null, exceptBatchId?: string) {
  return and(
    inArray(reveals.state, [...inFlightStates]),
    userId ? eq(reveals.requestedBy, userId) : undefined,
    exceptBatchId === undefined ? undefined : ne(reveals.batchId, exceptBatchId),
    // A big list just found over budget has its new reveals (not yet due) held a slice at a time: they are not going
    // out. A running list that waits only for people freed from a teammate's stopped reveal still spends the rest.
    sql`NOT (${reveals.nextAttemptAt} >= ${NOT_YET_DUE} AND ${reveals.batchId} IN (SELECT ${batches.id} FROM ${batches} WHERE ${batches.approval} = 'pending'))`,
  );
}

export type BudgetTarget = { subject: string; period: BudgetPeriod };

/** Sets (or with null, removes) a cap and records who changed it from what to what. */
export function setBudget(db: Db, actorId: string, target: BudgetTarget, credits: number | null, now = new Date()): void {
  if (target.subject === TEAM && target.period !== "month") throw new AppError("bad_request", "The team budget is monthly.");
  db.transaction(
    () => {
      const who = target.subject === TEAM ? "the team" : db.select({ name: users.name }).from(users).where(eq(users.id, target.subject)).get()?.name;
      if (!who) throw new AppError("not_found", "That user does not exist.");
      const where = and(eq(budgets.subject, target.subject), eq(budgets.period, target.period));
      const before = db.select({ credits: budgets.credits }).from(budgets).where(where).get()?.credits ?? null;
      if (before === credits) return;
      if (credits === null) db.delete(budgets).where(where).run();
      else {
        db.insert(budgets)
          .values({ ...target, credits, updatedBy: actorId, updatedAt: now })
          .onConflictDoUpdate({ target: [budgets.subject, budgets.period], set: { credits, updatedBy: actorId, updatedAt: now } })
          .run();
      }
      const describe = (value: number | null) => (value === null ? "no cap" : `${value.toLocaleString("en")} ${value === 1 ? "credit" : "credits"}`);
      recordAudit(db, {
        actorId,
        action: credits === null ? "budget.cleared" : "budget.set",
        subject: `${target.subject}:${target.period}`,
        summary: `${target.period === "day" ? "Daily" : "Monthly"} budget of ${who}: ${describe(before)} → ${describe(credits)}`,
        detail: { ...target, before, after: credits },
        at: now,
      });
    },
    { behavior: "immediate" },
  );
}
