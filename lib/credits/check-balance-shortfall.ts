"use client";

import { estimateFor, type LedgerCheck } from "@/lib/reveals/use-imports";
import { balanceShortfall, type BalanceShortfall } from "./balance-shortfall";

/** Whether `charged` new reveals of a checked paste or file could empty Clodura's balance, or null. */
export function checkBalanceShortfall(check: LedgerCheck | undefined, charged: number): BalanceShortfall | null {
  return check ? balanceShortfall(check.balance, charged, check.foundRate, estimateFor(check, charged)) : null;
}
