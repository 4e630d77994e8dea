import { describe, expect, it } from "vitest";
import { addDays, dayIn, dayStartMs, daysBetween, isDay, isTimeZone, MAX_PERIOD_DAYS, monthStartOf, periodAround, rangeBounds, wallClock } from "./periods";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe("the team's calendar", () => {
  it("puts an evening in New York on New York's day, not on the next UTC day", () => {
    expect(dayIn(at("2026-11-27T03:30:00Z"), "America/New_York")).toBe("2026-11-26");
    expect(dayIn(at("2026-11-27T05:00:00Z"), "America/New_York")).toBe("2026-11-27");
    expect(dayIn(at("2026-11-27T03:30:00Z"), "UTC")).toBe("2026-11-27");
    expect(wallClock(at("2026-11-27T03:30:00Z"), "America/New_York")).toBe("2026-11-26 22:30");
    expect(wallClock(at("2026-11-27T03:30:12.345Z"), "America/New_York", "second")).toBe("2026-11-26 22:30:12");
  });

  it("turns the day at a zone's midnight, quarter-hour offsets included", () => {
    expect(dayIn(at("2026-11-27T18:14:59Z"), "Asia/Kathmandu")).toBe("2026-11-27");
    expect(dayIn(at("2026-11-27T18:15:00Z"), "Asia/Kathmandu")).toBe("2026-11-28");
    expect(iso(dayStartMs("2026-11-27", "Asia/Kathmandu"))).toBe("2026-11-26T18:15:00.000Z");
    expect(iso(dayStartMs("2026-11-27", "Pacific/Chatham"))).toBe("2026-11-26T10:15:00.000Z");
    expect(iso(dayStartMs("2026-11-27", "UTC"))).toBe("2026-11-27T00:00:00.000Z");
  });

  it("starts days right on both sides of a daylight saving change", () => {
    expect(iso(dayStartMs("2026-03-08", "America/New_York"))).toBe("2026-03-08T05:00:00.000Z");
    expect(iso(dayStartMs("2026-03-09", "America/New_York"))).toBe("2026-03-09T04:00:00.000Z");
    expect(iso(dayStartMs("2026-11-02", "America/New_York"))).toBe("2026-11-02T05:00:00.000Z");
    // The spring-forward day is 23 hours long.
    const { start, end } = rangeBounds({ from: "2026-03-08", to: "2026-03-08" }, "America/New_York");
    expect((end - start) / 3_600_000).toBe(23);
  });

  it("starts a day whose midnight never happens when its clocks jump (Chile, 24:00 → 01:00)", () => {
    expect(iso(dayStartMs("2026-09-06", "America/Santiago"))).toBe("2026-09-06T04:00:00.000Z");
    expect(dayIn(dayStartMs("2026-09-06", "America/Santiago") - 1, "America/Santiago")).toBe("2026-09-05");
    // Falling back at 24:00, the day starts at the second (and only) 00:00.
    expect(iso(dayStartMs("2026-04-05", "America/Santiago"))).toBe("2026-04-05T04:00:00.000Z");
  });

  it("does day arithmetic across months and years", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(monthStartOf("2026-11-27")).toBe("2026-11-01");
    expect(daysBetween("2026-11-01", "2026-11-27")).toBe(26);
  });

  it("knows real days and real zones", () => {
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2026-02-30")).toBe(false);
    expect(isDay("26-11-27")).toBe(false);
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("a period someone picks", () => {
  it("keeps the end just picked and moves the other, so it never runs backwards", () => {
    expect(periodAround("from", { from: "2026-03-10", to: "2026-03-01" })).toEqual({ from: "2026-03-10", to: "2026-03-10", cut: false });
    expect(periodAround("to", { from: "2026-03-10", to: "2026-03-01" })).toEqual({ from: "2026-03-01", to: "2026-03-01", cut: false });
    expect(periodAround("to", { from: "2026-01-01", to: "2026-03-01" })).toEqual({ from: "2026-01-01", to: "2026-03-01", cut: false });
  });

  it("is at most MAX_PERIOD_DAYS long, and says when the length moved an end", () => {
    expect(periodAround("from", { from: "2020-01-01", to: "2026-11-29" })).toEqual({ from: "2020-01-01", to: "2021-02-03", cut: true });
    expect(periodAround("to", { from: "2020-01-01", to: "2026-01-31" })).toEqual({ from: "2024-12-28", to: "2026-01-31", cut: true });
    const longest = periodAround("to", { from: addDays("2026-01-31", -(MAX_PERIOD_DAYS - 1)), to: "2026-01-31" });
    expect(longest.cut).toBe(false);
    expect(daysBetween(longest.from, longest.to) + 1).toBe(MAX_PERIOD_DAYS);
  });
});
