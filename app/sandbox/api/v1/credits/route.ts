import { getDb } from "@/db";
import { handleSandboxCredits } from "@/lib/clodura/sandbox/handle-credits";
import { guardSandboxRoute } from "@/lib/clodura/sandbox/guard-route";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const refused = guardSandboxRoute(request);
  if (refused) return refused;
  return handleSandboxCredits(getDb(), request);
}
