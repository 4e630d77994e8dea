import { afterEach, describe, expect, it, vi } from "vitest";
import { CLIENT_ABORT_MESSAGE, errorResponse, readJsonBody } from "./handler";

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

describe("readJsonBody", () => {
  const post = (body: string) => new Request("http://localhost/api/reveals/check", { method: "POST", headers: { "Content-Type": "application/json" }, body });

  it("refuses a body nested deeper than any request the app sends, before parsing it", async () => {
    await expect(readJsonBody(post(`{"keys":${"[".repeat(50_000)}${"]".repeat(50_000)}}`), 1024 * 1024)).rejects.toMatchObject({
      code: "bad_request",
      message: "The request body nests deeper than 8 levels: no request this app sends does.",
    });
    expect(await readJsonBody(post('{"keys":["https://www.linkedin.com/in/a/"]}'), 1024)).toEqual({ keys: ["https://www.linkedin.com/in/a/"] });
  });

  it("refuses a body holding more values than the route allows, before parsing it: a few KB of gzip can hold millions of {}", async () => {
    const emptyObjects = `{"keys":[${Array<string>(20_000).fill("{}").join(",")}]}`;
    await expect(readJsonBody(post(emptyObjects), 1024 * 1024)).rejects.toMatchObject({
      code: "bad_request",
      message: "The request body holds more than 10,000 values: no request this app sends does.",
    });
    expect(await readJsonBody(post(emptyObjects), 1024 * 1024, 50_000)).toMatchObject({ keys: expect.any(Array) });
  });
});
