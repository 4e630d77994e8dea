import { createHmac, timingSafeEqual } from "node:crypto";
import { respondCloduraError } from "./respond";

/**
 * The key the app's own client sends to the embedded sandbox, derived from AUTH_SECRET. Nobody else can call the
 * sandbox: it would POST a webhook to any address it is given, and anyone could drain its balance and pause the queue.
 */
export function sandboxApiKey(authSecret: string): string {
  return `sandbox-${createHmac("sha256", authSecret).update("clodura-sandbox-api-key").digest("hex").slice(0, 32)}`;
}

/** Clodura's 401 for any key but `expected`. */
export function refuseOtherKeys(request: Request, expected: string): Response | null {
  const given = Buffer.from(request.headers.get("x-api-key")?.trim() ?? "");
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? null : respondCloduraError(401, "API key missing or invalid");
}
