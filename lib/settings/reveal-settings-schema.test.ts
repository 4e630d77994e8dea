import { describe, expect, it } from "vitest";
import { revealSettingsToConfirm } from "./reveal-settings-checks";
import { revealSettingsSchema } from "./reveal-settings-schema";

const DEFAULTS = { freshnessDays: 90, rateLimitPerSecond: 5, sendsPerMinute: 0, sendsPerDay: 0, reconcileAfterSeconds: 60, balanceCheckMinutes: 10 };

describe("send limits a minute and a day", () => {
  const issues = (sendsPerMinute: number, sendsPerDay: number) => revealSettingsSchema.safeParse({ ...DEFAULTS, sendsPerMinute, sendsPerDay }).error?.issues ?? [];

  it("refuse a day's limit below the minute's, on the day's field, saying what to do", () => {
    expect(issues(100, 50)).toEqual([
      expect.objectContaining({
        path: ["sendsPerDay"],
        message: "The day's send limit (50) is below the minute's (100): a day would stop before one minute's worth. Make the day's at least 100, lower the minute's, or set either to 0 (no limit).",
      }),
    ]);
    expect(issues(6_000, 5_999)[0]?.message).toContain("The day's send limit (5,999) is below the minute's (6,000)");
  });

  it("take a day's limit of at least the minute's, and either one off (0)", () => {
    for (const [minute, day] of [[100, 100], [100, 2_000], [0, 50], [100, 0], [0, 0]] as const) expect(issues(minute, day)).toEqual([]);
  });
});

describe("reveal settings saved only on a second press", () => {
  it("include a freshness window of 0, said as paying for every person again every time", () => {
    expect(revealSettingsToConfirm({ ...DEFAULTS, freshnessDays: 0 }, DEFAULTS)).toEqual({
      freshnessDays: "A window of 0 days reuses no earlier answer: every person is sent to Clodura and paid for again each time anyone reveals them, even a minute after a teammate did.",
    });
  });

  it("leave out any other window, and a 0 already saved (it was confirmed then)", () => {
    expect(revealSettingsToConfirm({ ...DEFAULTS, freshnessDays: 1 }, DEFAULTS)).toEqual({});
    expect(revealSettingsToConfirm({ ...DEFAULTS, freshnessDays: 0, sendsPerDay: 10 }, { ...DEFAULTS, freshnessDays: 0 })).toEqual({});
  });
});
