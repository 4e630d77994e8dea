import type { Db } from "@/db/client";
import type { CloduraClient } from "@/lib/clodura/client";
import { readBalance } from "@/lib/credits/balance";
import { resumeQueue } from "./queue-pause";

/**
 * An admin resumes sending. Credits were just added (in Clodura's account, or, in sandbox mode, by the refill here):
 * a balance reading on each side keeps that top-up out of every interval in which credits were spent, or the drift
 * would show the top-up netted against the spend. A reading that fails changes nothing: sending resumes all the same.
 */
export async function resumeSending(db: Db, client: CloduraClient, { sandboxMode }: { sandboxMode: boolean }, now = Date.now()): Promise<void> {
  if (sandboxMode) await readBalance(db, client, new Date(now)).catch(() => null);
  resumeQueue(db, { refillSandbox: sandboxMode }, now);
  const after = readBalance(db, client, new Date(now + 1)).catch(() => null);
  // Clodura may be slow to answer: the admin's button does not wait for it (the simulator answers at once).
  if (sandboxMode) await after;
}
