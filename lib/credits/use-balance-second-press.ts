"use client";

import { useState } from "react";
import type { BalanceShortfall } from "./balance-shortfall";

/**
 * A list expected to empty Clodura's balance is sent on a second press: running out pauses sending for the whole team,
 * so the first press only says so. Armed for these figures only; a changed list or balance asks again.
 */
export function useBalanceSecondPress(short: BalanceShortfall | null) {
  const figures = short?.likely ? `${short.expected}/${short.left}/${short.reserved}` : null;
  const [armedFor, setArmedFor] = useState<string | null>(null);
  const armed = figures !== null && armedFor === figures;
  return {
    /** Whether this press should only arm: call `arm` instead of sending. */
    holds: figures !== null && !armed,
    armed,
    arm: () => setArmedFor(figures),
  };
}
