import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@/db/client";
import { startSandboxCourier } from "./courier";
import { handleSandboxCredits } from "./handle-credits";
import { handleSandboxMatch } from "./handle-match";
import { handleSandboxTrack } from "./handle-track";
import { respondUnknownSandboxPath, sandboxPathOf } from "./respond";

export type SandboxServer = { url: string; close(): Promise<void> };
/** courierIntervalMs: null leaves webhook delivery to explicit deliverDueWebhooks calls. */
export type ServeSandboxOptions = { courierIntervalMs?: number | null };

/**
 * The sandbox on its own port over real HTTP, for tests: `url` plays the part of CLODURA_BASE_URL. Paths may also carry
 * the app's `/sandbox` prefix.
 */
export async function serveSandbox(db: Db, options: ServeSandboxOptions = {}): Promise<SandboxServer> {
  const server = createServer((incoming, outgoing) => {
    void answer(db, incoming, outgoing);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const interval = options.courierIntervalMs === undefined ? 100 : options.courierIntervalMs;
  const stopCourier = interval === null ? () => {} : startSandboxCourier(db, interval);
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      stopCourier();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** Routes one request to the handler the Next route would call. */
export async function routeSandboxRequest(db: Db, request: Request): Promise<Response> {
  const path = sandboxPathOf(request);
  const track = /^\/api\/v1\/search\/people\/track\/([^/]+)$/.exec(path);
  if (request.method === "POST" && path === "/api/v1/search/people/phone/match") return handleSandboxMatch(db, request);
  if (request.method === "GET" && track?.[1]) return handleSandboxTrack(db, decodeURIComponent(track[1]), request);
  if (request.method === "GET" && path === "/api/v1/credits") return handleSandboxCredits(db, request);
  return respondUnknownSandboxPath(request);
}

async function answer(db: Db, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  try {
    const response = await routeSandboxRequest(db, await toRequest(incoming));
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error("[sandbox] request failed:", error instanceof Error ? error.message : error);
    if (!outgoing.headersSent) outgoing.writeHead(500, { "content-type": "application/json" });
    outgoing.end(JSON.stringify({ message: "Internal server error" }));
  }
}

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const method = incoming.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(`http://${incoming.headers.host ?? "127.0.0.1"}${incoming.url ?? "/"}`, {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}
