import { describe, expect, it } from "vitest";
import { foldSearchText } from "./fold-search-text";

describe("foldSearchText", () => {
  it("lowers case and drops accents, leaving plain text and digits as they are", () => {
    expect(foldSearchText("José Müller-Ørsted")).toBe("jose muller-ørsted");
    expect(foldSearchText("ÉLODIE Çelik")).toBe("elodie celik");
    expect(foldSearchText("Jane Doe 14155550186")).toBe("jane doe 14155550186");
  });
});
