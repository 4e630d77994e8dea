import "server-only";
import { getEnv } from "@/lib/env";
import { respondSandboxOff } from "./respond";
import { refuseOtherKeys, sandboxApiKey } from "./sandbox-key";

/** What a sandbox route answers before its handler runs: 404 once a real key is set, 401 to anyone but the app. */
export function guardSandboxRoute(request: Request): Response | null {
  const env = getEnv();
  if (!env.sandboxMode) return respondSandboxOff();
  return refuseOtherKeys(request, sandboxApiKey(env.authSecret));
}
