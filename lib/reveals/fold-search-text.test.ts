import { describe, expect, it } from "vitest";
import { foldSearchText } from "./fold-search-text";

describe("foldSearchText", () => {
  it("lowers case and drops accents, leaving plain text and digits as they are", () => {
    expect(foldSearchText("José Müller")).toBe("jose muller");
    expect(foldSearchText("ÉLODIE Çelik")).toBe("elodie celik");
    expect(foldSearchText("Jane Doe 14155550186")).toBe("jane doe 14155550186");
  });

  it("folds the letters Unicode does not decompose, as a rep types them", () => {
    expect(foldSearchText("Łukasiewicz Øster Straße Æsir Œuvre Đorđe Þór")).toBe("lukasiewicz oster strasse aesir oeuvre dorde thor");
  });
});
