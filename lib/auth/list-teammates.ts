import { asc, exists, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { reveals, users } from "@/db/schema";
import type { Teammate } from "./team-schema";

/**
 * Everyone who has had a seat, the current team first: a year of answers and spend still names people disabled since,
 * who must stay pickable after their spend leaves this month's budgets. One disabled before revealing anyone has
 * nothing to narrow to, and is left out.
 */
export function listTeammates(db: Db): Teammate[] {
  const revealedAny = db.select({ one: sql`1` }).from(reveals).where(sql`${reveals.requestedBy} = ${users.id}`);
  return db
    .select({ id: users.id, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(or(isNull(users.disabledAt), exists(revealedAny)))
    .orderBy(sql`${users.disabledAt} is not null`, asc(users.name))
    .all()
    .map(({ disabledAt, ...person }) => ({ ...person, disabled: disabledAt !== null }));
}

/** For a page, which does not hold the db: whether a link's user id is anyone a picker of teammates lists. */
export function isListedTeammate(userId: string): boolean {
  return listTeammates(getDb()).some((person) => person.id === userId);
}
