import { describe, expect, it } from "vitest";
import { refuseOtherKeys, sandboxApiKey } from "./sandbox-key";

const withKey = (key: string | null) => new Request("http://localhost/sandbox/api/v1/credits", { headers: key === null ? {} : { "x-api-key": key } });

describe("the embedded sandbox's key", () => {
  it("is derived from AUTH_SECRET: the same for the same secret, different for another, never the secret itself", () => {
    const secret = "s".repeat(44);
    expect(sandboxApiKey(secret)).toBe(sandboxApiKey(secret));
    expect(sandboxApiKey(secret)).not.toBe(sandboxApiKey("t".repeat(44)));
    expect(sandboxApiKey(secret)).not.toContain(secret);
  });

  it("lets only the app's own client in: any other key, or none, gets Clodura's 401", async () => {
    const key = sandboxApiKey("s".repeat(44));
    expect(refuseOtherKeys(withKey(key), key)).toBeNull();
    for (const other of ["sandbox", `${key}x`, key.slice(0, -1), "", null]) {
      const refused = refuseOtherKeys(withKey(other), key);
      expect(refused?.status).toBe(401);
      expect(await refused?.json()).toEqual({ message: "API key missing or invalid" });
    }
  });
});
