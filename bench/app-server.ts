import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type AppServer = { baseUrl: string; stop: () => Promise<void> };

/** `npm start` (building first if the sources changed) on a fresh SQLite file in sandbox mode, as a new user runs it. */
export async function startAppServer(port: number): Promise<AppServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "reveal-bench-app-"));
  const baseUrl = `http://localhost:${port}`;
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
    env: { ...process.env, PORT: String(port), DATABASE_URL: path.join(dir, "reveal-desk.db"), PUBLIC_URL: baseUrl, NEXTAUTH_URL: baseUrl, CLODURA_API_KEY: "" },
  });
  // Kept to explain a failed start; a server stopped mid-batch also logs webhooks it could no longer deliver.
  let errors = "";
  server.stderr?.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4_000);
  });
  const stop = async () => {
    await stopProcessGroup(server);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(`${baseUrl}/login`, server);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${errors}`);
  }
  return { baseUrl, stop };
}

async function waitUntilServing(url: string, server: ChildProcess, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode} before serving ${url}.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not serve ${url} within ${timeoutMs / 1000} s.`);
}

/** start.mjs runs `next start` as a child: the whole group goes. */
async function stopProcessGroup(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (server.exitCode === null) process.kill(-server.pid, "SIGKILL");
}
