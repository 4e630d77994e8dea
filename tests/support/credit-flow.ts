import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { creditLedger, outcomeDaily, providerDaily, spendDaily } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { reconcileDue } from "@/lib/reveals/reconcile";
import { isSettled, sandboxRequestOf } from "./inspect";
import { entryFor, profileUrl, submit } from "./reveal-flow";
import { waitFor, type TestApp } from "./test-app";

export const HOUR_MS = 3_600_000;

/** A person the sandbox never calls back for (only its track endpoint answers), found or not. */
export function trackOnlyUrl(prefix: string, found: boolean): string {
  return profileUrl(`${prefix}-sandbox-no-webhook`, { found });
}

/**
 * New, track-only people revealed with the clock at `at`: dispatched an hour earlier, then answered by one track poll
 * at `at`, so their charges land on that UTC day and share one timestamp.
 */
export async function revealByTrack(app: TestApp, user: SessionUser, urls: string[], at: Date) {
  const dispatchedAt = at.getTime() - HOUR_MS;
  const created = submit(app.db, user, urls.map((url) => entryFor(url)), { now: new Date(dispatchedAt) });
  const sent = await app.dispatchAll({ now: () => dispatchedAt });
  if (sent.length !== urls.length || sent.some((outcome) => outcome !== "sent")) throw new Error(`dispatch: ${sent.join(", ")}`);
  const completeBy = Math.max(...created.revealIds.map((id) => sandboxRequestOf(app.db, id).completeAt.getTime()));
  await waitFor(() => Date.now() > completeBy, 3_000, "the sandbox to finish");
  await reconcileDue(app.db, { client: app.client, now: () => at.getTime() });
  if (!created.revealIds.every((id) => isSettled(app.db, id))) throw new Error("a track poll left a reveal open");
  return created;
}

/** Every rollup table in a stable order, for comparing with a rebuild. */
export function rollupRows(db: Db) {
  return {
    spend: db.select().from(spendDaily).orderBy(asc(spendDaily.day), asc(spendDaily.userId), asc(spendDaily.batchId), asc(spendDaily.provider)).all(),
    providers: db.select().from(providerDaily).orderBy(asc(providerDaily.day), asc(providerDaily.userId), asc(providerDaily.provider)).all(),
    outcomes: db
      .select()
      .from(outcomeDaily)
      .orderBy(asc(outcomeDaily.day), asc(outcomeDaily.userId), asc(outcomeDaily.viaPartners), asc(outcomeDaily.plan))
      .all(),
  };
}

export function ledgerRows(db: Db) {
  return db.select().from(creditLedger).orderBy(asc(creditLedger.createdAt), asc(creditLedger.id)).all();
}

export function sumCredits(rows: { amount: number }[]): number {
  return rows.reduce((total, row) => total + row.amount, 0);
}
