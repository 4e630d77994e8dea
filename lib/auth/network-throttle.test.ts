import { describe, expect, it } from "vitest";
import { giveBackNetworkAttempt, isNetworkLocked, networkLockedError, takeNetworkAttempt } from "./network-throttle";

const freshNetwork = () => `198.51.100.${Math.random()}`;
const MINUTE = 60_000;

describe("a network's sign-in budget", () => {
  it("gives a network 20 tries, then locks it for the rest of its 10-minute window, then lets it try again", () => {
    const network = freshNetwork();
    for (let guess = 1; guess <= 19; guess += 1) expect(takeNetworkAttempt(network, guess * 1_000), `try ${guess}`).toBe(true);
    expect(isNetworkLocked(network, 19_000)).toBe(false);
    expect(takeNetworkAttempt(network, 20_000)).toBe(true);
    expect(isNetworkLocked(network, 20_000)).toBe(true);
    expect(takeNetworkAttempt(network, 20_000)).toBe(false);
    // The window started at the first try (1 s): 9 minutes 40 seconds are left, then 1.5 seconds.
    expect(networkLockedError(network, 21_000)).toBe("TooManyFromHere:580");
    expect(networkLockedError(network, 10 * MINUTE - 500)).toBe("TooManyFromHere:2");
    expect(takeNetworkAttempt(network, 10 * MINUTE)).toBe(false);
    expect(takeNetworkAttempt(network, 10 * MINUTE + 1_000)).toBe(true);
    expect(isNetworkLocked(network, 10 * MINUTE + 1_000)).toBe(false);
  });

  it("counts tries taken together, before any password is checked: the 21st parallel guess is refused", () => {
    const network = freshNetwork();
    expect(Array.from({ length: 100 }, () => takeNetworkAttempt(network, 0)).filter(Boolean)).toHaveLength(20);
  });

  it("keeps networks apart", () => {
    const [sprayer, office] = [freshNetwork(), freshNetwork()];
    for (let guess = 0; guess < 20; guess += 1) takeNetworkAttempt(sprayer, 0);
    expect(takeNetworkAttempt(sprayer, 0)).toBe(false);
    expect(takeNetworkAttempt(office, 0)).toBe(true);
  });

  it("takes back a right password's try, and only that one: the wrong passwords before it still count", () => {
    const network = freshNetwork();
    for (let wrong = 0; wrong < 19; wrong += 1) takeNetworkAttempt(network, 0);
    // Someone with one real account signs in with it, again and again: their right passwords cost nothing...
    for (let right = 0; right < 5; right += 1) {
      expect(takeNetworkAttempt(network, 0)).toBe(true);
      giveBackNetworkAttempt(network, 0);
    }
    // ...and give back none of the 19 wrong ones: one more wrong password locks the network.
    expect(takeNetworkAttempt(network, 0)).toBe(true);
    expect(takeNetworkAttempt(network, 0)).toBe(false);
    giveBackNetworkAttempt(network, 0);
    expect(takeNetworkAttempt(network, 0)).toBe(true);
    expect(takeNetworkAttempt(network, 0)).toBe(false);
  });

  it("gives nothing back into a window that is over", () => {
    const network = freshNetwork();
    takeNetworkAttempt(network, 0);
    giveBackNetworkAttempt(network, 10 * MINUTE);
    for (let guess = 0; guess < 20; guess += 1) expect(takeNetworkAttempt(network, 10 * MINUTE)).toBe(true);
    expect(takeNetworkAttempt(network, 10 * MINUTE)).toBe(false);
  });

  it("forgets networks whose window is over once it remembers many, so a flood of addresses cannot fill memory", () => {
    const remembered = () => (globalThis as unknown as { revealDeskNetworkSignIns: Map<string, unknown> }).revealDeskNetworkSignIns.size;
    for (let i = remembered(); i < 10_000; i += 1) takeNetworkAttempt(freshNetwork(), 0);
    expect(remembered()).toBe(10_000);
    // An hour later every window above is over: the next try sweeps them all and is the one network remembered.
    takeNetworkAttempt(freshNetwork(), 60 * MINUTE);
    expect(remembered()).toBe(1);
  });

  it("remembers nothing of a network whose only tries were right passwords", () => {
    const remembered = () => (globalThis as unknown as { revealDeskNetworkSignIns: Map<string, unknown> }).revealDeskNetworkSignIns.has(network);
    const network = freshNetwork();
    takeNetworkAttempt(network, 0);
    giveBackNetworkAttempt(network, 0);
    expect(remembered()).toBe(false);
  });
});
