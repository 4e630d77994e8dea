import { describe, expect, it } from "vitest";
import { refuseCrossSite } from "./same-origin";

const request = (method: string, site: string | null) => new Request("http://localhost/api/batches/x/stop", { method, headers: site === null ? {} : { "sec-fetch-site": site } });

describe("requests from another site", () => {
  it("may not change anything, not even from a sibling subdomain", () => {
    for (const site of ["cross-site", "same-site"]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        expect(() => refuseCrossSite(request(method, site)), `${method} ${site}`).toThrow(expect.objectContaining({ code: "forbidden", message: expect.stringContaining("came from another site") }));
      }
    }
  });

  it("leave reads alone, and let the app's own pages and non-browser clients through", () => {
    expect(() => refuseCrossSite(request("GET", "cross-site"))).not.toThrow();
    for (const site of ["same-origin", "none", null]) expect(() => refuseCrossSite(request("POST", site))).not.toThrow();
  });
});
