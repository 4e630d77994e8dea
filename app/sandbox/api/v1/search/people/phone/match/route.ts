import { getDb } from "@/db";
import { ensureSandboxCourier } from "@/lib/clodura/sandbox/courier";
import { handleSandboxMatch } from "@/lib/clodura/sandbox/handle-match";
import { respondSandboxOff } from "@/lib/clodura/sandbox/respond";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The embedded Clodura simulator's Reveal Phone endpoint; its webhooks are posted by the courier started here. */
export async function POST(request: Request): Promise<Response> {
  if (!getEnv().sandboxMode) return respondSandboxOff();
  const db = getDb();
  ensureSandboxCourier(db);
  return handleSandboxMatch(db, request);
}
