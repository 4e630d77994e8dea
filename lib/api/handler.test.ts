import { afterEach, describe, expect, it, vi } from "vitest";
import { CLIENT_ABORT_MESSAGE, errorResponse } from "./handler";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("errorResponse", () => {
  it("answers a request the browser abandoned mid-body without logging it as our fault", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new Error("aborted"));
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(CLIENT_ABORT_MESSAGE);
    expect(log).not.toHaveBeenCalled();
  });

  it("logs anything else it does not know, by message only, and answers a generic 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new Error("disk I/O error"));
    expect(response.status).toBe(500);
    expect((await response.json()).error.message).toBe("Something went wrong on our side. Try again in a moment.");
    expect(log).toHaveBeenCalledWith("Unhandled error in route handler:", "disk I/O error");
  });
});
