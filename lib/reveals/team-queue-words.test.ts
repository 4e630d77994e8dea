import { describe, expect, it } from "vitest";
import { teamQueueText } from "./team-queue-words";

const pace = "5 a second";

describe("teamQueueText", () => {
  it("says people take turns only when two or more wait, and says 'all' once", () => {
    expect(teamQueueText({ waiting: 12, people: 3, doneInMs: 4 * 60_000, pace })).toBe("12 reveals wait to be sent, from 3 people taking turns: all sent in about 4 minutes at 5 a second.");
    expect(teamQueueText({ waiting: 3, people: 1, doneInMs: 2 * 60_000, pace })).toBe("3 reveals wait to be sent, all from 1 person, sent in about 2 minutes at 5 a second.");
    expect(teamQueueText({ waiting: 1, people: 1, doneInMs: 1_000, pace })).toBe("1 reveal waits to be sent: it goes in under a minute at 5 a second.");
  });

  it("says a paused queue waits for the whole team", () => {
    expect(teamQueueText({ waiting: 1_200, people: 2, doneInMs: null, pace })).toBe("1,200 reveals wait to be sent, from 2 people: sending is paused for the whole team.");
    expect(teamQueueText({ waiting: 1, people: 1, doneInMs: null, pace })).toBe("1 reveal waits to be sent: sending is paused for the whole team.");
  });
});
