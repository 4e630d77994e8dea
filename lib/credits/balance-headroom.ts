import type { Db } from "@/db/client";
import { latestComparable, ledgerSpentBetween } from "./balance";
import { inFlightReveals, reservedCredits } from "./budgets";

/** What Clodura's balance can still take, as far as the app knows: its last reading, less what was charged since. */
export type BalanceHeadroom = {
  /** Credits on Free Forever / Max / PAYG; phone credits (one per found number) on Prospect plans. */
  unit: "credits" | "phone credits";
  /** When Clodura last gave its balance. */
  readAt: number;
  /** That reading less what the ledger charged since: about what Clodura has now. */
  left: number;
  /** The most the team's reveals still in flight may yet take from it, in the same unit. */
  reserved: number;
};

/** Null until Clodura has given a balance (or when the plan has no balance endpoint). */
export function balanceHeadroom(db: Db, now = Date.now()): BalanceHeadroom | null {
  const reading = latestComparable(db);
  if (!reading || reading.remaining === null || (reading.kind !== "pool" && reading.kind !== "prospect")) return null;
  const prospect = reading.kind === "prospect";
  const spent = ledgerSpentBetween(db, reading.kind, { from: reading.at, to: now });
  return {
    unit: prospect ? "phone credits" : "credits",
    readAt: reading.at,
    left: Math.max(0, reading.remaining - spent),
    reserved: prospect ? inFlightReveals(db, null).reduce((sum, row) => sum + row.open, 0) : reservedCredits(db, null),
  };
}
