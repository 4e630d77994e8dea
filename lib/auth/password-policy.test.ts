import { describe, expect, it } from "vitest";
import { commonPasswords } from "./common-passwords";
import { demoAccounts } from "./demo-accounts";
import { MIN_PASSWORD, passwordProblem } from "./password-policy";
import { temporaryPassword, temporaryPasswordFor } from "./team";

const riley = { name: "Riley Chen", email: "riley.chen@acme.test" };

describe("passwordProblem", () => {
  it("accepts a password of a few unrelated words, or a long random one", () => {
    for (const password of ["copper-kettle-drizzle", "correct horse battery staple", "Tq8#vLp2!xZr", "second-password"]) expect(passwordProblem(password, riley)).toBeNull();
  });

  it("keeps the 10-character minimum", () => {
    expect(passwordProblem("Tq8#vLp2!", riley)).toBe("A password needs at least 10 characters.");
    expect(passwordProblem("Tq8#vLp2!x", riley)).toBeNull();
    expect(MIN_PASSWORD).toBe(10);
  });

  it.each(["aaaaaaaaaa", "AAAAAAAAAAAA", "0000000000", "..........", "ééééééééééé"])("refuses one character repeated: %s", (password) => {
    expect(passwordProblem(password)).toBe("This password is one character repeated, which is guessed at once. A few unrelated words make a strong one.");
  });

  it.each(["1234567890", "0123456789", "0987654321", "abcdefghij", "ABCDEFGHIJKL", "zyxwvutsrq", "6789012345", "qrstuvwxyzabc"])("refuses a simple run: %s", (password) => {
    expect(passwordProblem(password)).toBe("This password is a simple run of letters or digits (like abcdefghij or 1234567890), which is guessed at once. A few unrelated words make a strong one.");
  });

  it("lets through what only looks like a run or a repeat", () => {
    for (const password of ["1234567899", "abcdefghik", "aaaaaaaaab", "13579bdfhj", "abab-abab-ab"]) expect(passwordProblem(password)).toBeNull();
  });

  it.each(["password123", "Password123!", "qwertyuiop", "letmein123", "QWERTY12345", "welcome2026."])("refuses a common password: %s", (password) => {
    expect(passwordProblem(password)).toBe("This password is one of the most common passwords, which are tried first. A few unrelated words make a strong one.");
  });

  it("lists only lowercase passwords long enough to reach the list", () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(50);
    for (const password of commonPasswords) expect(password.length >= MIN_PASSWORD && password === password.toLowerCase(), password).toBe(true);
  });

  it("refuses the owner's email name or its pieces, in any case, from 4 characters", () => {
    const email = (part: string) => `This password contains "${part}", from the email address riley.chen@acme.test, which anyone guessing tries first. Leave it out.`;
    expect(passwordProblem("my-RILEY.CHEN-key", riley)).toBe(email("riley.chen"));
    expect(passwordProblem("teal-riley-harbour", riley)).toBe(email("riley"));
    expect(passwordProblem("teal-chen-harbour", riley)).toBe(email("chen"));
    // Without an owner there is nobody's email to compare with.
    expect(passwordProblem("teal-riley-harbour")).toBeNull();
  });

  it("refuses a word of the owner's name of 4 characters or more, in any case; shorter words are too common to refuse", () => {
    const owner = { name: "Morgan Lee (Manager)", email: "ml@acme.test" };
    expect(passwordProblem("quiet-MORGAN-river", owner)).toBe('This password contains "morgan", from the name Morgan Lee (Manager), which anyone guessing tries first. Leave it out.');
    expect(passwordProblem("lake-manager-stone", owner)).toBe('This password contains "manager", from the name Morgan Lee (Manager), which anyone guessing tries first. Leave it out.');
    expect(passwordProblem("lee-lake-stone", owner)).toBeNull();
    expect(passwordProblem("demo-sdr-pass", { name: "Sam Rivera (SDR)", email: "sdr@demo.revealdesk.test" })).toBeNull();
  });

  it("passes the demo accounts' published passwords, each for its own account", () => {
    for (const account of demoAccounts) expect(passwordProblem(account.password, account), account.email).toBeNull();
  });

  it("passes the passwords the server makes, drawing again one that holds a piece of the person's name", () => {
    for (let draw = 0; draw < 200; draw += 1) expect(passwordProblem(temporaryPassword(), riley)).toBeNull();
    const draws = ["Xk4RiLeYq9hTz2mWvB7nPcJd", "Xk4Rq9hTz2mWvB7nPcJdLs3a"];
    expect(temporaryPasswordFor(riley, () => draws.shift()!)).toBe("Xk4Rq9hTz2mWvB7nPcJdLs3a");
  });
});
