import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { findProfileUrl } from "../lib/clodura/sandbox/test-support";
import { downloadedText } from "./fixtures";

/** A list with columns of the rep's own (Email, Notes) that the app does not read, a repeat, and two rows it cannot send. */
function repsFile(ada: string, bo: string): string {
  const slug = ada.split("/in/")[1]!;
  return [
    "Name;Email;Profile;Notes",
    `Ada Own;ada@acme.example;${ada}/;called Tuesday`,
    `Bo Own;bo@acme.example;${bo};`,
    `Ada Again;ada.2@acme.example;http://LinkedIn.com/in/${slug.toUpperCase()}?trk=x;second row`,
    "Acme;;https://www.linkedin.com/company/acme;a company page",
    "Nobody;nobody@acme.example;;no profile",
  ].join("\r\n");
}

/** A downloaded CSV's rows (UTF-8 with a BOM, for Excel), and the name it was saved under. */
async function download(page: Page, start: () => Promise<void>): Promise<{ name: string; rows: string[][] }> {
  const file = page.waitForEvent("download");
  await start();
  const text = await downloadedText(await file);
  expect(text.startsWith("\uFEFF")).toBe(true);
  return { name: (await file).suggestedFilename(), rows: Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data };
}

test("an uploaded list comes back as the rep's own file with the numbers on each row", async ({ page }) => {
  // The sandbox finds a number for Ada and none for Bo, whatever the run.
  const prefix = `own-file-${Date.now()}`;
  const [ada, bo] = [findProfileUrl({ found: true, viaPartners: true, prefix: `${prefix}-ada` }), findProfileUrl({ found: false, viaPartners: true, prefix: `${prefix}-bo` })];
  const file = { name: "my-accounts.csv", mimeType: "text/csv", buffer: Buffer.from(repsFile(ada, bo)) };
  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Reveal 2 phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  await expect(page.getByRole("progressbar", { name: "Batch progress" })).toHaveAttribute("aria-valuenow", "2", { timeout: 20_000 });

  const exported = (await download(page, () => page.getByRole("link", { name: "Export CSV" }).click())).rows;
  const header = exported[0] ?? [];
  const byRow = new Map(exported.slice(1).map((cells) => [cells[0], cells]));
  const answerOf = (row: string) => {
    const cells = byRow.get(row) ?? [];
    return ["State", "Best number (E.164)", "Best number type", "Best number provider", "All numbers"].map((column) => cells[header.indexOf(column)]);
  };

  const chooser = page.waitForEvent("filechooser");
  const merged = await download(page, async () => {
    await page.getByRole("button", { name: "Add numbers to your file", exact: true }).click();
    await (await chooser).setFiles(file);
  });
  expect(merged.name).toBe("my-accounts-with-phones.csv");
  // Ada's row and her repeat's.
  await expect(page.getByText("my-accounts-with-phones.csv downloaded: 5 rows, 2 with a number.")).toBeVisible();
  // The rep's columns, in their order and with their ";", then the answers; each person's on their own row, as in Export CSV.
  const [mergedHeader, ...rows] = merged.rows;
  expect(mergedHeader).toEqual(["Name", "Email", "Profile", "Notes", "Reveal Desk state", "Best number (E.164)", "Best number type", "Best number provider", "All numbers"]);
  expect(rows[0]?.slice(0, 4)).toEqual(["Ada Own", "ada@acme.example", `${ada}/`, "called Tuesday"]);
  expect(rows[0]?.slice(4)).toEqual(answerOf("2"));
  expect(rows[0]?.slice(4, 6)).toEqual(["found", expect.stringMatching(/^'\+\d{8,15}$/)]);
  expect(rows[1]?.slice(4)).toEqual(answerOf("3"));
  expect(rows[1]?.slice(4)).toEqual(["not found", "", "", "", ""]);
  // The repeat gets Ada's answer; the rows that were never sent say why.
  expect(rows[2]?.slice(4)).toEqual([`${answerOf("2")[0]} (same person as row 2)`, ...answerOf("2").slice(1)]);
  expect(rows[3]?.[4]).toMatch(/^not sent: .*company/i);
  expect(rows[4]?.[4]).toBe("not sent: This row has no LinkedIn URL or personId: fill one in, or leave the row out.");

  // For a CRM import the same file comes back with the best number plain, as the batch's CSV for CRM import has it.
  const crmChooser = page.waitForEvent("filechooser");
  const forCrm = await download(page, async () => {
    await page.getByRole("button", { name: "Add numbers to your file for CRM import" }).click();
    await (await crmChooser).setFiles(file);
  });
  expect(forCrm.name).toBe("my-accounts-with-phones-for-crm.csv");
  expect(forCrm.rows[1]?.slice(4, 6)).toEqual(["found", rows[0]![5]!.slice(1)]);
  expect(forCrm.rows[1]?.[5]).toMatch(/^\+\d{8,15}$/);

  // Another file (rows sorted differently) is refused: no number is written beside the wrong person.
  const resorted = repsFile(ada, bo).split("\r\n");
  const wrong = { ...file, buffer: Buffer.from([resorted[0], resorted[2], resorted[1], ...resorted.slice(3)].join("\r\n")) };
  const secondChooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Add numbers to your file", exact: true }).click();
  await (await secondChooser).setFiles(wrong);
  await expect(page.getByRole("alert").filter({ hasText: "not the file" })).toHaveText(`This is not the file this list was uploaded from (its row 2 does not name ${ada.replace("https://www.", "")}/): choose my-accounts.csv, unchanged since the upload.`);
});
