import { asc, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { budgets, spendDaily, users } from "@/db/schema";
import { TEAM } from "./budget-rule";
import { reservedByRequester } from "./budgets";
import { monthStartOf } from "./periods";
import { teamDay } from "./team-calendar";

export type BudgetRow = {
  subject: string;
  name: string;
  role: string | null;
  /** Disabled on Team: starts nothing new, and its caps apply again only if an admin enables it. */
  disabled: boolean;
  spentToday: number;
  spentThisMonth: number;
  /** Worst case of their reveals still running: what is left of a cap discounts it, as a new list's check does. */
  reserved: number;
  dailyCap: number | null;
  monthlyCap: number | null;
};

/** The team first, then everyone, with what they spent today and this month (the team's days) and their caps. */
export function listBudgets(db: Db, now = new Date()): BudgetRow[] {
  const today = teamDay(db, now);
  const spent = new Map(
    db
      .select({
        userId: spendDaily.userId,
        today: sql<number>`sum(case when ${spendDaily.day} = ${today} then ${spendDaily.credits} else 0 end)`,
        month: sql<number>`sum(${spendDaily.credits})`,
      })
      .from(spendDaily)
      .where(gte(spendDaily.day, monthStartOf(today)))
      .groupBy(spendDaily.userId)
      .all()
      .map((row) => [row.userId, { today: Number(row.today ?? 0), month: Number(row.month ?? 0) }]),
  );
  const caps = new Map(db.select().from(budgets).all().map((row) => [`${row.subject}:${row.period}`, row.credits]));
  const reserved = reservedByRequester(db);
  // A disabled account starts nothing new: it stays listed while its spend counts towards this month, or while
  // reveals it sent before are still to be answered (and may be charged to it).
  const people = db
    .select({ id: users.id, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(asc(users.name))
    .all()
    .filter((person) => person.disabledAt === null || (spent.get(person.id)?.month ?? 0) > 0 || (reserved.get(person.id) ?? 0) > 0);
  const teamReserved = [...reserved.values()].reduce((sum, credits) => sum + credits, 0);
  const teamSpent = [...spent.values()].reduce((sum, row) => ({ today: sum.today + row.today, month: sum.month + row.month }), { today: 0, month: 0 });
  return [
    { subject: TEAM, name: "Whole team", role: null, disabled: false, spentToday: teamSpent.today, spentThisMonth: teamSpent.month, reserved: teamReserved, dailyCap: null, monthlyCap: caps.get(`${TEAM}:month`) ?? null },
    ...people.map((person) => ({
      subject: person.id,
      name: person.name,
      role: person.role,
      disabled: person.disabledAt !== null,
      spentToday: spent.get(person.id)?.today ?? 0,
      spentThisMonth: spent.get(person.id)?.month ?? 0,
      reserved: reserved.get(person.id) ?? 0,
      dailyCap: caps.get(`${person.id}:day`) ?? null,
      monthlyCap: caps.get(`${person.id}:month`) ?? null,
    })),
  ];
}
