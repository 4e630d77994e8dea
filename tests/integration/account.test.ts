import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { changeOwnPassword, passwordChangeTries } from "@/lib/auth/account";
import { activeUser } from "@/lib/auth/team";
import { changePasswordSchema } from "@/lib/auth/account-schema";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { clearSignInAttempts, takeSignInAttempt } from "@/lib/auth/sign-in-throttle";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("changing your own password", () => {
  it("needs the current password, then the old one stops working", async () => {
    const sdr = app.createUser("sdr");
    app.db.update(users).set({ passwordHash: await hashPassword("first-password"), temporaryPassword: true }).where(eq(users.id, sdr.id)).run();
    const hash = () => app.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, sdr.id)).get()!.hash;

    await expect(changeOwnPassword(app.db, sdr, { current: "a-wrong-guess", next: "second-password" })).rejects.toThrow("Your current password is not right.");
    expect(await verifyPassword("first-password", hash())).toBe(true);

    await changeOwnPassword(app.db, sdr, { current: "first-password", next: "second-password" });
    expect(await verifyPassword("second-password", hash())).toBe(true);
    expect(await verifyPassword("first-password", hash())).toBe(false);
    expect(app.db.select({ temporary: users.temporaryPassword }).from(users).where(eq(users.id, sdr.id)).get()?.temporary).toBe(false);
  });

  it("ends every session signed in before the change; a wrong guess ends none", async () => {
    const sdr = app.createUser("sdr");
    app.db.update(users).set({ passwordHash: await hashPassword("first-password") }).where(eq(users.id, sdr.id)).run();
    const version = () => app.db.select({ version: users.sessionVersion }).from(users).where(eq(users.id, sdr.id)).get()!.version;
    const before = version();

    await expect(changeOwnPassword(app.db, sdr, { current: "a-wrong-guess", next: "second-password" })).rejects.toThrow("not right");
    expect(activeUser(app.db, sdr.id, before)?.id).toBe(sdr.id);

    await changeOwnPassword(app.db, sdr, { current: "first-password", next: "second-password" });
    expect(activeUser(app.db, sdr.id, before)).toBeNull();
    expect(activeUser(app.db, sdr.id, version())?.id).toBe(sdr.id);
  });

  it("locks for a minute after five wrong current passwords, like sign-in", async () => {
    const sdr = app.createUser("sdr");
    for (let guess = 0; guess < 5; guess += 1) {
      await expect(changeOwnPassword(app.db, sdr, { current: `guess-${guess}`, next: "whatever-password" })).rejects.toThrow("not right");
    }
    await expect(changeOwnPassword(app.db, sdr, { current: "unused", next: "whatever-password" })).rejects.toThrow("Too many wrong passwords");
    clearSignInAttempts(passwordChangeTries(sdr));
  });

  it("is not locked by strangers' wrong passwords at the sign-in form", async () => {
    const sdr = app.createUser("sdr");
    app.db.update(users).set({ passwordHash: await hashPassword("first-password") }).where(eq(users.id, sdr.id)).run();
    for (let guess = 0; guess < 5; guess += 1) takeSignInAttempt(sdr.email);
    expect(takeSignInAttempt(sdr.email)).toBe(false);
    await changeOwnPassword(app.db, sdr, { current: "first-password", next: "second-password" });
    clearSignInAttempts(sdr.email);
  });

  it("refuses a weak new password, with the policy's message, keeping the old one and spending no try", async () => {
    const sdr = app.createUser("sdr");
    app.db.update(users).set({ passwordHash: await hashPassword("first-password") }).where(eq(users.id, sdr.id)).run();
    const owner = { ...sdr, name: "Riley Chen", email: "riley.chen@acme.test" };
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await expect(changeOwnPassword(app.db, owner, { current: "first-password", next: "aaaaaaaaaa" })).rejects.toThrow("This password is one character repeated");
    }
    await expect(changeOwnPassword(app.db, owner, { current: "first-password", next: "Password123!" })).rejects.toThrow("one of the most common passwords");
    await expect(changeOwnPassword(app.db, owner, { current: "first-password", next: "chen-family-2026" })).rejects.toThrow('This password contains "chen", from the email address riley.chen@acme.test');
    const hash = app.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, sdr.id)).get()!.hash;
    expect(await verifyPassword("first-password", hash)).toBe(true);
    await changeOwnPassword(app.db, owner, { current: "first-password", next: "copper-kettle-drizzle" });
    clearSignInAttempts(passwordChangeTries(owner));
  });

  it("refuses a short new password, or the same one again, with a message", () => {
    const problem = (input: { current: string; next: string }) => changePasswordSchema.safeParse(input).error?.issues[0]?.message;
    expect(problem({ current: "first-password", next: "short" })).toBe("A new password needs at least 10 characters.");
    expect(problem({ current: "first-password", next: "first-password" })).toBe("The new password is the same as the current one.");
    expect(problem({ current: "", next: "second-password" })).toBe("Enter your current password.");
  });
});
