import type { Db } from "@/db/client";
import { RAN_OUT_OF_CREDITS } from "@/lib/reveals/ran-out-of-credits";
import { getSetting } from "@/lib/settings/settings";
import { dayIn } from "./periods";

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * Reveals counted as answered in the team's found rate: a "not found" cut short by Clodura's credits running out is
 * no answer (the batch page leaves it out of its rate too), so it does not pull every expected cost down.
 */
export const COUNTED_AS_ANSWERED = `sum(r.error_code IS NOT '${RAN_OUT_OF_CREDITS}')`;

/**
 * Recomputes the dashboard's daily rollups from the ledger and the provider results, counting days in the team's time
 * zone, in one transaction: a repair tool, the benchmark's seeding step, and the reference that the incremental updates
 * and the recount of a zone change (recount-rollups.ts) are tested against.
 */
export function rebuildSpendRollups(db: Db): void {
  registerDayFunction(db, "team_day", getSetting(db, "timeZone"));
  db.$client.transaction(() => {
    db.$client.exec(`
      DELETE FROM spend_daily;
      INSERT INTO spend_daily (day, user_id, batch_id, provider, charges, credits)
      SELECT team_day(created_at), user_id, batch_id, provider, count(*), sum(amount)
      FROM credit_ledger GROUP BY 1, 2, 3, 4;
      DELETE FROM provider_daily;
      INSERT INTO provider_daily (day, user_id, provider, asked, found)
      SELECT team_day(r.completed_at), r.requested_by, p.provider, count(*), sum(p.status = 'found')
      FROM provider_results p JOIN reveals r ON r.id = p.reveal_id
      WHERE r.completed_at IS NOT NULL GROUP BY 1, 2, 3;
      DELETE FROM outcome_daily;
      INSERT INTO outcome_daily (day, user_id, via_partners, plan, answered, found, credits)
      SELECT team_day(r.completed_at), r.requested_by, r.via_partners, coalesce(l.plan, ''), ${COUNTED_AS_ANSWERED},
             sum(l.id IS NOT NULL), coalesce(sum(l.amount), 0)
      FROM reveals r LEFT JOIN credit_ledger l ON l.reveal_id = r.id
      WHERE r.state IN ('found', 'not_found') AND r.source_reveal_id IS NULL AND r.completed_at IS NOT NULL
      GROUP BY 1, 2, 3, 4;
    `);
  })();
}

/**
 * `name(ms)`: the day a timestamp falls on in the zone. Zones change offset on whole quarter hours, so the day is
 * looked up once per quarter hour rather than once per row (a million rows: a few thousand lookups).
 */
export function registerDayFunction(db: Db, name: string, timeZone: string): void {
  const dayByQuarter = new Map<number, string>();
  db.$client.function(name, { deterministic: true }, (at: unknown) => {
    const quarter = Math.floor(Number(at) / QUARTER_HOUR_MS);
    let day = dayByQuarter.get(quarter);
    if (day === undefined) {
      day = dayIn(quarter * QUARTER_HOUR_MS, timeZone);
      dayByQuarter.set(quarter, day);
    }
    return day;
  });
}
