import { describe, expect, it } from "vitest";
import { sendingTimeText } from "./sending-time";

const pace = { perSecond: 5, perMinute: 0, perDay: 0 };
const emptyDay = { used: 0, oldestAt: null };

describe("sendingTimeText", () => {
  it("times a new list behind the team's queue at its pace", () => {
    expect(sendingTimeText({ mine: [], others: [], startsInMs: 0, day: emptyDay, pace }, 3)).toBe("Sent in under a minute at 5 a second.");
    expect(sendingTimeText({ mine: [], others: [240], startsInMs: 0, day: emptyDay, pace }, 1_800)).toBe("Sent in about 7 minutes at 5 a second, taking turns with 240 from teammates'.");
    expect(sendingTimeText({ mine: [], others: [], startsInMs: 0, day: emptyDay, pace: { ...pace, perDay: 2_000 } }, 5_000)).toBe("Sent in about 2 days at 2,000 a day.");
  });

  it("takes turns with each of the viewer's other lists, and each teammate with the viewer, one reveal each", () => {
    // My new 500 go in turn with 500 of my 1,000 and all 20 of my other list's; teammates' 30 all go in turn with my
    // 1,020, and 1,020 of the 1,500 (one for each). 2,070 at 5 a second: about 7 minutes.
    expect(sendingTimeText({ mine: [1_000, 20], others: [30, 1_500], startsInMs: 0, day: emptyDay, pace }, 500)).toBe(
      "Sent in about 7 minutes at 5 a second, taking turns with 520 from your other lists and 1,050 from teammates'.",
    );
  });

  it("counts the sends the day's window already holds: 300 more past 1,990 of 2,000 wait for it to roll", () => {
    const day = { used: 1_990, oldestAt: -60 * 60_000 };
    expect(sendingTimeText({ mine: [], others: [], startsInMs: 0, day, pace: { ...pace, perDay: 2_000 } }, 300)).toBe("Sent in about 23 hours at 2,000 a day.");
    expect(sendingTimeText({ mine: [], others: [], startsInMs: 0, day, pace: { ...pace, perDay: 2_000 } }, 10)).toBe("Sent in under a minute at 5 a second.");
  });

  it("waits out a spent day's limit, and says when sending is paused", () => {
    const spent = { used: 2_000, oldestAt: -19 * 3_600_000 };
    expect(sendingTimeText({ mine: [], others: [], startsInMs: 5 * 3_600_000, day: spent, pace: { ...pace, perDay: 2_000 } }, 10)).toBe("Sent in about 5 hours at 2,000 a day.");
    // A limit lowered below what the window holds: one window from when the limit lets the first go, not one per send.
    const lowered = { used: 84, oldestAt: -3_600_000 };
    expect(sendingTimeText({ mine: [], others: [], startsInMs: 23 * 3_600_000, day: lowered, pace: { ...pace, perDay: 1 } }, 1)).toBe("Sent in about 23 hours at 1 a day.");
    expect(sendingTimeText({ mine: [3], others: [], startsInMs: null, day: emptyDay, pace }, 2)).toBe("Sending is paused for the whole team: they wait until an admin resumes it, taking turns with 2 from your other lists.");
    expect(sendingTimeText({ mine: [], others: [], startsInMs: 0, day: emptyDay, pace }, 0)).toBeNull();
  });
});
