import { getEnv } from "@/lib/env";
import { respondSandboxOff, respondUnknownSandboxPath } from "@/lib/clodura/sandbox/respond";

export const dynamic = "force-dynamic";

/** A mistyped sandbox address gets the simulator's own 404 (the proxy leaves /sandbox alone, so it would get a page). */
function unknownPath(request: Request): Response {
  if (!getEnv().sandboxMode) return respondSandboxOff();
  return respondUnknownSandboxPath(request);
}

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
