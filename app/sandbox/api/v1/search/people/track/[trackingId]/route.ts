import { getDb } from "@/db";
import { handleSandboxTrack } from "@/lib/clodura/sandbox/handle-track";
import { respondSandboxOff } from "@/lib/clodura/sandbox/respond";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ trackingId: string }> }): Promise<Response> {
  if (!getEnv().sandboxMode) return respondSandboxOff();
  const { trackingId } = await params;
  return handleSandboxTrack(getDb(), trackingId, request);
}
