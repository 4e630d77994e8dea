import { describe, expect, it } from "vitest";
import { newId } from "@/db/ids";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newId", () => {
  it("is a version 7 UUID, unique across a 100k-row batch's worth of ids", () => {
    const ids = Array.from({ length: 200_000 }, () => newId());
    expect(ids.filter((id) => !UUID_V7.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sorts by creation time across milliseconds, so new rows append to the primary-key index", async () => {
    const first = newId();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = newId();
    expect(first < second).toBe(true);
    expect(Number.parseInt(second.slice(0, 8) + second.slice(9, 13), 16)).toBeLessThanOrEqual(Date.now());
  });

  it("uses every random bit: no hex position is stuck", () => {
    const ids = Array.from({ length: 2_000 }, () => newId().replace(/-/g, "").slice(13));
    for (let position = 0; position < ids[0]!.length; position += 1) {
      if (position === 3) continue; // the variant digit: 8, 9, a or b
      expect(new Set(ids.map((id) => id[position])).size).toBe(16);
    }
  });
});
