import { describe, expect, it } from "vitest";
import { creditsResponseSchema, matchResponseSchema, providerAnswerSchema, standardResultSchema, trackResponseSchema } from "./schemas";

describe("schemas", () => {
  it("keeps extra fields on a match response", () => {
    const body = { trackingId: "688a0c47e21f6bc2b089ee19", status: "Callback will be triggered once processing is complete.", eta: 30 };
    expect(matchResponseSchema.parse(body)).toEqual(body);
    // An unusable trackingId is no trackingId: the request was still accepted.
    expect(matchResponseSchema.parse({ trackingId: "", status: "ok" })).toEqual({ trackingId: undefined, status: "ok" });
  });

  it("reads a provider answer with one or many numbers under any kind", () => {
    const answer = { status: "found", mobile: ["+1439-570-0805"], direct: "+11099773515", fax: null };
    expect(providerAnswerSchema.parse(answer)).toEqual(answer);
    expect(providerAnswerSchema.safeParse({ mobile: ["+11099773515"] }).success).toBe(false); // status is required
    expect(providerAnswerSchema.safeParse({ status: "found", mobile: [{ n: 1 }] }).success).toBe(false);
  });

  it("fills missing names and ids with null and stringifies numeric phone text", () => {
    expect(standardResultSchema.parse({ phoneNumbers: [{ raw_number: 11099773515 }] })).toEqual({
      personId: null,
      firstName: null,
      lastName: null,
      phoneNumbers: [{ raw_number: "11099773515" }],
    });
  });

  it.each([
    [{ contactsView: 142, maxContacts: "1000", directDials: 38, maxDirectDials: 200 }, { kind: "prospect", contactsView: 142, maxContacts: 1000, directDials: 38, maxDirectDials: 200 }],
    [{ contactsView: "3", maxContacts: 10 }, { kind: "prospect", contactsView: 3, maxContacts: 10 }],
    [{ remainingCredits: 480, plan: "PAYG" }, { kind: "pool", remainingCredits: 480 }],
  ])("reads credits %j", (body, expected) => {
    expect(creditsResponseSchema.parse(body)).toEqual(expected);
  });

  it.each([{}, { maxContacts: "lots", contactsView: 1 }, { remainingCredits: "n/a" }])("rejects credits %j", (body) => {
    expect(creditsResponseSchema.safeParse(body).success).toBe(false);
  });

  it("accepts any object as a track response, reading only string status and trackingId", () => {
    expect(trackResponseSchema.parse({ status: 3, trackingId: "t", data: [1] })).toEqual({ status: undefined, trackingId: "t", data: [1] });
  });
});
