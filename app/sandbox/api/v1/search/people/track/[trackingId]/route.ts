import { getDb } from "@/db";
import { handleSandboxTrack } from "@/lib/clodura/sandbox/handle-track";
import { guardSandboxRoute } from "@/lib/clodura/sandbox/guard-route";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ trackingId: string }> }): Promise<Response> {
  const refused = guardSandboxRoute(request);
  if (refused) return refused;
  const { trackingId } = await params;
  return handleSandboxTrack(getDb(), trackingId, request);
}
