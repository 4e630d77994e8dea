import { createInterface } from "node:readline";
import { openDatabase } from "@/db/client";
import { createBatch, type BatchEntry } from "@/lib/reveals/create-batch";

/**
 * An SDR's submission in a process of its own (`node --import tsx create-batch-worker.ts <db file> <user id>`): says
 * "ready", then for each stdin line `{"at": <epoch ms>, "entries": [...]}` spins until `at` (so two workers call
 * createBatch at the same moment) and prints the result as one JSON line. A line "exit" (or the end of stdin) ends it.
 */
const [file, userId] = process.argv.slice(2);
if (!file || !userId) throw new Error("usage: create-batch-worker <db file> <user id>");
const db = openDatabase(file);
process.stdout.write("ready\n");

for await (const line of createInterface({ input: process.stdin })) {
  if (line === "exit") break;
  const { at, entries } = JSON.parse(line) as { at: number; entries: BatchEntry[] };
  while (Date.now() < at) {
    // busy-wait: a timer would wake each process up to a few ms apart
  }
  const startedAt = performance.timeOrigin + performance.now();
  const created = createBatch(db, { requestedBy: userId, source: "paste", viaPartners: true, entries });
  const finishedAt = performance.timeOrigin + performance.now();
  process.stdout.write(`${JSON.stringify({ ...created, startedAt, finishedAt })}\n`);
}
db.$client.close();
process.exit(0);
