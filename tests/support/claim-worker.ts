import { once } from "node:events";
import { openDatabase } from "@/db/client";
import { claimDispatch } from "@/lib/reveals/dispatch";

/**
 * A dispatcher in a process of its own (`node --import tsx claim-worker.ts <db file> <owner>`): says "ready", waits for
 * a line on stdin so every worker starts claiming at the same moment, claims until the queue is empty, then prints
 * the ids it took as one JSON line.
 */
const [file, owner] = process.argv.slice(2);
if (!file || !owner) throw new Error("usage: claim-worker <db file> <owner>");
const db = openDatabase(file);
process.stdout.write("ready\n");
// stdin says when to start (epoch ms): both workers spin until then, so their claims really interleave.
const [go] = (await once(process.stdin, "data")) as [Buffer];
const at = Number(go.toString().trim());
while (Date.now() < at) {
  // busy-wait: a timer would wake each process up to a few ms apart
}
const ids: string[] = [];
for (;;) {
  const claim = claimDispatch(db, owner, Date.now());
  if (claim === null || claim === "paused" || claim === "rate_limited") break;
  ids.push(claim.revealId);
}
db.$client.close();
process.stdout.write(`${JSON.stringify(ids)}\n`);
process.exit(0);
