import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { FIRST_ADMIN_NAME, MAX_PASSWORD } from "@/lib/auth/account-schema";
import { MIN_PASSWORD, passwordProblem } from "@/lib/auth/password-policy";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const httpUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), {
      message: `${name} must be an http(s) URL such as https://example.com`,
    })
    // fetch refuses a URL with credentials in it, and they would be printed wherever the address is.
    .refine((value) => !URL.canParse(value) || (new URL(value).username === "" && new URL(value).password === ""), {
      message: `${name} must not carry a user name or password${name === "CLODURA_BASE_URL" ? " (the key goes in CLODURA_API_KEY)" : ""}`,
    })
    .transform((value) => value.replace(/\/+$/, ""));

const DEFAULT_DATABASE_URL = "./data/reveal-desk.db";

// More proxies than a load balancer, a CDN and an ingress in a row is more likely a typo than a setup.
const MAX_TRUSTED_PROXY_HOPS = 5;
const TRUSTED_PROXY_HOPS_RULE = `TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_TRUSTED_PROXY_HOPS}`;

const rawEnvSchema = z
  .object({
    PORT: z
      .string()
      .trim()
      .regex(/^\d+$/, "PORT must be a whole number between 1 and 65535")
      .transform(Number)
      .refine((port) => port >= 1 && port <= 65535, "PORT must be a whole number between 1 and 65535")
      .default(3000),
    // Listened on by npm start and npm run dev (scripts/start.mjs checks it); here only to reach the built-in sandbox.
    HOST: optionalText,
    DATABASE_URL: z
      .string()
      .trim()
      .min(1, "DATABASE_URL must be a file path such as ./data/reveal-desk.db")
      .transform((value) => value.replace(/^file:/, ""))
      .refine((value) => !value.endsWith("/"), "DATABASE_URL must name a file, not a folder")
      .default(DEFAULT_DATABASE_URL),
    // Proxies in front of the app that each append the address they saw to X-Forwarded-For (0: none, trust no entry).
    TRUSTED_PROXY_HOPS: z
      .string()
      .trim()
      .regex(/^\d+$/, TRUSTED_PROXY_HOPS_RULE)
      .transform(Number)
      .refine((hops) => hops <= MAX_TRUSTED_PROXY_HOPS, TRUSTED_PROXY_HOPS_RULE)
      .default(0),
    CLODURA_API_KEY: optionalText,
    CLODURA_BASE_URL: httpUrl("CLODURA_BASE_URL").default("https://api.clodura.ai"),
    PUBLIC_URL: httpUrl("PUBLIC_URL").optional(),
    // Read by next-auth itself; a value that is no URL sent every sign-in round in redirects.
    NEXTAUTH_URL: httpUrl("NEXTAUTH_URL").optional(),
    AUTH_SECRET: optionalText.refine(
      (value) => value === undefined || value.length >= 32,
      "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)",
    ),
    ADMIN_EMAIL: optionalText.refine(
      (value) => value === undefined || z.email().safeParse(value).success,
      "ADMIN_EMAIL must be an email address",
    ),
    // Sign-in refuses a longer password before hashing it: an admin created with one could never sign in.
    ADMIN_PASSWORD: optionalText.refine(
      (value) => value === undefined || (value.length >= MIN_PASSWORD && value.length <= MAX_PASSWORD),
      `ADMIN_PASSWORD must be ${MIN_PASSWORD} to ${MAX_PASSWORD} characters`,
    ),
  })
  .refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
    message: "set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither",
    path: ["ADMIN_PASSWORD"],
  })
  // The admin keeps this password (nothing asks them to change it): it passes the policy any chosen one does.
  .superRefine((env, context) => {
    const weak = env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? passwordProblem(env.ADMIN_PASSWORD, { name: FIRST_ADMIN_NAME, email: env.ADMIN_EMAIL }) : null;
    if (weak) context.addIssue({ code: "custom", path: ["ADMIN_PASSWORD"], message: weak });
  })
  // A value that is no URL at all already has its own message.
  .refine((env) => !env.CLODURA_API_KEY || !URL.canParse(env.CLODURA_BASE_URL) || env.CLODURA_BASE_URL.startsWith("https://") || isLoopback(env.CLODURA_BASE_URL), {
    message: "CLODURA_BASE_URL must be https:// when CLODURA_API_KEY is set, or the key travels in clear (http is only for this machine)",
    path: ["CLODURA_BASE_URL"],
  });

/** A value as it may be printed: an address's user name and password replaced. */
function withoutCredentials(value: string): string {
  return value.replace(/^(\w+:\/\/)[^/@\s]*@/, "$1…@");
}

function isLoopback(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname;
  return host === "localhost" || host === "[::1]" || /^127\./.test(host);
}

/** Settings that start, but that a team connecting a real Clodura account should hear about at once. */
export function configurationWarnings(env: AppEnv): string[] {
  if (env.sandboxMode) return [];
  if (isLoopback(env.publicUrl)) {
    return [
      `PUBLIC_URL is ${env.publicUrl}: Clodura cannot post webhooks to this machine's own address, so every reveal will wait for the track endpoint. Set PUBLIC_URL to the address Clodura can reach.`,
    ];
  }
  if (env.publicUrl.startsWith("http://")) {
    return [
      `PUBLIC_URL is ${env.publicUrl}: webhooks carry each reveal's token and its phone numbers, and would cross the internet in clear. Set PUBLIC_URL to an https:// address.`,
    ];
  }
  return [];
}

