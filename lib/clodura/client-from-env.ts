import "server-only";
import { getEnv } from "@/lib/env";
import { createCloduraClient, type CloduraClient } from "./client";
import { sandboxApiKey } from "./sandbox/sandbox-key";

/** The client the server uses: the real API with the configured key, or the sandbox in sandbox mode. */
export function cloduraClientFromEnv(): CloduraClient {
  const env = getEnv();
  return createCloduraClient({ baseUrl: env.cloduraBaseUrl, apiKey: env.cloduraApiKey ?? sandboxApiKey(env.authSecret) });
}
