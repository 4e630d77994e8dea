import { describe, expect, it } from "vitest";
import { paceInWords, sendingDoneAt, type SendingPace } from "./send-pace";

/** Seconds to send `count` requests from an empty window. */
const secondsToSend = (count: number, pace: SendingPace) => sendingDoneAt(count, pace, 0) / 1000;

describe("sendingDoneAt", () => {
  it("sends at the rate a second when nothing else binds", () => {
    expect(secondsToSend(0, { perSecond: 5, perMinute: 0, perDay: 0 })).toBe(0);
    expect(secondsToSend(1_800, { perSecond: 5, perMinute: 0, perDay: 0 })).toBe(360);
  });

  it("sends in bursts of the minute's limit when it is below the rate, each after the last burst's first send left the window", () => {
    // 100 in 20 s, then 100 from 61 s, then the last 100 from 122 s: done at 142 s (an even 100 a minute said 180).
    expect(secondsToSend(300, { perSecond: 5, perMinute: 100, perDay: 0 })).toBe(142);
    // 6 at 2 a minute, as the dispatcher sent them: at 0 s, 61 s and 122 s.
    expect(secondsToSend(6, { perSecond: 5, perMinute: 2, perDay: 0 })).toBeCloseTo(122.4);
    expect(secondsToSend(2, { perSecond: 5, perMinute: 2, perDay: 0 })).toBeCloseTo(0.4);
    // A minute's limit the rate never reaches binds nothing.
    expect(secondsToSend(300, { perSecond: 1, perMinute: 100, perDay: 0 })).toBe(300);
  });

  it("waits out each spent day: 5,000 at 2,000 a day is two full days and the rest", () => {
    expect(secondsToSend(2_000, { perSecond: 5, perMinute: 0, perDay: 2_000 })).toBe(400);
    expect(secondsToSend(5_000, { perSecond: 5, perMinute: 0, perDay: 2_000 })).toBe(2 * 86_400 + 200);
    // A day limit the rate never reaches binds nothing.
    expect(secondsToSend(200_000, { perSecond: 1, perMinute: 0, perDay: 100_000 })).toBe(200_000);
  });
});

describe("paceInWords", () => {
  it("says a rate under one a second as the wait between two sends", () => {
    expect(paceInWords(5, { perSecond: 0.1, perMinute: 0, perDay: 0 })).toBe("1 every 10 seconds");
    expect(paceInWords(5, { perSecond: 0.3, perMinute: 0, perDay: 0 })).toBe("1 every 3.3 seconds");
    expect(paceInWords(5, { perSecond: 5, perMinute: 0, perDay: 0 })).toBe("5 a second");
  });
});
