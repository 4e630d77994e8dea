import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError, configurationWarnings, parseEnv } from "./env";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "reveal-env-"));

describe("parseEnv", () => {
  it("needs nothing on a laptop: sandbox mode, port 3000, a generated secret kept in the data folder", () => {
    const dir = dataDir();
    const env = parseEnv({ DATABASE_URL: path.join(dir, "app.db") });
    expect(env).toMatchObject({ port: 3000, sandboxMode: true, cloduraApiKey: null, publicUrl: "http://localhost:3000", initialAdmin: null });
    expect(env.cloduraBaseUrl).toBe("http://127.0.0.1:3000/sandbox");
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(env.authSecret);
    expect(parseEnv({ DATABASE_URL: path.join(dir, "app.db") }).authSecret).toBe(env.authSecret);
  });

  it("uses the real API when a key is set, and trims a trailing slash from URLs", () => {
    const env = parseEnv({ CLODURA_API_KEY: "key-123", CLODURA_BASE_URL: "https://api.example.com/", PUBLIC_URL: "https://desk.example.com/", AUTH_SECRET: "s".repeat(32), PORT: "8080" });
    expect(env).toMatchObject({ sandboxMode: false, cloduraApiKey: "key-123", cloduraBaseUrl: "https://api.example.com", publicUrl: "https://desk.example.com", port: 8080 });
  });

  it.each([
    [{ PORT: "eighty" }, /PORT must be a whole number between 1 and 65535 \(got "eighty"\)/],
    [{ PORT: "70000" }, /PORT must be a whole number/],
    [{ CLODURA_BASE_URL: "api.clodura.ai" }, /CLODURA_BASE_URL must be an http\(s\) URL/],
    [{ CLODURA_API_KEY: "key-123", CLODURA_BASE_URL: "http://api.clodura.ai" }, /CLODURA_BASE_URL must be https:\/\/ when CLODURA_API_KEY is set/],
    [{ CLODURA_API_KEY: "key-123", CLODURA_BASE_URL: "api.clodura.ai" }, /CLODURA_BASE_URL must be an http\(s\) URL/],
    [{ PUBLIC_URL: "ftp://x" }, /PUBLIC_URL must be an http\(s\) URL/],
    [{ AUTH_SECRET: "short" }, /AUTH_SECRET must be at least 32 characters/],
    [{ NEXTAUTH_URL: "garbage" }, /NEXTAUTH_URL must be an http\(s\) URL/],
    [{ ADMIN_EMAIL: "not-an-email", ADMIN_PASSWORD: "long-enough" }, /ADMIN_EMAIL must be an email address/],
    [{ ADMIN_EMAIL: "boss@example.com" }, /set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither/],
    [{ ADMIN_EMAIL: "boss@example.com", ADMIN_PASSWORD: "short" }, /ADMIN_PASSWORD must be 10 to 200 characters/],
    [{ ADMIN_EMAIL: "boss@example.com", ADMIN_PASSWORD: "nine-char" }, /ADMIN_PASSWORD must be 10 to 200 characters/],
    [{ ADMIN_EMAIL: "boss@example.com", ADMIN_PASSWORD: "x".repeat(201) }, /ADMIN_PASSWORD must be 10 to 200 characters/],
    [{ ADMIN_EMAIL: "boss@example.com", ADMIN_PASSWORD: "aaaaaaaaaa" }, /ADMIN_PASSWORD: This password is one character repeated/],
    [{ ADMIN_EMAIL: "boss@example.com", ADMIN_PASSWORD: "Password123!" }, /ADMIN_PASSWORD: This password is one of the most common passwords/],
    [{ ADMIN_EMAIL: "boss@example.com", ADMIN_PASSWORD: "the-boss-of-all" }, /ADMIN_PASSWORD: This password contains "boss", from the email address boss@example.com/],
    [{ ADMIN_EMAIL: "it@example.com", ADMIN_PASSWORD: "administrator-7" }, /ADMIN_PASSWORD: This password contains "administrator", from the name Administrator/],
    [{ TRUSTED_PROXY_HOPS: "one" }, /^Invalid configuration:\n {2}- TRUSTED_PROXY_HOPS must be a whole number from 0 to 5 \(got "one"\)$/],
    [{ TRUSTED_PROXY_HOPS: "6" }, /TRUSTED_PROXY_HOPS must be a whole number from 0 to 5 \(got "6"\)/],
    [{ TRUSTED_PROXY_HOPS: "-1" }, /TRUSTED_PROXY_HOPS must be a whole number from 0 to 5/],
    [{ TRUSTED_PROXY_HOPS: "1.5" }, /TRUSTED_PROXY_HOPS must be a whole number from 0 to 5/],
  ])("refuses %o with a message naming the variable", (source, message) => {
    const run = () => parseEnv({ DATABASE_URL: path.join(dataDir(), "app.db"), ...source });
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(message);
  });

  it("creates the first admin from ADMIN_EMAIL and a password that passes the policy", () => {
    const env = parseEnv({ DATABASE_URL: path.join(dataDir(), "app.db"), ADMIN_EMAIL: "boss@example.com", ADMIN_PASSWORD: "copper-kettle-drizzle" });
    expect(env.initialAdmin).toEqual({ email: "boss@example.com", password: "copper-kettle-drizzle" });
  });

  it("trusts no X-Forwarded-For entry unless TRUSTED_PROXY_HOPS says how many proxies append to it", () => {
    const file = path.join(dataDir(), "app.db");
    expect(parseEnv({ DATABASE_URL: file }).trustedProxyHops).toBe(0);
    expect(parseEnv({ DATABASE_URL: file, TRUSTED_PROXY_HOPS: "" }).trustedProxyHops).toBe(0);
    expect(parseEnv({ DATABASE_URL: file, TRUSTED_PROXY_HOPS: " 2 " }).trustedProxyHops).toBe(2);
    expect(parseEnv({ DATABASE_URL: file, TRUSTED_PROXY_HOPS: "5" }).trustedProxyHops).toBe(5);
  });

  it("lets a real key go to a Clodura stand-in over http on this machine, but warns that webhooks cannot reach localhost", () => {
    const env = parseEnv({ DATABASE_URL: path.join(dataDir(), "app.db"), CLODURA_API_KEY: "key-123", CLODURA_BASE_URL: "http://127.0.0.1:4010" });
    expect(env.cloduraBaseUrl).toBe("http://127.0.0.1:4010");
    expect(configurationWarnings(env)).toEqual([expect.stringContaining("PUBLIC_URL is http://localhost:3000: Clodura cannot post webhooks")]);
    expect(configurationWarnings({ ...env, publicUrl: "https://desk.example.com" })).toEqual([]);
    expect(configurationWarnings({ ...env, publicUrl: "http://desk.example.com" })).toEqual([expect.stringContaining("PUBLIC_URL is http://desk.example.com: webhooks carry each reveal's token")]);
    expect(configurationWarnings({ ...env, sandboxMode: true })).toEqual([]);
  });

  it.each([
    [undefined, "http://127.0.0.1:3000/sandbox"],
    ["0.0.0.0", "http://127.0.0.1:3000/sandbox"],
    ["::", "http://127.0.0.1:3000/sandbox"],
    ["0:0:0:0:0:0:0:0", "http://127.0.0.1:3000/sandbox"],
    ["localhost", "http://127.0.0.1:3000/sandbox"],
    [" 127.0.0.1 ", "http://127.0.0.1:3000/sandbox"],
    ["192.168.1.20", "http://192.168.1.20:3000/sandbox"],
    ["::1", "http://[::1]:3000/sandbox"],
    ["[2001:DB8::5]", "http://[2001:db8::5]:3000/sandbox"],
    ["desk.internal", "http://desk.internal:3000/sandbox"],
  ])("in sandbox mode with HOST %j, calls the sandbox at %s, where the server listens", (host, sandboxUrl) => {
    expect(parseEnv({ DATABASE_URL: path.join(dataDir(), "app.db"), HOST: host }).cloduraBaseUrl).toBe(sandboxUrl);
  });

  it("leaves a real key's Clodura address alone whatever HOST is", () => {
    const env = parseEnv({ DATABASE_URL: path.join(dataDir(), "app.db"), HOST: "192.168.1.20", CLODURA_API_KEY: "key-123" });
    expect(env.cloduraBaseUrl).toBe("https://api.clodura.ai");
  });

  it("names DATABASE_URL when its folder cannot be made (a file stands in its place)", () => {
    const file = path.join(dataDir(), "not-a-folder");
    writeFileSync(file, "x");
    const run = () => parseEnv({ DATABASE_URL: path.join(file, "app.db") });
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(/DATABASE_URL: its folder .*not-a-folder cannot be used/);
  });

  it.each([
    ["/proc/self/reveal.db", /DATABASE_URL: \/proc\/self\/reveal\.db is one of the kernel's files/],
    ["/sys/reveal.db", /DATABASE_URL: \/sys\/reveal\.db is one of the kernel's files/],
    ["/dev/null", /DATABASE_URL: \/dev\/null is one of the kernel's files/],
  ])("refuses DATABASE_URL %s, where SQLite would hang instead of failing", (file, message) => {
    expect(() => parseEnv({ DATABASE_URL: file })).toThrow(message);
  });

  it("refuses a DATABASE_URL that is a folder, even without a trailing slash", () => {
    const dir = dataDir();
    expect(() => parseEnv({ DATABASE_URL: dir })).toThrow(`DATABASE_URL: ${dir} is a folder: name a database file`);
  });

  it("says a folder for DATABASE_URL with the other variables' problems, not in a later start", () => {
    const dir = dataDir();
    const run = () => parseEnv({ DATABASE_URL: dir, AUTH_SECRET: "short" });
    expect(run).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(run).toThrow(`  - DATABASE_URL: ${dir} is a folder: name a database file`);
  });

  it("refuses a user name or password in an address, and never prints them", () => {
    const run = () => parseEnv({ DATABASE_URL: path.join(dataDir(), "app.db"), CLODURA_API_KEY: "key-123", CLODURA_BASE_URL: "https://ops:hunter2@api.clodura.ai" });
    expect(run).toThrow('CLODURA_BASE_URL must not carry a user name or password (the key goes in CLODURA_API_KEY) (got "https://…@api.clodura.ai")');
    expect(run).not.toThrow(/hunter2/);
    expect(() => parseEnv({ DATABASE_URL: path.join(dataDir(), "app.db"), PUBLIC_URL: "https://me:pw@desk.example.com" })).toThrow(/PUBLIC_URL must not carry a user name or password \(got "https:\/\/…@desk\.example\.com"\)/);
  });

  it("never echoes a secret value in its message", () => {
    expect(() => parseEnv({ AUTH_SECRET: "hunter2-secret" })).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(() => parseEnv({ AUTH_SECRET: "hunter2-secret" })).not.toThrow(/hunter2/);
  });
});
