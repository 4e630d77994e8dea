import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { checkSignIn, type SignInAttempt } from "@/lib/auth/check-sign-in";
import { clientAddress, networkOf } from "@/lib/auth/client-address";
import { knownDeviceToken } from "@/lib/auth/known-device";
import { hashPassword } from "@/lib/auth/passwords";

const SECRET = "s".repeat(32);
const RIGHT = "the-right-password";
const NETWORK_LOCKED = /^TooManyFromHere:(600|599|598)$/;

let db: Db;
let people = 0;
let hash: string;

beforeAll(async () => {
  db = openDatabase(path.join(mkdtempSync(path.join(tmpdir(), "reveal-desk-sign-in-")), "test.db"));
  hash = await hashPassword(RIGHT);
});

/** A teammate whose password is RIGHT. */
function teammate(): { email: string; sessionVersion: number } {
  people += 1;
  const email = `person-${people}@acme.test`;
  db.insert(users).values({ email, name: `Person ${people}`, passwordHash: hash, role: "sdr" }).run();
  return { email, sessionVersion: db.select().from(users).where(eq(users.email, email)).get()!.sessionVersion };
}

/** A network behind one trusted proxy, as the sign-in route reads it from X-Forwarded-For. */
function network(): string {
  const address = `203.0.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
  return networkOf(clientAddress(`10.1.1.1, ${address}`, 1)!);
}

const signIn = (attempt: Partial<SignInAttempt> & { email: string }) =>
  checkSignIn(db, { password: "a-common-password", knownDevice: undefined, network: null, ...attempt }, SECRET);

/** Sprays one wrong password at `count` fresh emails (half of them real accounts) from `from`. */
async function spray(from: string | null, count: number): Promise<Array<null | string>> {
  const answers: Array<null | string> = [];
  for (let i = 0; i < count; i += 1) {
    const email = i % 2 ? teammate().email : `nobody-${Math.random()}@acme.test`;
    answers.push(await signIn({ email, network: from }).then(() => null, (error: Error) => error.message));
  }
  return answers;
}

describe("signing in from a network a trusted proxy names", () => {
  it("without one (no trusted proxy), a password sprayed at many emails is never refused: only emails have limits", async () => {
    expect(await spray(null, 30)).toEqual(Array(30).fill(null));
  });

  it("locks a network after 20 wrong passwords at as many emails, saying so at the 20th; even a right password waits", async () => {
    const sprayer = network();
    const answers = await spray(sprayer, 20);
    expect(answers.slice(0, 19)).toEqual(Array(19).fill(null));
    expect(answers[19]).toMatch(NETWORK_LOCKED);
    await expect(signIn({ email: teammate().email, password: RIGHT, network: sprayer })).rejects.toThrow(NETWORK_LOCKED);
    // Another network goes on.
    await expect(signIn({ email: teammate().email, password: RIGHT, network: network() })).resolves.toMatchObject({ deviceId: null });
  });

  it("does not forget wrong passwords at other accounts when one account's right password signs in", async () => {
    const from = network();
    const own = teammate();
    expect(await spray(from, 19)).toEqual(Array(19).fill(null));
    for (let again = 0; again < 3; again += 1) await expect(signIn({ email: own.email, password: RIGHT, network: from })).resolves.not.toBeNull();
    await expect(signIn({ email: teammate().email, network: from })).rejects.toThrow(NETWORK_LOCKED);
    await expect(signIn({ email: own.email, password: RIGHT, network: from })).rejects.toThrow(NETWORK_LOCKED);
  });

  it("lets a browser that signed in as an email before sign in from a locked network, and does not count its tries", async () => {
    const office = network();
    const casey = teammate();
    const knownDevice = knownDeviceToken(casey, SECRET);
    // Casey's own typos on her own browser cost the office nothing...
    for (let typo = 0; typo < 3; typo += 1) expect(await signIn({ email: casey.email, knownDevice, network: office })).toBeNull();
    // ...so a spray from the office still gets exactly 20 wrong passwords...
    const answers = await spray(office, 20);
    expect(answers.slice(0, 19)).toEqual(Array(19).fill(null));
    expect(answers[19]).toMatch(NETWORK_LOCKED);
    // ...after which Casey's browser still signs her in, and a new one does not.
    await expect(signIn({ email: casey.email, password: RIGHT, knownDevice, network: office })).resolves.toMatchObject({ user: { email: casey.email } });
    await expect(signIn({ email: casey.email, password: RIGHT, network: office })).rejects.toThrow(NETWORK_LOCKED);
  });

  it("costs the network nothing for a try an email's own lock refuses unchecked", async () => {
    const from = network();
    const locked = teammate();
    for (let guess = 0; guess < 5; guess += 1) await signIn({ email: locked.email }).catch(() => null);
    for (let refused = 0; refused < 10; refused += 1) await expect(signIn({ email: locked.email, network: from })).rejects.toThrow(/^TooManyAttempts:/);
    const answers = await spray(from, 20);
    expect(answers.slice(0, 19)).toEqual(Array(19).fill(null));
    expect(answers[19]).toMatch(NETWORK_LOCKED);
  });
});
