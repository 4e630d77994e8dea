import { afterEach, describe, expect, it } from "vitest";
import { formatDay, formatDays, formatExact, formatWhen, formatWhenInSentence } from "./format-when";

const now = new Date("2026-11-27T15:00:00Z");
const newYork = { now, timeZone: "America/New_York" };

describe("formatWhen", () => {
  it("names today and yesterday in the reader's time zone", () => {
    expect(formatWhen("2026-11-27T14:41:00Z", newYork)).toBe("Today, 9:41 AM");
    // 03:30 UTC on the 27th is still the 26th in New York.
    expect(formatWhen("2026-11-27T03:30:00Z", newYork)).toBe("Yesterday, 10:30 PM");
    expect(formatWhen("2026-11-27T03:30:00Z", { now, timeZone: "UTC" })).toBe("Today, 3:30 AM");
  });

  it("gives the month and day before yesterday, and the year only when it differs", () => {
    expect(formatWhen("2026-11-03T19:15:00Z", newYork)).toBe("Nov 3, 2:15 PM");
    expect(formatWhen("2025-12-30T17:00:00Z", newYork)).toBe("Dec 30, 2025, 12:00 PM");
  });
});

describe("formatWhenInSentence", () => {
  it("reads on after a name: 'Stopped by Sam today at 9:41 AM'", () => {
    expect(formatWhenInSentence("2026-11-27T14:41:00Z", newYork)).toBe("today at 9:41 AM");
    expect(formatWhenInSentence("2026-11-27T03:30:00Z", newYork)).toBe("yesterday at 10:30 PM");
    expect(formatWhenInSentence("2026-11-03T19:15:00Z", newYork)).toBe("on Nov 3 at 2:15 PM");
  });

  it("names tomorrow, when a wait ends then", () => {
    // 03:30 UTC on the 29th is still the 28th in New York.
    expect(formatWhenInSentence("2026-11-29T03:30:00Z", newYork)).toBe("tomorrow at 10:30 PM");
    expect(formatWhen("2026-11-28T14:41:00Z", newYork)).toBe("Tomorrow, 9:41 AM");
    expect(formatWhenInSentence("2026-11-29T14:41:00Z", newYork)).toBe("on Nov 29 at 9:41 AM");
  });
});

describe("formatDay and formatExact", () => {
  it("write a day, and the whole moment for a tooltip", () => {
    expect(formatDay("2026-05-03T12:00:00Z", newYork)).toBe("May 3");
    expect(formatDay(Date.parse("2025-05-03T12:00:00Z"), newYork)).toBe("May 3, 2025");
    expect(formatExact("2026-11-27T14:41:05Z", newYork)).toBe("Friday, November 27, 2026 at 9:41:05 AM");
  });
});

describe("formatDays", () => {
  it("says 1 day, not 1 days", () => {
    expect([0, 1, 90, 1_000].map(formatDays)).toEqual(["0 days", "1 day", "90 days", "1,000 days"]);
  });
});

describe("a page of dates", () => {
  const Original = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = Original;
  });

  it("is written with one formatter per shape and zone, not new ones for every date (300 lists on Batches)", () => {
    let made = 0;
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made += 1;
        return new target(...args);
      },
    });
    const kolkata = { now, timeZone: "Asia/Kolkata" };
    for (let row = 0; row < 300; row += 1) {
      const at = now.getTime() - row * 5 * 3_600_000;
      formatWhen(at, kolkata);
      formatWhenInSentence(at, kolkata);
      formatExact(at, kolkata);
    }
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual(5);
  });
});
