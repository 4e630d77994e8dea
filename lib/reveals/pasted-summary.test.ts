import { describe, expect, it } from "vitest";
import { pastedSummary } from "./pasted-summary";

const profile = (slug: string) => ({ linkedinUrl: `https://www.linkedin.com/in/${slug}/`, personId: null });

describe("pastedSummary", () => {
  it("names the first two profiles by their slugs and counts the rest", () => {
    expect(pastedSummary([profile("ana-lopez")])).toBe("ana-lopez");
    expect(pastedSummary([profile("ana-lopez"), profile("ben-wu")])).toBe("ana-lopez and ben-wu");
    expect(pastedSummary([profile("ana-lopez"), profile("ben-wu"), profile("cy-ng")])).toBe("ana-lopez, ben-wu and 1 more");
    expect(pastedSummary([profile("a"), profile("b"), ...Array.from({ length: 1_500 }, (_, i) => profile(`p${i}`))])).toBe("a, b and 1,500 more");
    expect(pastedSummary([])).toBeNull();
  });

  it("shows a personId as one, an accented slug decoded, and cuts a long slug short", () => {
    expect(pastedSummary([{ linkedinUrl: null, personId: "2751275603503088159" }])).toBe("personId 2751275603503088159");
    expect(pastedSummary([profile("jos%C3%A9-garc%C3%ADa")])).toBe("josé-garcía");
    expect(pastedSummary([profile("bad%E0%A4%A")])).toBe("bad%E0%A4%A");
    const long = pastedSummary([profile("x".repeat(60))]);
    expect(long).toBe(`${"x".repeat(23)}…`);
  });
});
