import { describe, expect, it } from "vitest";
import { parseCloduraJson } from "./parse-json";
import { firstFoundProvider, hasAnyNumber, parseRevealResult } from "./parse-result";
import { ranOutOfCredits } from "@/lib/reveals/ran-out-of-credits";

// Both payloads copied verbatim from CLODURA-API.md §1.
const STANDARD_EXAMPLE = `{
  "personId": "2751275603503088159",
  "firstName": "Brad",
  "lastName": "Dickey",
  "phoneNumbers": [ { "raw_number": "+11099773515", "type": "mobile", "source": "partner" } ]
}`;

const MULTI_EXAMPLE = `{
  "trackingId": "69c25b4178ded0e4ebfc4772",
  "people": [
    {
      "personId": "3602687943191298570",
      "firstName": "Brad",
      "lastName": "Dickey",
      "phoneNumbers": {
        "Clodura":     { "status": "notFound" },
        "SignalHire":  { "status": "notFound" },
        "Enrichlayer": { "status": "notFound" },
        "Wiza":        { "status": "notFound" },
        "LeadMagic":   { "status": "notFound" },
        "RocketReach": { "status": "notFound" },
        "Findymail":   { "mobile": ["+1439-570-0805"], "status": "found" }
      }
    }
  ],
  "status": "success"
}`;

function parseText(text: string): ReturnType<typeof parseRevealResult> {
  return parseRevealResult(parseCloduraJson(text));
}

describe("parseRevealResult: documented examples", () => {
  it("reads the Standard form, grouping numbers by source", () => {
    const result = parseText(STANDARD_EXAMPLE);
    expect(result).toEqual({
      form: "standard",
      trackingId: null,
      personId: "2751275603503088159",
      firstName: "Brad",
      lastName: "Dickey",
      providers: [
        { provider: "partner", status: "found", position: 0, numbers: [{ raw: "+11099773515", e164: "+11099773515", international: "+1 1099773515", type: "mobile" }] },
      ],
    });
    expect(firstFoundProvider(result!)).toBe("partner");
  });

  it("keeps a Standard form's good numbers when one entry has none, and reads an explicit null list as no numbers", () => {
    const person = { personId: "2751275603503088159", firstName: "Brad", lastName: "Dickey" };
    const mixed = parseRevealResult({ ...person, phoneNumbers: [{ raw_number: "+11099773515", type: "mobile", source: 7 }, { raw_number: null }, "x", { raw_number: " " }] });
    expect(mixed?.providers).toEqual([
      { provider: "Clodura", status: "found", position: 0, numbers: [{ raw: "+11099773515", e164: "+11099773515", international: "+1 1099773515", type: "mobile" }] },
    ]);
    expect(parseRevealResult({ ...person, phoneNumbers: null })?.providers).toEqual([{ provider: "Clodura", status: "notFound", numbers: [], position: 0 }]);
    // No list at all is not a result: it may be a pending answer or an envelope. Nor is a list none of whose entries
    // can be read: it is kept raw rather than taken for "no numbers".
    expect(parseRevealResult(person)).toBeNull();
    expect(parseRevealResult({ ...person, phoneNumbers: [{ number: "+11099773515", type: "mobile" }] })).toBeNull();
  });

  it("reads the Multi-Provider form, one outcome per provider in payload order", () => {
    const result = parseText(MULTI_EXAMPLE);
    expect(result).toMatchObject({ form: "multi", trackingId: "69c25b4178ded0e4ebfc4772", personId: "3602687943191298570" });
    expect(result!.providers.map((p) => [p.provider, p.status, p.position])).toEqual([
      ["Clodura", "notFound", 0],
      ["SignalHire", "notFound", 1],
      ["Enrichlayer", "notFound", 2],
      ["Wiza", "notFound", 3],
      ["LeadMagic", "notFound", 4],
      ["RocketReach", "notFound", 5],
      ["Findymail", "found", 6],
    ]);
    expect(result!.providers[6]!.numbers).toEqual([{ raw: "+1439-570-0805", e164: "+14395700805", international: "+1 439 570 0805", type: "mobile" }]);
    expect(firstFoundProvider(result!)).toBe("Findymail");
  });
});

