export type SandboxNumberKind = "mobile" | "direct";
export type SandboxNumber = { raw: string; kind: SandboxNumberKind };

/** One step of the waterfall, before it is shaped into either payload form. */
export type SandboxProviderAnswer = {
  provider: string;
  status: "found" | "notFound" | "Insufficient Credits";
  numbers: SandboxNumber[];
};

export type SandboxPerson = { personId: string; firstName: string; lastName: string };

export type SandboxMultiAnswer = { status: string; mobile?: string[]; direct?: string[] };

export type SandboxMultiPayload = {
  trackingId: string;
  people: Array<SandboxPerson & { phoneNumbers: Record<string, SandboxMultiAnswer> }>;
  status: "success";
};

export type SandboxStandardPayload = SandboxPerson & {
  phoneNumbers: Array<{ raw_number: string; type: SandboxNumberKind; source: "clodura" | "partner" }>;
};

export type SandboxPayload = SandboxMultiPayload | SandboxStandardPayload;

/** Shapes the waterfall exactly like CLODURA-API.md: the Standard form has no trackingId and no provider names. */
export function buildSandboxPayload(
  form: "standard" | "multi",
  person: SandboxPerson,
  answers: readonly SandboxProviderAnswer[],
  trackingId: string,
): SandboxPayload {
  if (form === "standard") return buildStandardPayload(person, answers);
  const phoneNumbers: Record<string, SandboxMultiAnswer> = {};
  for (const answer of answers) phoneNumbers[answer.provider] = toMultiAnswer(answer);
  return { trackingId, people: [{ ...person, phoneNumbers }], status: "success" };
}

function toMultiAnswer(answer: SandboxProviderAnswer): SandboxMultiAnswer {
  if (answer.status !== "found") return { status: answer.status };
  const mobile = answer.numbers.filter((number) => number.kind === "mobile").map((number) => number.raw);
  const direct = answer.numbers.filter((number) => number.kind === "direct").map((number) => number.raw);
  // Numbers first, then status, as in Clodura's published example.
  return { ...(mobile.length > 0 ? { mobile } : {}), ...(direct.length > 0 ? { direct } : {}), status: "found" };
}

function buildStandardPayload(person: SandboxPerson, answers: readonly SandboxProviderAnswer[]): SandboxStandardPayload {
  const found = answers.find((answer) => answer.status === "found");
  const source: "clodura" | "partner" = found?.provider === "Clodura" ? "clodura" : "partner";
  const phoneNumbers = (found?.numbers ?? []).map((number) => ({ raw_number: number.raw, type: number.kind, source }));
  return { ...person, phoneNumbers };
}
