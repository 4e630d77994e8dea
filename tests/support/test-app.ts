import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { reveals, users, type Role } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { createCloduraClient, type CloduraClient } from "@/lib/clodura/client";
import { deliverDueWebhooks } from "@/lib/clodura/sandbox/courier";
import { resetSandboxMemory } from "@/lib/clodura/sandbox/sandbox-memory";
import { routeSandboxRequest } from "@/lib/clodura/sandbox/serve-sandbox";
import { AppError, errorBody, errorStatus } from "@/lib/errors";
import { normaliseLinkedIn } from "@/lib/linkedin";
import { createBatch } from "@/lib/reveals/create-batch";
import { dispatchNext, type DispatchDeps, type DispatchOutcome } from "@/lib/reveals/dispatch";
import { receiveWebhook } from "@/lib/reveals/receive-webhook";
import { releasesSettled } from "@/lib/reveals/big-batch-lifecycle";

export type TestApp = {
  db: Db;
  url: string;
  publicUrl: string;
  client: CloduraClient;
  /** What dispatchNext needs, with a fixed owner; spread it and add `now` / `random` to control time. */
  deps: DispatchDeps;
  createUser(role: Role): SessionUser;
  createBatchFor(user: SessionUser, linkedinUrls: string[], viaPartners?: boolean): { batchId: string; revealIds: string[] };
  /** dispatchNext until nothing is due (or the queue pauses); returns every outcome in order. */
  dispatchAll(overrides?: Partial<DispatchDeps>): Promise<DispatchOutcome[]>;
  /** Runs the sandbox courier as if `aheadMs` had passed: every webhook planned by then is POSTed now, over HTTP. */
  deliverWebhooks(aheadMs?: number): Promise<number>;
  close(): Promise<void>;
};

const WEBHOOK_PATH = /^\/api\/webhooks\/clodura\/([^/]+)$/;
const COURIER_INTERVAL_MS = 25;

/**
 * The app's webhook route and the embedded sandbox on ONE real HTTP server over a fresh SQLite file, as in sandbox
 * mode: the dispatcher calls the sandbox over HTTP and the sandbox courier POSTs real webhooks back.
 */
export async function startTestApp(): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), "reveal-desk-it-"));
  const db = openDatabase(path.join(dir, "test.db"));
  resetSandboxMemory(); // the sandbox's rate window and attempt counts live in process memory
  const server = createServer((incoming, outgoing) => void answer(db, incoming, outgoing));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createCloduraClient({ baseUrl: `${url}/sandbox`, apiKey: "sandbox" });
  const deps: DispatchDeps = { client, publicUrl: url, owner: "test-dispatcher" };

  let delivering: Promise<number> | null = null;
  const courier = setInterval(() => {
    delivering ??= deliverDueWebhooks(db)
      .catch((error: unknown) => {
        console.error("[test-app] courier:", error);
        return 0;
      })
      .finally(() => (delivering = null));
  }, COURIER_INTERVAL_MS);

  let userCount = 0;
  return {
    db,
    url,
    publicUrl: url,
    client,
    deps,
    createUser(role) {
      userCount += 1;
      const values = { email: `${role}-${userCount}@example.test`, name: `${role} ${userCount}`, passwordHash: "unused", role };
      const { id } = db.insert(users).values(values).returning({ id: users.id }).get();
      return { id, email: values.email, name: values.name, role };
    },
    createBatchFor(user, linkedinUrls, viaPartners = true) {
      const entries = linkedinUrls.map((input) => {
        const person = normaliseLinkedIn(input);
        if (!person.ok) throw new Error(`not a profile URL: ${input} (${person.reason})`);
        return { key: person.key, linkedinUrl: person.linkedinUrl, personId: person.personId };
      });
      const { batchId } = createBatch(db, { requestedBy: user.id, source: "paste", viaPartners, entries });
      const rows = db.select({ id: reveals.id }).from(reveals).where(eq(reveals.batchId, batchId)).orderBy(asc(sql`rowid`)).all();
      return { batchId, revealIds: rows.map((row) => row.id) };
    },
    async dispatchAll(overrides = {}) {
      const outcomes: DispatchOutcome[] = [];
      for (;;) {
        const outcome = await dispatchNext(db, { ...deps, ...overrides });
        if (outcome === "idle" || outcome === "paused" || outcome === "rate_limited") return outcomes;
        outcomes.push(outcome);
      }
    },
    deliverWebhooks(aheadMs = 5_000) {
      return deliverDueWebhooks(db, Date.now() + aheadMs);
    },
    async close() {
      clearInterval(courier);
      await delivering;
      await releasesSettled();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until `predicate` returns a truthy value, and returns it; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(predicate: () => T | Promise<T>, timeoutMs = 5_000, what = "condition"): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A tiny stand-in for the Next route files: the same lib calls and the same AppError → status map. */
async function answer(db: Db, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  let response: Response;
  try {
    const request = await toRequest(incoming);
    const { pathname } = new URL(request.url);
    const webhook = WEBHOOK_PATH.exec(pathname);
    if (pathname.startsWith("/sandbox/")) response = await routeSandboxRequest(db, request);
    else if (webhook?.[1] && request.method === "POST") {
      const receipt = await receiveWebhook(db, decodeURIComponent(webhook[1]), request);
      response = Response.json({ outcome: receipt.outcome, message: receipt.message }, { status: receipt.status });
    } else response = Response.json(errorBody(new AppError("not_found", "No such route.")), { status: 404 });
  } catch (error) {
    const appError = error instanceof AppError ? error : new AppError("internal", "Something went wrong on our side.");
    if (!(error instanceof AppError)) console.error("[test-app]", error);
    response = Response.json(errorBody(appError), { status: errorStatus[appError.code] });
  }
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding"]);

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const method = incoming.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks);
  return new Request(`http://${incoming.headers.host ?? "127.0.0.1"}${incoming.url ?? "/"}`, { method, headers, body });
}
