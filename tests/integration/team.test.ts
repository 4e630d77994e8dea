import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/passwords";
import { activeUser, addMember, changeMember, listTeam, temporaryPassword } from "@/lib/auth/team";
import { addMemberSchema, changeMemberSchema, refusedField } from "@/lib/auth/team-schema";
import { listAudit } from "@/lib/credits/audit";
import { setBudget } from "@/lib/credits/budgets";
import { listBudgets } from "@/lib/credits/list-budgets";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const hashOf = (id: string) => app.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)).get()!.hash;
const summaries = () => listAudit(app.db).entries.map((entry) => entry.summary);

describe("the team an admin manages", () => {
  it("adds a person with a password shown once and stored only as a hash, and refuses an email already in use", async () => {
    const admin = app.createUser("admin");
    const input = addMemberSchema.parse({ name: " Jane Roe ", email: "Jane.Roe@Acme.com ", role: "sdr" });
    expect(input).toEqual({ name: "Jane Roe", email: "jane.roe@acme.com", role: "sdr" });

    const { member, temporaryPassword: password } = await addMember(app.db, admin, input);
    expect(member).toMatchObject({ name: "Jane Roe", email: "jane.roe@acme.com", role: "sdr", disabled: false });
    expect(password).toMatch(/^[A-Za-z1-9xy]{24}$/);
    expect(hashOf(member.id)).not.toContain(password!);
    expect(await verifyPassword(password!, hashOf(member.id))).toBe(true);
    expect(activeUser(app.db, member.id, 0)).toEqual({ id: member.id, email: "jane.roe@acme.com", name: "Jane Roe", role: "sdr", temporaryPassword: true });
    expect(summaries()).toEqual(["Added Jane Roe (jane.roe@acme.com) as SDR"]);

    await expect(addMember(app.db, admin, { ...input, name: "Another Jane" })).rejects.toThrow("jane.roe@acme.com already belongs to Jane Roe.");
    expect(listTeam(app.db).filter((person) => person.email === "jane.roe@acme.com")).toHaveLength(1);
  });

  it("applies a role change and a disabled account to the person's next request (for good), and audits both", async () => {
    const [admin, sdr] = [app.createUser("admin"), app.createUser("sdr")];
    await changeMember(app.db, admin, sdr.id, { role: "manager" });
    expect(activeUser(app.db, sdr.id, 0)?.role).toBe("manager");

    const { member } = await changeMember(app.db, admin, sdr.id, { disabled: true });
    expect(member.disabled).toBe(true);
    expect(activeUser(app.db, sdr.id, 0)).toBeNull();
    expect(listTeam(app.db).at(-1)?.id).toBe(sdr.id); // disabled people are listed last
    expect(listBudgets(app.db).map((row) => row.subject)).not.toContain(sdr.id); // no spend this month, nothing to cap

    await changeMember(app.db, admin, sdr.id, { disabled: false });
    // Enabled again, the account signs in anew: a session from before it was disabled stays ended.
    expect(activeUser(app.db, sdr.id, 0)).toBeNull();
    expect(activeUser(app.db, sdr.id, 1)?.role).toBe("manager");
    expect(summaries()).toEqual([`Enabled ${sdr.name} again`, `Disabled ${sdr.name}: can no longer sign in`, `${sdr.name}: role SDR → Manager`]);

    // Nothing changed, nothing audited.
    await changeMember(app.db, admin, sdr.id, { role: "manager" });
    expect(summaries()).toHaveLength(3);
  });

  it("resets a password: the old one stops working, the new one is shown once", async () => {
    const admin = app.createUser("admin");
    const { member, temporaryPassword: first } = await addMember(app.db, admin, { name: "Kim Lee", email: "kim@acme.com", role: "sdr" });
    const { temporaryPassword: second } = await changeMember(app.db, admin, member.id, { resetPassword: true });
    expect(second).not.toBe(first);
    expect(await verifyPassword(first!, hashOf(member.id))).toBe(false);
    expect(await verifyPassword(second!, hashOf(member.id))).toBe(true);
    expect(summaries()[0]).toBe("Reset the password of Kim Lee: signed out everywhere");
    // Sessions from before the reset end; one signed in with the new password (version 1) works.
    expect(activeUser(app.db, member.id, 0)).toBeNull();
    expect(activeUser(app.db, member.id, 1)?.email).toBe("kim@acme.com");
  });

  it("corrects a name and an email together, refusing an email someone else has", async () => {
    const admin = app.createUser("admin");
    const { member } = await addMember(app.db, admin, { name: "Jane Roe", email: "jane@acme.con", role: "sdr" });
    const fixed = await changeMember(app.db, admin, member.id, changeMemberSchema.parse({ name: "Jane Roe-Smith", email: "Jane@Acme.com" }));
    expect(fixed.member).toMatchObject({ name: "Jane Roe-Smith", email: "jane@acme.com" });
    expect(summaries()[0]).toBe("Jane Roe: name Jane Roe → Jane Roe-Smith, email jane@acme.con → jane@acme.com");
    await expect(changeMember(app.db, admin, member.id, { email: admin.email })).rejects.toThrow(`${admin.email} already belongs to ${admin.name}.`);
    expect(changeMemberSchema.safeParse({ name: "A", role: "sdr" }).error?.issues[0]?.message).toBe("Send one change at a time.");
  });

  it("refuses a name someone else on the team has (case and spaces aside), when adding and when renaming", async () => {
    const admin = app.createUser("admin");
    const taken = "Casey Jones is already the name of casey@acme.com. Add a middle initial or a team to tell them apart.";
    const { member: casey } = await addMember(app.db, admin, { name: "Casey Jones", email: "casey@acme.com", role: "sdr" });
    await expect(addMember(app.db, admin, addMemberSchema.parse({ name: "  casey   JONES ", email: "casey2@acme.com", role: "sdr" }))).rejects.toThrow(taken);
    expect(listTeam(app.db).map((person) => person.email)).not.toContain("casey2@acme.com");

    const { member: other } = await addMember(app.db, admin, { name: "Casey J. Jones", email: "casey2@acme.com", role: "sdr" });
    await expect(changeMember(app.db, admin, other.id, { name: "Casey Jones", email: "casey2@acme.com" })).rejects.toThrow(taken);
    // Their own name in other letters, or a new email beside an unchanged name, is no clash.
    expect((await changeMember(app.db, admin, casey.id, { name: "casey jones", email: "casey@acme.com" })).member.name).toBe("casey jones");
    expect((await changeMember(app.db, admin, other.id, { name: "Casey J. Jones", email: "cjj@acme.com" })).member.email).toBe("cjj@acme.com");
  });

  it("names the field a refusal is about, for the form to mark: an email or a name someone else has", async () => {
    const admin = app.createUser("admin");
    const { member } = await addMember(app.db, admin, { name: "Dana Cole", email: "dana@acme.com", role: "manager" });
    const { member: priya } = await addMember(app.db, admin, { name: "Priya Shah", email: "priya@acme.com", role: "sdr" });
    await expect(addMember(app.db, admin, { name: "Dana Two", email: "dana@acme.com", role: "sdr" })).rejects.toMatchObject({ details: { field: "email" } });
    await expect(addMember(app.db, admin, { name: "dana cole", email: "dana2@acme.com", role: "sdr" })).rejects.toMatchObject({ details: { field: "name" } });
    await expect(changeMember(app.db, admin, priya.id, { name: "Priya Shah", email: member.email })).rejects.toMatchObject({ message: "dana@acme.com already belongs to Dana Cole.", details: { field: "email" } });
    await expect(changeMember(app.db, admin, priya.id, { name: "Dana Cole", email: priya.email })).rejects.toMatchObject({ details: { field: "name" } });
    expect(refusedField({ field: "email" })).toBe("email");
    expect(refusedField(undefined)).toBeNull();
  });

  it("keeps an admin: nobody demotes or disables themselves, and the last active admin stays one", async () => {
    const [admin, other] = [app.createUser("admin"), app.createUser("admin")];
    await expect(changeMember(app.db, admin, admin.id, { role: "sdr" })).rejects.toThrow("You cannot change your own role: ask another admin.");
    await expect(changeMember(app.db, admin, admin.id, { disabled: true })).rejects.toThrow("You cannot disable your own account: ask another admin.");
    await changeMember(app.db, admin, other.id, { role: "manager" });
    // With `other` a manager, `admin` is the last one: even a request made in another's name cannot remove them.
    await expect(changeMember(app.db, other, admin.id, { disabled: true })).rejects.toThrow(`${admin.name} is the last active admin: make someone else an admin first.`);
    expect(activeUser(app.db, admin.id, 0)?.role).toBe("admin");
    await expect(changeMember(app.db, admin, "nobody", { role: "sdr" })).rejects.toThrow("This person is not on the team.");
  });

  it("keeps who did what in the history as they were named then, when a seat is handed on", async () => {
    const [admin, manager, sdr] = [app.createUser("admin"), app.createUser("manager"), app.createUser("sdr")];
    setBudget(app.db, manager.id, { subject: sdr.id, period: "month" }, 80);
    await changeMember(app.db, admin, manager.id, { name: "Nora New", email: "nora.new@acme.example" });
    const budgetChange = listAudit(app.db).entries.find((entry) => entry.action === "budget.set");
    expect(budgetChange).toMatchObject({ actor: manager.name });
    setBudget(app.db, manager.id, { subject: sdr.id, period: "month" }, 90);
    expect(listAudit(app.db, { limit: 1 }).entries[0]).toMatchObject({ action: "budget.set", actor: "Nora New" });
  });

  it("takes one change at a time, with a message for a bad one", () => {
    const problem = (body: unknown) => changeMemberSchema.safeParse(body).error?.issues[0]?.message;
    expect(problem({ role: "boss" })).toBe("Choose SDR, Manager or Admin.");
    expect(problem({ role: "sdr", disabled: true })).toBe("Send one change at a time.");
    expect(problem({})).toBe("Send one change at a time.");
    expect(problem({ resetPassword: true })).toBeUndefined();
    expect(addMemberSchema.safeParse({ name: "", email: "x@y.z", role: "sdr" }).error?.issues[0]?.message).toBe("Enter the person's name.");
    expect(addMemberSchema.safeParse({ name: "A", email: "not-an-email", role: "sdr" }).error?.issues[0]?.message).toBe("Enter a valid email address, like jane@acme.com.");
    expect(new Set(Array.from({ length: 50 }, temporaryPassword)).size).toBe(50);
  });
});
