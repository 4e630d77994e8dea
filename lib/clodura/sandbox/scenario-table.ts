export const sandboxKeywords = [
  "sandbox-unknown-provider",
  "sandbox-insufficient-credits",
  "sandbox-providers-agree",
  "sandbox-duplicate-webhook",
  "sandbox-late-webhook",
  "sandbox-no-webhook",
  "sandbox-no-tracking-id",
  "sandbox-slow-answer",
  "sandbox-402",
  "sandbox-429",
  "sandbox-500",
  "sandbox-outage",
  "sandbox-422",
  "sandbox-404",
] as const;
export type SandboxKeyword = (typeof sandboxKeywords)[number];

export type SandboxScenarioRow = { keyword: SandboxKeyword; example: string; whatHappens: string };

const example = (keyword: SandboxKeyword): string => `https://www.linkedin.com/in/jane-doe-${keyword}/`;

/** The special inputs, for the README and the in-app help. Keywords apply whether or not partners are asked. */
export const sandboxScenarioTable: readonly SandboxScenarioRow[] = [
  {
    keyword: "sandbox-unknown-provider",
    example: example("sandbox-unknown-provider"),
    whatHappens:
      'Every listed provider says notFound, then an extra provider "Kaspr" finds a number under the kind "direct" (Standard form: one number of type "direct").',
  },
  {
    keyword: "sandbox-insufficient-credits",
    example: example("sandbox-insufficient-credits"),
    whatHappens:
      'Clodura and SignalHire say notFound, Enrichlayer says "Insufficient Credits" and the waterfall stops (Standard form: empty phoneNumbers). Nothing is charged.',
  },
  {
    keyword: "sandbox-providers-agree",
    example: example("sandbox-providers-agree"),
    whatHappens:
      "With partners asked, Clodura says notFound, then SignalHire and Enrichlayer both find numbers and agree on one mobile, each writing it its own way (SignalHire is charged). Without partners, Clodura finds that mobile alone.",
  },
  {
    keyword: "sandbox-duplicate-webhook",
    example: example("sandbox-duplicate-webhook"),
    whatHappens: "The same webhook body is delivered twice, about 300 ms apart.",
  },
  {
    keyword: "sandbox-late-webhook",
    example: example("sandbox-late-webhook"),
    whatHappens: "The track endpoint completes normally, but the webhook arrives only after 90 seconds.",
  },
  {
    keyword: "sandbox-no-webhook",
    example: example("sandbox-no-webhook"),
    whatHappens: "No webhook is ever sent; the track endpoint reports completed after about 1 second.",
  },
  {
    keyword: "sandbox-no-tracking-id",
    example: example("sandbox-no-tracking-id"),
    whatHappens: "The request is accepted with HTTP 200 but no trackingId; the webhook arrives as usual.",
  },
  {
    keyword: "sandbox-slow-answer",
    example: example("sandbox-slow-answer"),
    whatHappens: "The request is accepted (and charged if found), but its HTTP answer comes only after 11 seconds, past the app's 10-second timeout; the webhook arrives as usual.",
  },
  {
    keyword: "sandbox-402",
    example: example("sandbox-402"),
    whatHappens:
      'The first request for this person drops the sandbox balance to 0 and gets 402 {"message":"Credits exhausted"}; every request gets 402 until an admin resumes the queue (which refills the sandbox balance); then it succeeds.',
  },
  {
    keyword: "sandbox-429",
    example: example("sandbox-429"),
    whatHappens: "The first 2 requests for this person get 429 with Retry-After: 1; the third succeeds.",
  },
  {
    keyword: "sandbox-500",
    example: example("sandbox-500"),
    whatHappens: "The first request for this person gets 503; the next one succeeds.",
  },
  {
    keyword: "sandbox-outage",
    example: example("sandbox-outage"),
    whatHappens: "The first 8 requests for this person get 503, as many as the app tries, so the reveal fails after about 1–2 minutes; tried again, the 9th succeeds.",
  },
  {
    keyword: "sandbox-422",
    example: example("sandbox-422"),
    whatHappens: 'Always 422 {"message":"linkedinUrl could not be processed"}.',
  },
  {
    keyword: "sandbox-404",
    example: example("sandbox-404"),
    whatHappens: 'Always 404 {"message":"No result found"}.',
  },
];

/** The first keyword (in table order) found anywhere in a lowercased LinkedIn slug. */
export function findSandboxKeyword(slug: string): SandboxKeyword | null {
  const lower = slug.toLowerCase();
  return sandboxKeywords.find((keyword) => lower.includes(keyword)) ?? null;
}

/** The table as Markdown, ready to paste into a README. */
export function formatSandboxScenarioTable(): string {
  const rows = sandboxScenarioTable.map((row) => `| \`${row.keyword}\` | \`${row.example}\` | ${row.whatHappens} |`);
  return ["| keyword | example | what happens |", "|---|---|---|", ...rows].join("\n");
}
