import { describe, expect, it } from "vitest";
import { displayProfile, profileSlug, readablePath } from "./display";

describe("showing a profile", () => {
  it("drops the scheme and www, and decodes an accented slug everywhere alike", () => {
    expect(displayProfile("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/")).toBe("linkedin.com/in/josé-garcía/");
    expect(displayProfile("https://www.linkedin.com/in/dana-upload/")).toBe("linkedin.com/in/dana-upload/");
    expect(profileSlug("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/")).toBe("josé-garcía");
    expect(profileSlug("https://www.linkedin.com/company/acme/")).toBeNull();
  });

  it("leaves text that is not valid percent-encoding as it is", () => {
    expect(readablePath("in/bad%E0%A4%A")).toBe("in/bad%E0%A4%A");
    expect(displayProfile("https://www.linkedin.com/in/100%25-sales/")).toBe("linkedin.com/in/100%-sales/");
  });
});
