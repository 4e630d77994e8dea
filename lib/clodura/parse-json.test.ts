import { describe, expect, it } from "vitest";
import { parseCloduraJson, tryParseCloduraJson } from "./parse-json";

describe("parseCloduraJson", () => {
  it("keeps a 19-digit personId sent as a bare number exact", () => {
    expect(parseCloduraJson('{"personId": 2751275603503088159}')).toEqual({ personId: "2751275603503088159" });
  });

  it("quotes integer ids at any depth and leaves other numbers alone", () => {
    const text = '{"data":{"people":[{"id":-3602687943191298570,"personId" :\n 3602687943191298570,"age":42}]},"count":12}';
    expect(parseCloduraJson(text)).toEqual({
      data: { people: [{ id: "-3602687943191298570", personId: "3602687943191298570", age: 42 }] },
      count: 12,
    });
  });

  it("leaves ids that are already strings, floats, null or objects as they are", () => {
    const text = '{"personId":"2751275603503088159","id":1.5,"a":{"id":null},"b":{"id":{"id":7}},"c":{"id":1e3}}';
    expect(parseCloduraJson(text)).toEqual({ personId: "2751275603503088159", id: 1.5, a: { id: null }, b: { id: { id: "7" } }, c: { id: 1000 } });
  });

  it("never rewrites text inside string values or array items", () => {
    const text = '{"note":"\\"personId\\": 12345678901234567890","list":["id", 5],"id\\"x":5}';
    expect(parseCloduraJson(text)).toEqual({ note: '"personId": 12345678901234567890', list: ["id", 5], 'id"x': 5 });
  });

  it("recognises an escaped key spelling", () => {
    expect(parseCloduraJson('{"person\\u0049d": 2751275603503088159}')).toEqual({ personId: "2751275603503088159" });
  });

  it.each(['{"personId": 0123}', '{"personId": 12abc}', '{"personId": 12.}', '{"id": -}', '{"personId": 1', '{"a":"b', "<html>", ""])(
    "throws SyntaxError on malformed JSON %j",
    (text) => {
      expect(() => parseCloduraJson(text)).toThrow(SyntaxError);
    },
  );

  it("tryParseCloduraJson gives null instead of throwing", () => {
    expect(tryParseCloduraJson("<!DOCTYPE html>")).toBeNull();
    expect(tryParseCloduraJson("")).toBeNull();
    expect(tryParseCloduraJson('{"id": 2751275603503088159}')).toEqual({ id: "2751275603503088159" });
  });
});
