import { commonPasswords } from "./common-passwords";

export const MIN_PASSWORD = 10;

/** Whose password it is: their name and email are the first things anyone guessing tries. */
export type PasswordOwner = { name: string; email: string };

const advice = "A few unrelated words make a strong one.";
/** Shorter pieces of a name or an email ("Lee", "sdr") are too common to refuse in a password. */
const MIN_PERSONAL_PART = 4;

/**
 * Why a password someone sets is refused, or null when it is fine. The same checks on the server and in the form;
 * without an owner, only the checks that need none.
 */
export function passwordProblem(password: string, owner?: PasswordOwner): string | null {
  if (password.length < MIN_PASSWORD) return `A password needs at least ${MIN_PASSWORD} characters.`;
  const lower = password.toLocaleLowerCase();
  if (new Set(lower).size === 1) return `This password is one character repeated, which is guessed at once. ${advice}`;
  if (isSimpleRun(lower)) return `This password is a simple run of letters or digits (like abcdefghij or 1234567890), which is guessed at once. ${advice}`;
  // "Password123!" is as common as "password123": trailing punctuation is the usual disguise.
  if (commonPasswords.has(lower) || commonPasswords.has(lower.replace(/[^\p{L}\p{N}]+$/u, ""))) {
    return `This password is one of the most common passwords, which are tried first. ${advice}`;
  }
  if (!owner) return null;
  const [localPart = ""] = owner.email.split("@");
  const fromEmail = personalParts([localPart, ...localPart.split(/[^\p{L}\p{N}]+/u)]).find((part) => lower.includes(part));
  if (fromEmail) return `This password contains "${fromEmail}", from the email address ${owner.email}, which anyone guessing tries first. Leave it out.`;
  const fromName = personalParts(owner.name.split(/[^\p{L}\p{N}]+/u)).find((part) => lower.includes(part));
  if (fromName) return `This password contains "${fromName}", from the name ${owner.name}, which anyone guessing tries first. Leave it out.`;
  return null;
}

function personalParts(parts: string[]): string[] {
  return parts.map((part) => part.toLocaleLowerCase()).filter((part) => part.length >= MIN_PERSONAL_PART);
}

const cycles = ["0123456789", "abcdefghijklmnopqrstuvwxyz"];

/** Every character the next (or every one the previous) of the one before, 9 going on to 0 and z to a. */
function isSimpleRun(lower: string): boolean {
  const chars = Array.from(lower);
  const steps = new Set(chars.slice(1).map((char, index) => stepBetween(chars[index]!, char)));
  return steps.size === 1 && !steps.has(0);
}

function stepBetween(from: string, to: string): -1 | 0 | 1 {
  for (const cycle of cycles) {
    const [a, b] = [cycle.indexOf(from), cycle.indexOf(to)];
    if (a < 0 || b < 0) continue;
    const step = (b - a + cycle.length) % cycle.length;
    return step === 1 ? 1 : step === cycle.length - 1 ? -1 : 0;
  }
  return 0;
}