describe("parseRevealResult: Standard form edge cases", () => {
  it("turns an empty phoneNumbers array into a single Clodura notFound outcome", () => {
    const result = parseRevealResult({ personId: "1", phoneNumbers: [] });
    expect(result?.providers).toEqual([{ provider: "Clodura", status: "notFound", numbers: [], position: 0 }]);
    expect(firstFoundProvider(result!)).toBeNull();
  });

  it("reads a placeholder number like 'N/A' as its source's find without a number, which Clodura charges for", () => {
    const result = parseRevealResult({ personId: "9", phoneNumbers: [{ raw_number: "N/A", type: "mobile", source: "partner" }, { raw_number: "-" }] })!;
    expect(result.providers).toEqual([
      { provider: "partner", status: "found", numbers: [], position: 0 },
      { provider: "Clodura", status: "found", numbers: [], position: 1 },
    ]);
    expect(hasAnyNumber(result)).toBe(false);
    expect(firstFoundProvider(result)).toBe("partner");
  });

  it("keeps a placeholder's source in first-seen order beside a source with a real number, and the answer has a number", () => {
    const result = parseRevealResult({
      personId: "9",
      phoneNumbers: [
        { raw_number: "N/A", type: "mobile", source: "partner" },
        { raw_number: "+11099773515", type: "mobile", source: "clodura" },
        { raw_number: "unknown", source: "clodura" },
      ],
    })!;
    expect(result.providers).toEqual([
      { provider: "partner", status: "found", numbers: [], position: 0 },
      { provider: "clodura", status: "found", numbers: [{ raw: "+11099773515", e164: "+11099773515", international: "+1 1099773515", type: "mobile" }], position: 1 },
    ]);
    expect(hasAnyNumber(result)).toBe(true);
  });

  it("groups by source in first-seen order, a missing source meaning Clodura", () => {
    const result = parseRevealResult({
      phoneNumbers: [
        { raw_number: "+11099773515", type: "mobile" },
        { raw_number: "+44 20 7946 0958", type: "direct", source: "partner" },
        // Text libphonenumber cannot read is kept as sent (it has digits; one without any is dropped, below).
        { raw_number: "ext 12 via reception", source: "" },
      ],
    });
    expect(result?.personId).toBeNull();
    expect(result?.providers).toEqual([
      {
        provider: "Clodura",
        status: "found",
        position: 0,
        numbers: [
          { raw: "+11099773515", e164: "+11099773515", international: "+1 1099773515", type: "mobile" },
          { raw: "ext 12 via reception", e164: null, type: "unknown" },
        ],
      },
      { provider: "partner", status: "found", position: 1, numbers: [{ raw: "+44 20 7946 0958", e164: "+442079460958", international: "+44 20 7946 0958", type: "direct" }] },
    ]);
  });
});

describe("parseRevealResult: Multi-Provider form edge cases", () => {
  const person = (phoneNumbers: unknown): unknown => ({ trackingId: "t1", people: [{ personId: "9", phoneNumbers }] });

  it("keeps unknown providers, unknown number kinds, single strings and unknown statuses", () => {
    const result = parseRevealResult(
      person({
        Kaspr: { status: "found", direct: "+44 20 7946 0958", office: ["+11099773515", ""], mobile: [] },
        Clodura: { status: "Insufficient Credits" },
        NewVendor: { status: "Timed Out" },
      }),
    );
    expect(result?.providers).toEqual([
      {
        provider: "Kaspr",
        status: "found",
        position: 0,
        numbers: [
          { raw: "+44 20 7946 0958", e164: "+442079460958", international: "+44 20 7946 0958", type: "direct" },
          { raw: "+11099773515", e164: "+11099773515", international: "+1 1099773515", type: "office" },
        ],
      },
      { provider: "Clodura", status: "Insufficient Credits", numbers: [], position: 1 },
      { provider: "NewVendor", status: "Timed Out", numbers: [], position: 2 },
    ]);
  });

  it("charges the first found provider in payload order when several found numbers", () => {
    const result = parseRevealResult(
      person({ Wiza: { status: "notFound" }, LeadMagic: { status: "found", mobile: ["+11099773515"] }, Findymail: { status: "found", mobile: ["+14395700805"] } }),
    );
    expect(firstFoundProvider(result!)).toBe("LeadMagic");
  });

  it("keeps every other provider's answer, and a found number, when one provider entry is malformed", () => {
    const result = parseRevealResult(
      person({
        Clodura: { status: "notFound" },
        SignalHire: "rate limited",
        Enrichlayer: { status: 404 },
        Wiza: { status: "found", mobile: ["+14155550134", { bad: true }], direct: { nested: "x" } },
      }),
    );
    expect(result?.providers.map((outcome) => [outcome.provider, outcome.status, outcome.numbers.map((number) => number.raw)])).toEqual([
      ["Clodura", "notFound", []],
      ["SignalHire", "unreadable", []],
      ["Enrichlayer", "unreadable", []],
      ["Wiza", "found", ["+14155550134"]],
    ]);
    expect(firstFoundProvider(result!)).toBe("Wiza");
  });

  it("drops placeholders without a digit, so a found with only 'N/A' has no number", () => {
    const result = parseRevealResult(person({ Clodura: { status: "found", mobile: ["N/A", " - "], direct: "unknown" } }))!;
    expect(result.providers).toEqual([{ provider: "Clodura", status: "found", numbers: [], position: 0 }]);
    expect(hasAnyNumber(result)).toBe(false);
    expect(firstFoundProvider(result)).toBe("Clodura");
  });

  it.each(["pending", " Processing ", "in progress", "queued", "waiting for provider"])(
    "treats a body with any provider still %j as not a result yet: a partial answer must not finish the reveal",
    (status) => {
      const partial = { Clodura: { status: "notFound" }, SignalHire: { status } };
      expect(parseRevealResult(person(partial))).toBeNull();
      // Inside a track envelope that calls itself completed, too.
      expect(parseRevealResult({ trackingId: "t1", status: "completed", data: person(partial) })).toBeNull();
    },
  );

  it("reads an answer as final once a provider found a number or ran out of credits, whatever the rest still say", () => {
    const found = parseRevealResult(person({ Clodura: { status: "notFound" }, Findymail: { mobile: ["+1439-570-0805"], status: "found" }, Wiza: { status: "pending" } }))!;
    expect(firstFoundProvider(found)).toBe("Findymail");
    expect(hasAnyNumber(found)).toBe(true);
    const ranOut = parseRevealResult(person({ Clodura: { status: "notFound" }, SignalHire: { status: "Insufficient Credits" }, Wiza: { status: "pending" } }))!;
    expect(ranOut.providers.map((provider) => provider.status)).toEqual(["notFound", "Insufficient Credits", "pending"]);
  });

  it("treats an empty provider record or an empty people list as not a result", () => {
    expect(parseRevealResult(person({}))).toBeNull();
    expect(parseRevealResult({ trackingId: "t1", people: [], status: "success" })).toBeNull();
  });

  it("reads the documented statuses however they are cased or spaced, so a 'Found' is charged and an empty account pauses", () => {
    const result = parseRevealResult(
      person({ Clodura: { status: "Not Found" }, SignalHire: { status: "insufficient credits" }, Wiza: { status: " FOUND ", mobile: ["+14155550134"] }, Kaspr: { status: "not_found" } }),
    )!;
    expect(result.providers.map((outcome) => outcome.status)).toEqual(["notFound", "Insufficient Credits", "found", "notFound"]);
    expect(firstFoundProvider(result)).toBe("Wiza");
    const emptied = parseRevealResult(person({ Clodura: { status: "NotFound" }, Enrichlayer: { status: "INSUFFICIENT_CREDITS" } }))!;
    expect(ranOutOfCredits(emptied)).toBe(true);
  });

  it("reads only the first person: another person's answer further down is not this reveal's", () => {
    expect(parseRevealResult({ trackingId: "t1", people: [{ personId: "1", phoneNumbers: {} }, { personId: "2", phoneNumbers: { Clodura: { status: "found", mobile: ["+14155550134"] } } }] })).toBeNull();
  });
});

