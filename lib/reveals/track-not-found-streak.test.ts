import { describe, expect, it } from "vitest";
import { extendTrackNotFoundStreak, isTrackNotFoundBelieved, readTrackNotFoundStreak, TRACK_404_POLLS, TRACK_404_SPAN_MS, trackNotFoundStreakCode } from "./track-not-found-streak";

describe("a run of track 404s kept in an awaiting reveal's errorCode", () => {
  it("starts at the first 404 and counts on from the stored run; other codes are no run", () => {
    for (const code of [null, "interrupted", "track_not_found", "track_unknown:x:1"]) {
      expect(readTrackNotFoundStreak(code)).toBeNull();
      expect(extendTrackNotFoundStreak(code, 5_000)).toEqual({ count: 1, sinceMs: 5_000 });
    }
    const code = trackNotFoundStreakCode({ count: 2, sinceMs: 1_000 });
    expect(readTrackNotFoundStreak(code)).toEqual({ count: 2, sinceMs: 1_000 });
    expect(extendTrackNotFoundStreak(code, 9_000)).toEqual({ count: 3, sinceMs: 1_000 });
  });

  it("is believed only with enough 404s over a long enough time", () => {
    const since = 1_000;
    expect(isTrackNotFoundBelieved({ count: TRACK_404_POLLS, sinceMs: since }, since + TRACK_404_SPAN_MS)).toBe(true);
    expect(isTrackNotFoundBelieved({ count: TRACK_404_POLLS, sinceMs: since }, since + TRACK_404_SPAN_MS - 1)).toBe(false);
    expect(isTrackNotFoundBelieved({ count: TRACK_404_POLLS - 1, sinceMs: since }, since + 24 * TRACK_404_SPAN_MS)).toBe(false);
  });
});
