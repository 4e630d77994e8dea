import { describe, expect, it } from "vitest";
import { failureNotice, rejectedNotice, resendAction, unfinishedNotice } from "./failure-notice";

describe("the failed-reveals notice", () => {
  it("says nothing was charged when Clodura never accepted the requests", () => {
    expect(failureNotice(1, 0)).toBe("1 reveal failed because Clodura kept erroring. Nothing was charged for it; another try often works.");
    expect(failureNotice(1_200, 0)).toBe("1,200 reveals failed because Clodura kept erroring. Nothing was charged for them; another try often works.");
  });

  it("warns that a request Clodura accepted and never answered may have been charged", () => {
    expect(failureNotice(2, 2)).toBe(
      "2 reveals failed because Clodura never sent a result. Clodura may still have charged for any it found before going quiet, so another try can cost twice; a manager sees any difference in the balance check on Credits.",
    );
  });

  it("separates the two kinds when a batch has both", () => {
    expect(failureNotice(5, 1)).toBe(
      "5 reveals failed: Clodura kept erroring on 4 (nothing charged) and never sent a result for 1. Clodura may still have charged for any it found before going quiet, so another try can cost twice; a manager sees any difference in the balance check on Credits.",
    );
  });
});

describe("the unfinished-reveals notice", () => {
  it("says nothing was charged and that sending them again works now credits are back", () => {
    expect(unfinishedNotice(1, false)).toBe(
      "1 reveal was cut short when Clodura's account ran out of credits, before every provider was asked. Nothing was charged for it. Send it again now that credits are back.",
    );
  });

  it("says a new batch would wait while sending is paused", () => {
    expect(unfinishedNotice(3, true)).toBe(
      "3 reveals were cut short when Clodura's account ran out of credits, before every provider was asked. Nothing was charged for them. Sending is paused: a new batch waits until an admin adds credits and resumes it.",
    );
  });
});

describe("the offer to send a list's failures again", () => {
  it("names the kinds of rows it covers", () => {
    expect(resendAction(1, 1)).toBe("Send the 1 failed and 1 unfinished again in a new batch");
    expect(resendAction(2, 0)).toBe("Send the 2 failed again in a new batch");
    expect(resendAction(0, 1_500)).toBe("Send the 1,500 unfinished again in a new batch");
  });

  it("says which failures it leaves out, and why", () => {
    expect(rejectedNotice(1)).toBe(
      "1 more failed because Clodura rejected it as invalid (HTTP 400 or 422): not sent again, since another try would fail the same way. Its row says why; correct the profile, then paste it again.",
    );
    expect(rejectedNotice(3)).toMatch(/^3 more failed because Clodura rejected them as invalid .* Their rows say why;/);
  });
});
