import { describe, expect, it } from "vitest";
import { unexplainedFailure } from "./fetch-json";

describe("unexplainedFailure", () => {
  it("says a gateway's error means the server did not answer, and for a change, to check before trying again", () => {
    expect(unexplainedFailure(502, "POST")).toBe(
      "Reveal Desk's server did not answer (HTTP 502): it may be restarting or overloaded. Reload the page to see whether your change was made before trying again.",
    );
    expect(unexplainedFailure(504)).toBe("Reveal Desk's server did not answer (HTTP 504): it may be restarting or overloaded. Try again in a moment.");
  });

  it("names any other status without a bare code", () => {
    expect(unexplainedFailure(413, "POST")).toBe("The request was too large for the server (HTTP 413): send less at once.");
    expect(unexplainedFailure(418)).toBe("The server answered with an error page (HTTP 418) instead of Reveal Desk's answer. Try again in a moment.");
  });
});
