import { describe, expect, it } from "vitest";
import type { ListedPerson } from "./merge-into-file";
import { runMergeJob, type MergeMessage } from "./merge-job";

const jane: ListedPerson = { row: 2, linkedinUrl: "https://www.linkedin.com/in/jane-doe/", personId: null, state: "found", best: "+14155550134", type: "mobile", provider: "Clodura", all: "" };

async function run(file: File): Promise<MergeMessage[]> {
  const messages: MergeMessage[] = [];
  await runMergeJob({ file, people: [jane], fileName: "list.csv" }, (message) => messages.push(message));
  expect(messages.slice(0, -1).every((message) => message.type === "progress")).toBe(true);
  return messages.slice(-1);
}

describe("the merge worker's job", () => {
  it("posts the file with the answers as a CSV blob", async () => {
    const [message] = await run(new File(["LinkedIn,Email\nlinkedin.com/in/jane-doe,jane@acme.example\n"], "list.csv"));
    expect(message).toMatchObject({ type: "merged", rows: 1, withResults: 1 });
    const file = message?.type === "merged" ? message.file : null;
    expect(file?.type).toBe("text/csv;charset=utf-8");
    // ignoreBOM keeps the byte-order mark Excel needs in the decoded text.
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await file?.arrayBuffer())).toBe("\uFEFFLinkedIn,Email,Reveal Desk state,Best number (E.164),Best number type,Best number provider,All numbers\r\nlinkedin.com/in/jane-doe,jane@acme.example,found,'+14155550134,mobile,Clodura,\r\n");
  });

  it("says what to do with a workbook or another list's file", async () => {
    expect(await run(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])], "list.xlsx"))).toEqual([{ type: "error", message: expect.stringMatching(/^This is an Excel workbook, not a CSV file/) }]);
    expect(await run(new File(["LinkedIn\nlinkedin.com/in/john-roe\n"], "other.csv"))).toEqual([{ type: "error", message: expect.stringMatching(/^This is not the file this list was uploaded from/) }]);
  });
});
