import { describe, expect, it } from "vitest";
import { pricingSchema } from "./pricing-schema";

describe("the pricing an admin saves", () => {
  it("refuses an empty price table, saying every number would then be counted at 20", () => {
    const parsed = pricingSchema.safeParse({ plan: "max", providerPrices: {} });
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        path: ["providerPrices"],
        message: "Keep at least one provider: with none, every found number is counted at 20 credits (the most Clodura documents), whichever provider found it. Add a provider, or press Reset to defaults.",
      }),
    ]);
    // A Prospect plan is no exception: results Clodura sends in the Multi-Provider form are still charged by the table.
    expect(pricingSchema.safeParse({ plan: "prospect", providerPrices: {} }).success).toBe(false);
    expect(pricingSchema.safeParse({ plan: "max", providerPrices: { Clodura: 10 } }).success).toBe(true);
  });
});
