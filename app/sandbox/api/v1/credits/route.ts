import { getDb } from "@/db";
import { handleSandboxCredits } from "@/lib/clodura/sandbox/handle-credits";
import { respondSandboxOff } from "@/lib/clodura/sandbox/respond";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  if (!getEnv().sandboxMode) return respondSandboxOff();
  return handleSandboxCredits(getDb(), request);
}
