import { describe, expect, it } from "vitest";
import { toPhoneNumber } from "@/lib/phones/format-phone";
import { alsoFoundBy, bestNumber, numberAgreement } from "./best-number";

const found = (charged: boolean, ...numbers: [string, string][]) => ({ status: "found", charged, numbers: numbers.map(([raw, type]) => toPhoneNumber(raw, type)) });

describe("bestNumber", () => {
  it("takes the charged provider's mobile over its first number and over earlier providers", () => {
    const best = bestNumber({
      Clodura: { status: "notFound", charged: false, numbers: [] },
      Wiza: found(false, ["+1 212 555 0100", "direct"]),
      SignalHire: found(true, ["+1 303 555 0101", "direct"], ["+1 404 555 0102", "mobile"]),
    });
    expect(best).toMatchObject({ provider: "SignalHire", number: { e164: "+14045550102", type: "mobile" }, others: 2 });
  });

  it("falls back to the first number found, counts a number two providers share once, and is null with none", () => {
    const best = bestNumber({ Wiza: found(false, ["+12125550100", "direct"]), LeadMagic: found(false, ["+1 212-555-0100", "office"]) });
    expect(best).toMatchObject({ provider: "Wiza", number: { e164: "+12125550100" }, agreedBy: ["LeadMagic"], others: 0 });
    expect(bestNumber({ Clodura: { status: "notFound", charged: false, numbers: [] } })).toBeNull();
    expect(bestNumber({})).toBeNull();
  });

  it("prefers the charged provider's mobile that another provider agrees on, and says who agrees", () => {
    const results = {
      SignalHire: found(true, ["+1 303 555 0101", "mobile"], ["+1 404 555 0102", "mobile"], ["+1 212 555 0199", "direct"]),
      Enrichlayer: found(false, ["+1 (404) 555-0102", "mobile"]),
      Wiza: found(false, ["+14045550102", "direct"], ["+1 212 555 0199", "direct"]),
      Clodura: { status: "notFound", charged: false, numbers: [] },
    };
    expect(bestNumber(results)).toMatchObject({ provider: "SignalHire", number: { raw: "+1 404 555 0102" }, agreedBy: ["Enrichlayer", "Wiza"], others: 2 });
    const agreement = numberAgreement(results);
    expect(alsoFoundBy(agreement, results.Wiza.numbers[1]!, "Wiza")).toEqual(["SignalHire"]);
    expect(alsoFoundBy(agreement, results.SignalHire.numbers[0]!, "SignalHire")).toEqual([]);
  });

  it("matches a number sent without a country code to the same number another provider sent in E.164, and only then", () => {
    const results = {
      SignalHire: found(true, ["+1 415 555 0186", "mobile"], ["+44 20 7946 0958", "direct"]),
      Wiza: found(false, ["(415) 555-0186", "mobile"], ["020 7946 0958", "direct"], ["555 0199", "direct"]),
      LeadMagic: found(false, ["5550199", "direct"]),
    };
    expect(results.Wiza.numbers[0]!.e164).toBeNull();
    const agreement = numberAgreement(results);
    expect(alsoFoundBy(agreement, results.SignalHire.numbers[0]!, "SignalHire")).toEqual(["Wiza"]);
    expect(alsoFoundBy(agreement, results.Wiza.numbers[1]!, "Wiza")).toEqual(["SignalHire"]);
    // Too short to tie to an international number: compared by digits alone, which still match each other.
    expect(alsoFoundBy(agreement, results.Wiza.numbers[2]!, "Wiza")).toEqual(["LeadMagic"]);
    expect(bestNumber(results)).toMatchObject({ provider: "SignalHire", agreedBy: ["Wiza"], others: 2 });
  });

  it("leaves a bare number alone when it could be either of two international numbers", () => {
    const results = {
      SignalHire: found(true, ["+1 207 946 0958", "mobile"], ["+44 20 7946 0958", "direct"]),
      Wiza: found(false, ["2079460958", "direct"]),
    };
    const agreement = numberAgreement(results);
    expect(alsoFoundBy(agreement, results.Wiza.numbers[0]!, "Wiza")).toEqual([]);
    expect(agreement.byNumber.size).toBe(3);
  });
});
