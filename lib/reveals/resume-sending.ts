import type { Db } from "@/db/client";
import type { CloduraClient } from "@/lib/clodura/client";
import { readBalance } from "@/lib/credits/balance";
import { refillSandbox, resumeQueue } from "./queue-pause";

/**
 * An admin resumes sending. Credits were just added (in Clodura's account, or, in sandbox mode, by the refill here):
 * a balance reading taken while nothing is being sent yet (after the refill, before the queue moves) closes the
 * interval that holds the top-up, so it is not netted against spend into a false drift. A reading that fails changes
 * nothing: sending resumes all the same.
 */
export async function resumeSending(db: Db, client: CloduraClient, { sandboxMode }: { sandboxMode: boolean }): Promise<void> {
  if (sandboxMode) {
    // The reading before the refill closes the interval of spend; the one after it opens a clean one.
    await readBalance(db, client).catch(() => null);
    refillSandbox(db);
  }
  await readBalance(db, client).catch(() => null);
  resumeQueue(db);
}