describe("parseRevealResult: envelopes and pending bodies", () => {
  const standard = JSON.parse(STANDARD_EXAMPLE) as unknown;
  const multi = JSON.parse(MULTI_EXAMPLE) as { people: unknown[] };

  it.each([
    ["data", { data: standard }, "standard"],
    ["result", { status: "completed", result: standard }, "standard"],
    ["data.result", { data: { result: multi } }, "multi"],
    ["data.people", { trackingId: "69c25b4178ded0e4ebfc4772", data: { people: multi.people } }, "multi"],
    ["bare person", { data: multi.people[0] }, "multi"],
    ["array", { data: [standard] }, "standard"],
  ])("finds the result inside %s", (_, body, form) => {
    expect(parseRevealResult(body)?.form).toBe(form);
  });

  it("carries an envelope trackingId down to a Standard result", () => {
    expect(parseRevealResult({ trackingId: "688a0c47e21f6bc2b089ee19", data: standard })?.trackingId).toBe("688a0c47e21f6bc2b089ee19");
  });

  it.each([
    ["status pending", { status: "pending" }],
    ["immediate match answer", { trackingId: "688a0c47e21f6bc2b089ee19", status: "Callback will be triggered once processing is complete." }],
    ["processing envelope", { status: "processing", data: null }],
    ["processing with a partial body", { status: "Processing", data: { phoneNumbers: [] } }],
    ["pending inside data", { data: { status: "pending", people: multi.people } }],
    ["null", null],
    ["string", "pending"],
    ["empty array", []],
    ["phoneNumbers of the wrong type", { phoneNumbers: "none" }],
  ])("returns null for %s", (_, body) => {
    expect(parseRevealResult(body)).toBeNull();
  });
});

describe("parseRevealResult: personId", () => {
  it("keeps a big personId sent as a bare JSON number exact (via parseCloduraJson)", () => {
    const text = '{"trackingId":"t","people":[{"personId":2751275603503088159,"phoneNumbers":{"Clodura":{"status":"notFound"}}}]}';
    expect(parseText(text)?.personId).toBe("2751275603503088159");
    expect(parseText('{"personId": 2751275603503088159, "phoneNumbers": []}')?.personId).toBe("2751275603503088159");
  });

  it("stringifies a safe number and refuses one that already lost digits", () => {
    expect(parseRevealResult({ personId: 42, phoneNumbers: [] })?.personId).toBe("42");
    expect(parseRevealResult({ personId: 2751275603503088159, phoneNumbers: [] })?.personId).toBeNull();
  });
});
