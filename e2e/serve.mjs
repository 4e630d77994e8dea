// Starts the app for Playwright on a fresh database: the same `npm start` a user runs, with no state from before.
import { rmSync } from "node:fs";
import "node:process";

rmSync("./data/e2e", { recursive: true, force: true });
await import("../scripts/start.mjs");
