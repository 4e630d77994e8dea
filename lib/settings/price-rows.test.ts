import { describe, expect, it } from "vitest";
import { readPriceRows } from "./price-rows";

const KNOWN = ["Clodura", "SignalHire"];
const read = (...rows: [string, string][]) => readPriceRows(rows.map(([provider, price]) => ({ provider, price })), KNOWN);

describe("the price table as typed", () => {
  it("reads into prices by the provider's trimmed name", () => {
    expect(read(["Clodura", "10"], [" Kaspr ", " 17 "], ["SignalHire", "0"])).toEqual({ prices: { Clodura: 10, Kaspr: 17, SignalHire: 0 } });
  });

  it("names what is wrong with a price, each kind its own way, at that row's price", () => {
    const problem = (price: string) => read(["Clodura", "10"], ["Wiza", price]);
    expect(problem("-3")).toEqual({ problems: [{ message: "Wiza: a price cannot be negative: enter 0 or more credits per found number.", row: 1, field: "price" }] });
    expect(problem("7.5")).toMatchObject({ problems: [{ message: "Wiza: a price is a whole number of credits (not 7.5)." }] });
    expect(problem("abc")).toMatchObject({ problems: [{ message: "Wiza: enter the price as a whole number of credits, such as 15 (not “abc”)." }] });
    expect(problem(" ")).toMatchObject({ problems: [{ message: "Wiza: enter a price, in whole credits per found number." }] });
    expect(problem("5000")).toMatchObject({ problems: [{ message: "Wiza: a price is at most 1,000 credits." }] });
    expect(problem("1e1")).toMatchObject({ problems: [{ message: "Wiza: write the price as digits only, such as 10." }] });
  });

  it("names a row with no name, a provider listed twice or spelled other than Clodura spells it, at that row's name", () => {
    expect(read(["Clodura", "10"], ["", "20"])).toEqual({ problems: [{ message: "Row 2 has no provider name: name it as Clodura does, or remove the row.", row: 1, field: "provider" }] });
    expect(read(["SignalHire", "12"], ["Clodura", "10"], ["signalhire", "12"])).toEqual({ problems: [{ message: "signalhire and SignalHire are the same provider: keep one.", row: 2, field: "provider" }] });
    expect(read(["Kaspr", "12"], ["Kaspr", "13"])).toMatchObject({ problems: [{ message: "Kaspr is listed twice.", row: 1 }] });
    expect(read(["clodura", "10"])).toMatchObject({ problems: [{ message: "Write clodura as Clodura does: Clodura.", row: 0, field: "provider" }] });
  });

  it("names every row at fault, not only the first, each at its own field", () => {
    const read2 = read(["Clodura", "2000"], ["SignalHire", "12"], ["Wiza", "-1"], ["", "9"]);
    expect(read2).toEqual({
      problems: [
        { message: "Clodura: a price is at most 1,000 credits.", row: 0, field: "price" },
        { message: "Wiza: a price cannot be negative: enter 0 or more credits per found number.", row: 2, field: "price" },
        { message: "Row 4 has no provider name: name it as Clodura does, or remove the row.", row: 3, field: "provider" },
      ],
    });
  });
});
