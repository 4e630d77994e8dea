import { describe, expect, it } from "vitest";
import { timeZoneOptions } from "./time-zone-options";

const winter = new Date("2026-01-15T12:00:00Z");

describe("the team calendar's time zones", () => {
  it("names places as they are called today, each with its offset", () => {
    const options = timeZoneOptions(["Asia/Calcutta", "Europe/Kiev", "America/New_York", "UTC"], [], winter);
    expect(options).toEqual([
      { zone: "Asia/Kolkata", label: "Asia/Kolkata (GMT+5:30)" },
      { zone: "Europe/Kyiv", label: "Europe/Kyiv (GMT+2)" },
      { zone: "America/New_York", label: "America/New York (GMT-5)" },
      { zone: "UTC", label: "UTC (GMT+0)" },
    ]);
  });

  it("keeps the saved zone and the default first, once, even under an old name", () => {
    const options = timeZoneOptions(["Asia/Calcutta", "UTC"], ["UTC", "Asia/Calcutta"], winter);
    expect(options.map((option) => option.zone)).toEqual(["UTC", "Asia/Calcutta", "Asia/Kolkata"]);
  });
});
