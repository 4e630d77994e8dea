/** One non-empty line (or comma-separated piece) of pasted input, classified. */
export type PastedEntry =
  | {
      status: "ok";
      line: number; // 1-based line in the pasted text
      input: string; // the text as the user typed it (trimmed)
      /** Team-wide identity of the person: "li:<normalised url>" or "pid:<digits>". */
      key: string;
      linkedinUrl: string | null; // normalised, e.g. https://www.linkedin.com/in/jane-doe/
      personId: string | null; // Clodura personId, digits, always a string
    }
  | {
      status: "duplicate";
      line: number;
      input: string;
      key: string;
      /** Line of the first occurrence of the same person in this paste. */
      firstLine: number;
    }
  | {
      status: "unsupported";
      line: number;
      input: string;
      /** A sentence the user can act on, e.g. "Sales Navigator URLs are not supported: open the lead and copy the public profile URL (linkedin.com/in/…)." */
      reason: string;
      /** Machine-readable kind: sales_navigator | recruiter | pub | short_link | company | not_linkedin | malformed | not_profile */
      kind: UnsupportedKind;
    };

export type UnsupportedKind =
  | "sales_navigator"
  | "recruiter"
  | "pub"
  | "short_link"
  | "company"
  | "not_linkedin"
  | "malformed"
  | "not_profile";

export type NormalisedPerson =
  | { ok: true; key: string; linkedinUrl: string | null; personId: string | null }
  | { ok: false; kind: UnsupportedKind; reason: string };
