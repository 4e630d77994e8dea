import { asc, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Teammate } from "./team-schema";

/**
 * Everyone who has had a seat, the current team first: a year of answers and spend still names people disabled since,
 * who must stay pickable after their spend leaves this month's budgets.
 */
export function listTeammates(db: Db): Teammate[] {
  return db
    .select({ id: users.id, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(sql`${users.disabledAt} is not null`, asc(users.name))
    .all()
    .map(({ disabledAt, ...person }) => ({ ...person, disabled: disabledAt !== null }));
}