export type AppEnv = {
  port: number;
  databasePath: string;
  dataDir: string;
  sandboxMode: boolean;
  cloduraApiKey: string | null;
  /** Where the Clodura client sends requests: the real API, or the embedded sandbox on this server. */
  cloduraBaseUrl: string;
  publicUrl: string;
  authSecret: string;
  /** How many proxies' X-Forwarded-For entries to trust, counted from the right; 0 trusts none. */
  trustedProxyHops: number;
  initialAdmin: { email: string; password: string } | null;
};

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigurationError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): AppEnv {
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = rawEnvSchema.safeParse(defined);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const got = typeof defined[name] === "string" && !/SECRET|PASSWORD|KEY/.test(name) ? ` (got "${withoutCredentials(defined[name])}")` : "";
      const message = issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
      return `${message}${got}`;
    });
    // Said with the others, not after they are mended: a start refused for each in turn takes a round per mistake.
    const database = parsed.error.issues.some((issue) => issue.path[0] === "DATABASE_URL") ? null : databaseProblem(defined.DATABASE_URL);
    throw new ConfigurationError(database ? [...problems, database] : problems);
  }
  const env = parsed.data;
  const databasePath = databaseFile(env.DATABASE_URL);
  const dataDir = path.dirname(databasePath);
  const apiKey = env.CLODURA_API_KEY ?? null;
  return {
    port: env.PORT,
    databasePath,
    dataDir,
    sandboxMode: apiKey === null,
    cloduraApiKey: apiKey,
    cloduraBaseUrl: apiKey === null ? `http://${sandboxHost(env.HOST)}:${env.PORT}/sandbox` : env.CLODURA_BASE_URL,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    authSecret: env.AUTH_SECRET ?? secretIn(dataDir),
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    initialAdmin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : null,
  };
}

const EVERY_ADDRESS_OR_THIS_MACHINE = new Set(["0.0.0.0", "[::]", "localhost", "127.0.0.1"]);

/**
 * Where the server reaches its own sandbox: 127.0.0.1, unless HOST names one address (then the only one it listens
 * on). An IPv6 address goes in brackets, and is written as URL writes it, so `0:0:0:0:0:0:0:0` reads as `::`.
 */
function sandboxHost(host: string | undefined): string {
  if (host === undefined) return "127.0.0.1";
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  const inUrl = bare.includes(":") ? `[${bare}]` : bare;
  const written = URL.canParse(`http://${inUrl}`) ? new URL(`http://${inUrl}`).hostname : inUrl;
  return EVERY_ADDRESS_OR_THIS_MACHINE.has(written) ? "127.0.0.1" : written;
}

// The kernel's own files: SQLite on one of them spins at full CPU instead of failing. /dev/shm is a real (RAM) disk.
const KERNEL_FILES = /^\/(proc|sys|dev)(\/|$)/;

/** Why DATABASE_URL could never hold a database, or null. */
function databaseProblem(value: string | undefined): string | null {
  try {
    databaseFile((value ?? DEFAULT_DATABASE_URL).trim().replace(/^file:/, ""));
    return null;
  } catch (error) {
    return error instanceof ConfigurationError ? error.problems.join(" ") : null;
  }
}

/** DATABASE_URL as an absolute path, refused when it could never hold a database. */
function databaseFile(value: string): string {
  const file = path.resolve(value);
  if (KERNEL_FILES.test(file) && !file.startsWith("/dev/shm/")) {
    throw new ConfigurationError([`DATABASE_URL: ${file} is one of the kernel's files, not a disk's: name a file such as ./data/reveal-desk.db`]);
  }
  if (existsSync(file) && !statSync(file).isFile()) {
    throw new ConfigurationError([`DATABASE_URL: ${file} is ${statSync(file).isDirectory() ? "a folder" : "not a regular file"}: name a database file such as ./data/reveal-desk.db`]);
  }
  return file;
}

/** The generated session key in the data folder; a folder that cannot hold it is DATABASE_URL's problem, said so. */
function secretIn(dataDir: string): string {
  try {
    return readOrCreateSecret(dataDir);
  } catch (error) {
    throw new ConfigurationError([`DATABASE_URL: its folder ${dataDir} cannot be used (${error instanceof Error ? error.message : String(error)}): name a file in a folder this user can write`]);
  }
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

const globalForEnv = globalThis as unknown as { revealDeskEnv?: AppEnv };

/** The validated configuration; read once per process. Nothing else reads process.env. */
export function getEnv(): AppEnv {
  if (!globalForEnv.revealDeskEnv) {
    const env = parseEnv(process.env);
    // next-auth v4 builds its callback URLs from NEXTAUTH_URL; keep it on the port we serve.
    process.env.NEXTAUTH_URL ??= env.publicUrl;
    globalForEnv.revealDeskEnv = env;
  }
  return globalForEnv.revealDeskEnv;
}
