import { spawn, type ChildProcessByStdio } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { and, eq, isNull } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contacts, creditLedger, reveals, sandboxRequests } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import type { BatchEntry, CreatedBatch } from "@/lib/reveals/create-batch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { isSettled } from "../support/inspect";
import { entryFor, profileUrl, sandboxRequestCount } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

const WORKER = fileURLToPath(new URL("../support/create-batch-worker.ts", import.meta.url));
const ROUNDS = 5;

type Submitted = CreatedBatch & { startedAt: number; finishedAt: number };

/** One SDR in a separate Node process with its own connection to the same SQLite file. */
class SubmittingProcess {
  private readonly lines: string[] = [];
  private readonly waiting: ((line: string) => void)[] = [];
  readonly exited: Promise<unknown>;

  private constructor(private readonly child: ChildProcessByStdio<Writable, Readable, null>) {
    this.exited = once(child, "exit");
    createInterface({ input: child.stdout }).on("line", (line) => {
      const next = this.waiting.shift();
      if (next) next(line);
      else this.lines.push(line);
    });
  }

  static async start(file: string, user: SessionUser): Promise<SubmittingProcess> {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, file, user.id], { cwd: process.cwd(), stdio: ["pipe", "pipe", "inherit"] });
    const worker = new SubmittingProcess(child);
    expect(await worker.nextLine()).toBe("ready");
    return worker;
  }

  nextLine(): Promise<string> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    return Promise.race([
      new Promise<string>((resolve) => this.waiting.push(resolve)),
      this.exited.then(() => Promise.reject(new Error("the worker exited before answering"))),
    ]);
  }

  /** createBatch in the worker, starting at `at` (epoch ms). */
  async submit(at: number, entries: BatchEntry[]): Promise<Submitted> {
    this.child.stdin.write(`${JSON.stringify({ at, entries })}\n`);
    return JSON.parse(await this.nextLine()) as Submitted;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.stdin.end("exit\n");
    await this.exited;
  }
}

let app: TestApp;
let workers: SubmittingProcess[] = [];

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  workers = [];
  await app.close();
});

describe("two SDRs submitting the same person at the same moment", () => {
  it("produce exactly one Clodura request for that person, from two separate processes", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    workers = await Promise.all([SubmittingProcess.start(db.$client.name, sdrA), SubmittingProcess.start(db.$client.name, sdrB)]);
    const [processA, processB] = workers as [SubmittingProcess, SubmittingProcess];

    const rounds = Array.from({ length: ROUNDS }, (_, round) => ({
      shared: profileUrl(`race-${round}-shared`, { found: round % 2 === 0 }),
      onlyA: `https://www.linkedin.com/in/race-${round}-only-a/`,
      onlyB: `https://www.linkedin.com/in/race-${round}-only-b/`,
    }));
    let raced = 0;
    for (const round of rounds) {
      const at = Date.now() + 100; // long enough for both to be spinning on the same clock when it strikes
      // Different positions in each list, so the contested person is not always the first row either side writes.
      const [a, b] = await Promise.all([
        processA.submit(at, [entryFor(round.shared), entryFor(round.onlyA)]),
        processB.submit(at, [entryFor(round.onlyB), entryFor(round.shared)]),
      ]);
      expect(a.total + b.total).toBe(4);
      expect(a.cached + b.cached).toBe(0);
      // One of them queued the contested person, the other attached to that reveal.
      expect(a.attached + b.attached).toBe(1);
      expect(a.queued + b.queued).toBe(3);
      // The two calls really ran at once (one waited on the other's transaction), not one after the other.
      if (Math.max(a.startedAt, b.startedAt) < Math.min(a.finishedAt, b.finishedAt)) raced += 1;
    }
    expect(raced).toBeGreaterThan(0);

    // Dispatch everything through the sandbox over HTTP (past its 10/s limit the 429s are retried), then settle.
    await waitFor(
      async () => {
        await app.dispatchAll({ random: () => 0 });
        return db.select().from(reveals).where(and(isNull(reveals.sourceRevealId), eq(reveals.state, "queued"))).all().length === 0;
      },
      10_000,
      "every queued reveal to be sent",
    );
    await app.deliverWebhooks();
    const all = db.select().from(reveals).all();
    expect(all).toHaveLength(ROUNDS * 4);
    await waitFor(() => all.every((reveal) => isSettled(db, reveal.id) || reveal.state === "cached"), 5_000, "every webhook");

    for (const [index, round] of rounds.entries()) {
      const contact = db.select().from(contacts).where(eq(contacts.linkedinUrl, round.shared)).get()!;
      const forShared = db.select().from(reveals).where(eq(reveals.contactId, contact.id)).all();
      expect(forShared).toHaveLength(2);
      const paid = forShared.filter((reveal) => reveal.state !== "cached");
      const attached = forShared.filter((reveal) => reveal.state === "cached");
      expect(paid).toHaveLength(1);
      expect(paid[0]).toMatchObject({ sourceRevealId: null, state: index % 2 === 0 ? "found" : "not_found", attempts: expect.any(Number) });
      expect(attached).toEqual([expect.objectContaining({ sourceRevealId: paid[0]!.id })]);
      expect(new Set(forShared.map((reveal) => reveal.requestedBy))).toEqual(new Set([sdrA.id, sdrB.id]));
      expect(sandboxRequestCount(db, round.shared)).toBe(1);
      expect(db.select().from(creditLedger).where(eq(creditLedger.revealId, attached[0]!.id)).all()).toEqual([]);

      const attachedOwner = attached[0]!.requestedBy === sdrA.id ? sdrA : sdrB;
      const view = getBatchView(db, attached[0]!.batchId, attachedOwner);
      const otherSdr = attachedOwner === sdrA ? sdrB : sdrA;
      expect(view.rows.find((row) => row.revealId === attached[0]!.id)).toMatchObject({ state: "cached", credits: 0, ledger: { revealedBy: otherSdr.name } });
    }
    // Every person Clodura was asked about, exactly once.
    expect(db.select().from(sandboxRequests).all()).toHaveLength(ROUNDS * 3);
  });
});
