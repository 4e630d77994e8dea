import { getDb } from "@/db";
import { ensureSandboxCourier } from "@/lib/clodura/sandbox/courier";
import { handleSandboxMatch } from "@/lib/clodura/sandbox/handle-match";
import { guardSandboxRoute } from "@/lib/clodura/sandbox/guard-route";

export const dynamic = "force-dynamic";

/** The embedded Clodura simulator's Reveal Phone endpoint; its webhooks are posted by the courier started here. */
export async function POST(request: Request): Promise<Response> {
  const refused = guardSandboxRoute(request);
  if (refused) return refused;
  const db = getDb();
  ensureSandboxCourier(db);
  return handleSandboxMatch(db, request);
}
