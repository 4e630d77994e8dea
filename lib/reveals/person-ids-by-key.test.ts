import { describe, expect, it } from "vitest";
import { personIdsByKey } from "./person-ids-by-key";

describe("personIdsByKey", () => {
  it("keeps the personId beside each URL key of a row to send, and nothing from repeats, refusals or personId keys", () => {
    expect(
      personIdsByKey([
        { key: "li:https://www.linkedin.com/in/jane/", personId: "2751275603503088159", status: "ok" },
        { key: "li:https://www.linkedin.com/in/jane/", personId: "1111111111111111111", status: "duplicate" },
        { key: "li:https://www.linkedin.com/in/john/", personId: null, status: "ok" },
        { key: "pid:2222222222222222222", personId: "2222222222222222222", status: "ok" },
        { personId: "3333333333333333333", status: "unsupported" },
        { key: "li:https://www.linkedin.com/in/ann/", personId: "4444444444444444444" },
      ]),
    ).toEqual({ "li:https://www.linkedin.com/in/jane/": "2751275603503088159", "li:https://www.linkedin.com/in/ann/": "4444444444444444444" });
  });
});
