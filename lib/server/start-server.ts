import { getDb } from "@/db";
import { seedUsers } from "@/lib/auth/seed-users";
import { cloduraClientFromEnv } from "@/lib/clodura/client-from-env";
import { startBalanceWatcher } from "@/lib/credits/balance-watcher";
import { ensureSandboxCourier } from "@/lib/clodura/sandbox/courier";
import { ConfigurationError, configurationWarnings, getEnv } from "@/lib/env";
import { startRevealWorkers } from "@/lib/reveals/workers";
import { finishInterruptedWidening } from "@/lib/settings/reveal-settings";
import { configurationStop } from "./configuration-stop";
import { sandboxAnswersProblem } from "./sandbox-answers";

const globalForServer = globalThis as unknown as { revealDeskStarted?: boolean };

/** Runs once per server process: validate configuration, migrate, seed users, start background work. */
export async function startServer(): Promise<void> {
  if (globalForServer.revealDeskStarted) return;
  globalForServer.revealDeskStarted = true;
  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (error instanceof ConfigurationError) stopWith(error.message);
    throw error;
  }
  let db;
  try {
    db = getDb();
  } catch (error) {
    stopWith(`DATABASE_URL: ${env.databasePath} cannot be opened as a SQLite database (${error instanceof Error ? error.message : String(error)}).`);
  }
  const sandboxAnswers = env.sandboxMode ? null : sandboxAnswersProblem(db, env.databasePath);
  if (sandboxAnswers) stopWith(sandboxAnswers);
  await seedUsers(db, { sandboxMode: env.sandboxMode, initialAdmin: env.initialAdmin });
  const client = cloduraClientFromEnv();
  // Started first: until its turns are done, the dispatcher claims nothing it might answer free.
  finishInterruptedWidening(db).catch((error) => console.error(`[reveal-desk] answering queued reveals a wider freshness window covers failed: ${error instanceof Error ? error.message : String(error)}`));
  startRevealWorkers(db, { client, publicUrl: env.publicUrl });
  startBalanceWatcher(db, client);
  if (env.sandboxMode) ensureSandboxCourier(db);
  for (const warning of configurationWarnings(env)) console.warn(`[reveal-desk] warning: ${warning}`);
  console.log(
    env.sandboxMode
      ? `[reveal-desk] sandbox mode: Clodura is simulated at ${env.cloduraBaseUrl} (set CLODURA_API_KEY to use the real API). Open ${env.publicUrl} and sign in with a demo account shown there.`
      : `[reveal-desk] connected to Clodura at ${env.cloduraBaseUrl}; webhooks go to ${env.publicUrl}/api/webhooks/clodura/…`,
  );
}

function stopWith(problem: string): never {
  console.error(configurationStop(problem));
  process.exit(1);
}
