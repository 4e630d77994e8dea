import { describe, expect, it } from "vitest";
import { sendingTimeText } from "./sending-time";

const pace = { perSecond: 5, perMinute: 0, perDay: 0 };

describe("sendingTimeText", () => {
  it("times a new list behind the team's queue at its pace", () => {
    expect(sendingTimeText({ waiting: 0, startsInMs: 0, daySpent: false, pace }, 3)).toBe("Sent in under a minute at 5 a second.");
    expect(sendingTimeText({ waiting: 240, startsInMs: 0, daySpent: false, pace }, 1_800)).toBe("Sent in about 7 minutes at 5 a second, after 240 already waiting.");
    expect(sendingTimeText({ waiting: 0, startsInMs: 0, daySpent: false, pace: { ...pace, perDay: 2_000 } }, 5_000)).toBe("Sent in about 2 days at 2,000 a day.");
  });

  it("waits out a spent day's limit, and says when sending is paused", () => {
    expect(sendingTimeText({ waiting: 0, startsInMs: 5 * 3_600_000, daySpent: true, pace: { ...pace, perDay: 2_000 } }, 10)).toBe("Sent in about 5 hours at 2,000 a day.");
    expect(sendingTimeText({ waiting: 3, startsInMs: null, daySpent: false, pace }, 2)).toBe("Sending is paused for the whole team: they wait until an admin resumes it, after 3 already waiting.");
    expect(sendingTimeText({ waiting: 0, startsInMs: 0, daySpent: false, pace }, 0)).toBeNull();
  });
});
