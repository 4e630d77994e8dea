import { describe, expect, it } from "vitest";
import { nameInRow, namesDiffer } from "./same-person-name";

describe("a file's name against the person's", () => {
  it("takes the full name, or the first and last names", () => {
    const none = { firstName: null, lastName: null, fullName: null };
    expect(nameInRow(["David", "Kim", "x"], { ...none, firstName: 0, lastName: 1 })).toBe("David Kim");
    expect(nameInRow([" Ana López "], { ...none, fullName: 0 })).toBe("Ana López");
    expect(nameInRow(["", ""], { ...none, firstName: 0, lastName: 1 })).toBeNull();
    expect(nameInRow(["David"], none)).toBeNull();
  });

  it("finds two names of one person alike, however written", () => {
    expect(namesDiffer("Dave Kim", "David Kim")).toBe(false);
    expect(namesDiffer("JOSÉ garcía", "Jose Garcia")).toBe(false);
    expect(namesDiffer("Jane Smith", "Jane Doe")).toBe(false);
    expect(namesDiffer("J. D.", "Alice Morgan")).toBe(false);
    expect(namesDiffer("李伟", "Li Wei")).toBe(false);
    expect(namesDiffer("Jörg Schäfer", "Joerg Schaefer")).toBe(false);
    expect(namesDiffer("Juergen Mueller", "Jürgen Müller")).toBe(false);
    expect(namesDiffer("Strauß", "Klaus Strauss")).toBe(false);
  });

  it("finds a name with no word in common someone else's", () => {
    expect(namesDiffer("David Kim", "Alice Morgan")).toBe(true);
    expect(namesDiffer("Kim, David", "alice-morgan")).toBe(true);
  });
});
