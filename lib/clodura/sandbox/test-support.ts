import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { planSandboxReveal } from "./scenarios";

/** A migrated SQLite file of its own, for one test file. */
export function openSandboxTestDb(): Db {
  return openDatabase(path.join(mkdtempSync(path.join(tmpdir(), "reveal-desk-sandbox-")), "t.db"));
}

/** A LinkedIn URL whose planned reveal does (or does not) find a number, searched deterministically. */
export function findProfileUrl(options: ProfileWanted): string {
  return findProfileUrls(options, 1)[0]!;
}

type ProfileWanted = { found: boolean; viaPartners: boolean; prefix?: string };

/** `count` such URLs: a list of people found by none charges nothing, so the tests after it keep their budgets. */
export function findProfileUrls(options: ProfileWanted, count: number): string[] {
  const urls: string[] = [];
  for (let i = 0; urls.length < count; i += 1) {
    if (i >= 10_000 * count) throw new Error("no matching profile found");
    const url = `https://www.linkedin.com/in/${options.prefix ?? "test"}-person-${i}`;
    const plan = planSandboxReveal({ personKey: url, linkedinUrl: url, viaPartners: options.viaPartners, form: "multi", trackingId: "x" });
    if ((plan.chargedProvider !== null) === options.found) urls.push(url);
  }
  return urls;
}

export type MatchBody = { personId?: string; linkedinUrl?: string; revealPhoneNumberViaPartners?: boolean; webhookUrl?: string };

/** POSTs a match request to a served sandbox, with a key unless told otherwise. */
export async function postMatch(baseUrl: string, body: MatchBody | string, apiKey: string | null = "test-key"): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/search/people/phone/match`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(apiKey === null ? {} : { "x-api-key": apiKey }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
