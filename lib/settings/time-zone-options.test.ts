import { describe, expect, it } from "vitest";
import { timeZoneOptions } from "./time-zone-options";

const winter = new Date("2026-01-15T12:00:00Z");

describe("the team calendar's time zones", () => {
  it("names places as they are called today, each with its offset, in the order of those names", () => {
    const options = timeZoneOptions(["Asia/Brunei", "Asia/Calcutta", "Asia/Chita", "Europe/Kiev", "America/New_York", "UTC"], [], winter);
    expect(options).toEqual([
      { zone: "America/New_York", label: "America/New York (GMT-5)" },
      { zone: "Asia/Brunei", label: "Asia/Brunei (GMT+8)" },
      { zone: "Asia/Chita", label: "Asia/Chita (GMT+9)" },
      { zone: "Asia/Kolkata", label: "Asia/Kolkata (GMT+5:30)" },
      { zone: "Europe/Kyiv", label: "Europe/Kyiv (GMT+2)" },
      { zone: "UTC", label: "UTC (GMT+0)" },
    ]);
  });

  it("keeps the saved zone and the default first, once: a zone saved under an old name shows as today's, not twice", () => {
    const options = timeZoneOptions(["Asia/Calcutta", "UTC", "Europe/Kiev"], ["UTC", "Asia/Calcutta"], winter);
    expect(options).toEqual([
      { zone: "UTC", label: "UTC (GMT+0)" },
      { zone: "Asia/Calcutta", label: "Asia/Kolkata (GMT+5:30)" },
      { zone: "Europe/Kyiv", label: "Europe/Kyiv (GMT+2)" },
    ]);
  });
});
