import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { demoAccounts } from "./demo-accounts";
import { hashPassword, verifyPassword } from "./passwords";
import { seedUsers } from "./seed-users";

const freshDb = () => openDatabase(path.join(mkdtempSync(path.join(tmpdir(), "reveal-seed-")), "t.db"));

describe("seedUsers", () => {
  it("creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD with a hashed password, only when nobody exists", async () => {
    const db = freshDb();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await seedUsers(db, { sandboxMode: false, initialAdmin: { email: "Boss@Example.com", password: "correct horse" } });
      // The start's log says who may sign in now, never with what.
      expect(log).toHaveBeenCalledWith("[reveal-desk] created the admin boss@example.com: sign in with ADMIN_PASSWORD, then add your team on Team.");
      expect(log.mock.calls.flat().join(" ")).not.toContain("correct horse");
    } finally {
      log.mockRestore();
    }
    const [admin] = db.select().from(users).all();
    expect(admin).toMatchObject({ email: "boss@example.com", role: "admin" });
    expect(admin?.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse", admin?.passwordHash ?? "")).toBe(true);
    expect(await verifyPassword("wrong", admin?.passwordHash ?? "")).toBe(false);

    await seedUsers(db, { sandboxMode: false, initialAdmin: { email: "second@example.com", password: "another one" } });
    expect(db.select().from(users).all()).toHaveLength(1);
  });

  it("says so when ADMIN_EMAIL already belongs to a member, and does not make them admin", async () => {
    const db = freshDb();
    db.insert(users).values({ email: "boss@example.com", name: "Boss", role: "sdr", passwordHash: "x" }).run();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await seedUsers(db, { sandboxMode: false, initialAdmin: { email: "boss@example.com", password: "correct horse" } });
      expect(db.select().from(users).all()).toEqual([expect.objectContaining({ email: "boss@example.com", role: "sdr", passwordHash: "x" })]);
      expect(warn).toHaveBeenCalledWith("[reveal-desk] ADMIN_EMAIL boss@example.com already belongs to a member of the team: no admin was created. Set ADMIN_EMAIL to an email not yet on the team.");
    } finally {
      warn.mockRestore();
    }
  });

  it("creates the demo accounts (two SDRs, a manager, an admin) in sandbox mode, once", async () => {
    const db = freshDb();
    await seedUsers(db, { sandboxMode: true, initialAdmin: null });
    await seedUsers(db, { sandboxMode: true, initialAdmin: null });
    const seeded = db.select().from(users).all();
    expect(seeded.map((user) => user.role).sort()).toEqual(["admin", "manager", "sdr", "sdr"]);
    for (const account of demoAccounts) {
      const user = seeded.find((candidate) => candidate.email === account.email);
      expect(await verifyPassword(account.password, user?.passwordHash ?? "")).toBe(true);
    }
  });

  it("gives a demo account of an older database the password the sign-in page lists, and leaves one that has it alone", async () => {
    const db = freshDb();
    const [changed, kept] = demoAccounts as [(typeof demoAccounts)[number], (typeof demoAccounts)[number]];
    db.insert(users).values({ email: changed.email, name: changed.name, role: changed.role, passwordHash: await hashPassword("an-older-demo-pass"), temporaryPassword: true }).run();
    const keptHash = await hashPassword(kept.password);
    db.insert(users).values({ email: kept.email, name: kept.name, role: kept.role, passwordHash: keptHash }).run();
    await seedUsers(db, { sandboxMode: true, initialAdmin: null });
    const row = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!;
    expect(await verifyPassword(changed.password, row(changed.email).passwordHash)).toBe(true);
    expect(row(changed.email).temporaryPassword).toBe(false);
    expect(row(kept.email).passwordHash).toBe(keptHash);
  });

  it("creates no demo accounts outside sandbox mode", async () => {
    const db = freshDb();
    await seedUsers(db, { sandboxMode: false, initialAdmin: null });
    expect(db.select().from(users).all()).toHaveLength(0);
  });

  it("disables the demo accounts once a real Clodura key is set, and creates ADMIN_EMAIL's admin though people exist", async () => {
    const db = freshDb();
    await seedUsers(db, { sandboxMode: true, initialAdmin: null });
    const before = db.select().from(users).all();

    await seedUsers(db, { sandboxMode: false, initialAdmin: { email: "boss@acme.example", password: "correct horse" } });
    const after = db.select().from(users).all();
    for (const account of demoAccounts) {
      const demo = after.find((user) => user.email === account.email)!;
      expect(demo.disabledAt).toBeInstanceOf(Date);
      // Sessions already open end too.
      expect(demo.sessionVersion).toBe(before.find((user) => user.email === account.email)!.sessionVersion + 1);
    }
    expect(after.find((user) => user.email === "boss@acme.example")).toMatchObject({ role: "admin", disabledAt: null });

    // Once the team has its own admin, ADMIN_EMAIL adds nobody, and restarting changes nothing.
    await seedUsers(db, { sandboxMode: false, initialAdmin: { email: "other@acme.example", password: "another one" } });
    expect(db.select().from(users).all()).toEqual(after);

    // Back in sandbox mode (the key removed), the demo accounts the sign-in page lists can sign in again.
    await seedUsers(db, { sandboxMode: true, initialAdmin: null });
    for (const account of demoAccounts) expect(db.select().from(users).all().find((user) => user.email === account.email)!.disabledAt).toBeNull();
  });

  it("leaves disabled a demo account an admin disabled, through restarts with and without a real key", async () => {
    const db = freshDb();
    await seedUsers(db, { sandboxMode: true, initialAdmin: null });
    const [chosen, ...others] = demoAccounts.map((account) => account.email) as [string, ...string[]];
    db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, chosen)).run();
    const disabled = () => db.select().from(users).all().filter((user) => user.disabledAt !== null).map((user) => user.email).sort();

    await seedUsers(db, { sandboxMode: true, initialAdmin: null });
    expect(disabled()).toEqual([chosen]);
    await seedUsers(db, { sandboxMode: false, initialAdmin: { email: "boss@acme.example", password: "correct horse" } });
    expect(disabled()).toEqual([chosen, ...others].sort());
    await seedUsers(db, { sandboxMode: true, initialAdmin: null });
    expect(disabled()).toEqual([chosen]);
  });

  it("enables the demo accounts of a database a start with a key disabled them in before it kept which it disabled", async () => {
    const db = freshDb();
    for (const account of demoAccounts) {
      db.insert(users).values({ email: account.email, name: account.name, role: account.role, passwordHash: "x", disabledAt: new Date() }).run();
    }
    await seedUsers(db, { sandboxMode: true, initialAdmin: null });
    expect(db.select().from(users).all().filter((user) => user.disabledAt !== null)).toEqual([]);
  });
});
