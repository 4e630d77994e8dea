import type { Db } from "@/db/client";

/**
 * Recomputes the dashboard's daily rollups from the ledger and the provider results: a repair tool, the benchmark's
 * seeding step, and the reference the incremental updates are tested against.
 */
export function rebuildSpendRollups(db: Db): void {
  db.$client.transaction(() => {
    db.$client.exec(`
      DELETE FROM spend_daily;
      INSERT INTO spend_daily (day, user_id, batch_id, provider, charges, credits)
      SELECT date(created_at / 1000, 'unixepoch'), user_id, batch_id, provider, count(*), sum(amount)
      FROM credit_ledger GROUP BY 1, 2, 3, 4;
      DELETE FROM provider_daily;
      INSERT INTO provider_daily (day, user_id, provider, asked, found)
      SELECT date(r.completed_at / 1000, 'unixepoch'), r.requested_by, p.provider, count(*), sum(p.status = 'found')
      FROM provider_results p JOIN reveals r ON r.id = p.reveal_id
      WHERE r.completed_at IS NOT NULL GROUP BY 1, 2, 3;
      DELETE FROM outcome_daily;
      INSERT INTO outcome_daily (day, user_id, via_partners, plan, answered, found, credits)
      SELECT date(r.completed_at / 1000, 'unixepoch'), r.requested_by, r.via_partners, coalesce(l.plan, ''), count(*),
             sum(r.state = 'found'), coalesce(sum(l.amount), 0)
      FROM reveals r LEFT JOIN credit_ledger l ON l.reveal_id = r.id
      WHERE r.state IN ('found', 'not_found') AND r.source_reveal_id IS NULL AND r.completed_at IS NOT NULL
      GROUP BY 1, 2, 3, 4;
    `);
  })();
}
