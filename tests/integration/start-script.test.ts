import { spawn } from "node:child_process";
import os from "node:os";
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";

/** `npm start`'s script with these variables: its exit code and what it printed, before any build would begin. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      // Past the checks: it would build and serve. Not what these tests start.
      if (stdout.includes("building") || stdout.includes("Next.js")) child.kill("SIGTERM");
    });
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

let occupied: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (occupied ? occupied.close(() => resolve()) : resolve()));
  occupied = null;
});

describe("npm start refuses, before building, a HOST or PORT it cannot listen on", () => {
  it("names HOST when it is no address this machine resolves", async () => {
    const { code, stderr } = await start({ HOST: "999.1.1.1", PORT: "3997" });
    expect(code).toBe(1);
    expect(stderr).toContain('HOST "999.1.1.1" is neither an IP address nor a name this machine resolves');
  });

  it("names HOST when it is another machine's address", async () => {
    const { code, stderr } = await start({ HOST: "192.0.2.10", PORT: "3997" });
    expect(code).toBe(1);
    expect(stderr).toContain("HOST 192.0.2.10 is not an address of this machine");
  });

  it("names PORT when another server already listens there", async () => {
    occupied = createServer();
    await new Promise<void>((resolve) => occupied!.listen(0, "127.0.0.1", resolve));
    const port = (occupied.address() as AddressInfo).port;
    const { code, stderr } = await start({ HOST: "127.0.0.1", PORT: String(port) });
    expect(code).toBe(1);
    expect(stderr).toContain(`PORT ${port} is already in use on 127.0.0.1`);
  });
});

describe("npm start refuses, before building, a configuration the server would refuse", () => {
  it("names a weak ADMIN_PASSWORD, and says how to go on", async () => {
    const { code, stderr } = await start({ PORT: "3997", ADMIN_EMAIL: "owner@acme-sales.test", ADMIN_PASSWORD: "Acme-Owner-2026!" });
    expect(code).toBe(1);
    expect(stderr).toContain('ADMIN_PASSWORD: This password contains "owner", from the email address owner@acme-sales.test');
    expect(stderr).toContain('Fix the variable(s) above and start again. See README.md, "Configuration".');
    expect(stderr).not.toContain("Acme-Owner-2026!");
  });

  it("names a DATABASE_URL that is a folder", async () => {
    const { code, stderr } = await start({ PORT: "3997", DATABASE_URL: os.tmpdir() });
    expect(code).toBe(1);
    expect(stderr).toContain(`DATABASE_URL: ${os.tmpdir()} is a folder`);
  });

  it("names a PORT that is not a port", async () => {
    const { code, stderr } = await start({ PORT: "eighty" });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT must be a whole number between 1 and 65535 (got "eighty")');
  });
});
