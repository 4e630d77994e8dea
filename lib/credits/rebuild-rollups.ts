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
    `);
  })();
}
