#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then serve on $HOST:$PORT.
// Migrations and user seeding run inside the server on start (instrumentation.ts).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { listenProblem } from "./listen-check.mjs";

const root = process.cwd();
const buildId = path.join(root, ".next", "BUILD_ID");
const sourceDirs = ["app", "components", "lib", "db", "public", "types"];
const sourceFiles = ["package-lock.json", "next.config.ts", "postcss.config.mjs", "instrumentation.ts", "proxy.ts", "tsconfig.json"];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

// The whole configuration, checked before a build that could take minutes (the server checks it again on start).
const envCheck = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/check-env.ts")], { stdio: "inherit" });
if (envCheck.status !== 0) process.exit(envCheck.status ?? 1);
const port = (process.env.PORT ?? "3000").trim();

// This machine only, unless told otherwise: in sandbox mode anyone who reaches the server can sign in with the demo
// accounts, whose passwords are public.
const host = (process.env.HOST ?? "127.0.0.1").trim();
if (!/^[\w.:-]+$/.test(host)) {
  console.error(`[reveal-desk] HOST must be an address to listen on (127.0.0.1, 0.0.0.0, ::), not "${host}".`);
  process.exit(1);
}
const problem = await listenProblem(host, Number(port));
if (problem) {
  console.error(`[reveal-desk] ${problem}`);
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const sourcesChanged = () => {
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return [...sourceDirs, ...sourceFiles].some((entry) => newestMtime(path.join(root, entry)) > built);
};

if (sourcesChanged()) {
  console.log("[reveal-desk] building the app (first start or sources changed)…");
  const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-H", host, "-p", String(Number(port))], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
