import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sandboxPeople } from "@/db/schema";
import { makePersonId } from "./hash-person";
import type { SandboxMatchRequest } from "./parse-match-request";

/** The person a match request is about, as the simulator plans outcomes: `personKey` seeds every one of them. */
export type SandboxIdentity = { personKey: string; linkedinUrl: string | null; personId: string };

/**
 * Who a request names. By profile: that profile, and the personId given beside it or else one derived from it. By a
 * personId the simulator reported for a profile: that profile again, so the person gets the same outcome whichever
 * identifier the app sends (it sends the personId once it knows it). Any other personId is a person of its own.
 */
export function identifySandboxPerson(db: Db, match: SandboxMatchRequest): SandboxIdentity {
  if (match.linkedinUrl !== null) {
    return { personKey: match.personKey, linkedinUrl: match.linkedinUrl, personId: match.personId ?? makePersonId(match.personKey) };
  }
  const personId = match.personId ?? makePersonId(match.personKey);
  const known = db.select({ personKey: sandboxPeople.personKey }).from(sandboxPeople).where(eq(sandboxPeople.personId, personId)).get();
  // The stored key is the normalised profile URL: the same slug, keyword and name as the URL first asked with.
  return known ? { personKey: known.personKey, linkedinUrl: known.personKey, personId } : { personKey: match.personKey, linkedinUrl: null, personId };
}

/** Remembers which profile a reported personId stands for; the first profile a personId was reported for keeps it. */
export function rememberSandboxPerson(db: Db, person: SandboxIdentity): void {
  if (person.linkedinUrl === null) return;
  db.insert(sandboxPeople).values({ personId: person.personId, personKey: person.personKey }).onConflictDoNothing().run();
}
