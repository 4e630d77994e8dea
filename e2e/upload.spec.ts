import path from "node:path";
import { expect, test } from "@playwright/test";
import { downloadedText } from "./fixtures";

const fixture = path.join(import.meta.dirname, "fixtures", "team-list.csv");

test("upload a CSV, fix the mapping, read the report, submit, watch progress, export the results", async ({ page }) => {
  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles(fixture);

  // The "LinkedIn" column holds Sales Navigator links Clodura cannot read: "Personal profile" holds the public profiles,
  // and is chosen for them. Mapped to the Sales Navigator column, every row would be refused.
  const linkedinColumn = page.getByLabel("LinkedIn URL column");
  await expect(linkedinColumn).toHaveValue("3");
  const summary = page.getByRole("list", { name: "Validation summary" });
  await linkedinColumn.selectOption({ label: "LinkedIn" });
  await expect(summary.locator('[data-summary="unsupported"]')).toContainText("5");
  // With no URL column the rows are not "Empty" (they hold data): no verdict until a column is chosen.
  await linkedinColumn.selectOption({ label: "— none —" });
  await expect(page.getByText("The 5 rows are checked once a LinkedIn URL or personId column is chosen above.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "No column holds LinkedIn URLs" })).toContainText("choose the LinkedIn URL column (or the personId column) above.");
  await expect(summary).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Nothing to reveal" })).toBeDisabled();
  await linkedinColumn.selectOption({ label: "Personal profile" });

  // The names sit under an Italian header the detection does not know: the rep maps them by hand.
  const rows = page.getByRole("table", { name: "Rows in the file" });
  await expect(page.getByLabel("Full name column")).toHaveValue("");
  // What a column is for, and a sample of what it holds, are read with the select, not only on hover.
  await expect(page.getByLabel("Full name column")).toHaveAccessibleDescription("Split into first and last name when those columns are not set.");
  await expect(linkedinColumn).toHaveAccessibleDescription(/^e\.g\. https:\/\/www\.linkedin\.com\/in\//);
  await expect(rows).not.toContainText("Dana Upload");
  await page.getByLabel("Full name column").selectOption({ label: "Nome completo" });
  await expect(rows).toContainText("Dana Upload");
  await expect(page.getByLabel("Full name column")).toHaveAccessibleDescription(/^e\.g\. .+ \(Split into first and last name when those columns are not set\.\)$/);
  await expect(summary.locator('[data-summary="new"]')).toContainText("3");
  await expect(summary.locator('[data-summary="duplicate"]')).toContainText("1");
  await expect(summary.locator('[data-summary="unsupported"]')).toContainText("1");
  await expect(page.getByRole("table", { name: "Rows in the file" })).toContainText("lnkd.in");
  // Rows are numbered as a spreadsheet shows the file (header = row 1), and a refused row still says who it is.
  const refused = rows.getByRole("row").filter({ hasText: "lnkd.in" });
  await expect(refused.getByRole("cell").first()).toHaveText("6");
  await expect(refused.getByTestId("row-who")).toHaveText("Bad Row · Initech");
  await expect(rows.getByRole("row").filter({ hasText: "Dana Again" })).toContainText("Same person as row 2");

  const reportDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download report (CSV)" }).click();
  const report = await downloadedText(await reportDownload);
  expect(report.startsWith("\uFEFFRow,Input,Name,Company,Status,Reason\r\n")).toBe(true);
  expect(report).toMatch(/\r\n6,https:\/\/lnkd\.in\/xyz.*short link/i);
  expect(report).toMatch(/duplicate/i);

  // How long it takes to send, behind whatever the team's queue holds, at the default 5 a second.
  await expect(page.getByTestId("sending-time")).toHaveText(/^Sent in (under a minute|about \d+ minutes?) at 5 a second(, taking turns with ([\d,]+ from your other lists|[\d,]+ from teammates'|[\d,]+ from your other lists and [\d,]+ from teammates'))?\.$/);
  // Saving held back a moment: the focus stays on the button meanwhile, then goes to the batch's heading.
  await page.route("**/api/imports", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  }, { times: 1 });
  await page.getByRole("button", { name: "Reveal 3 phones" }).click();
  await expect(page.getByRole("button", { name: "Submitting…" })).toBeFocused();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: "team-list.csv" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "team-list.csv" })).toBeFocused();
  const progress = page.getByRole("progressbar", { name: "Batch progress" });
  await expect(progress).toHaveAttribute("aria-valuemax", "3");
  await expect(progress).toHaveAttribute("aria-valuenow", "3", { timeout: 20_000 });
  await expect(page.locator('[data-testid="reveal-row"][data-state="found"]')).toHaveCount(2);
  await expect(page.locator('[data-testid="reveal-row"][data-state="not_found"]')).toHaveCount(1);

  const exportDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await downloadedText(await exportDownload);
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [header, ...lines] = csv.slice(1).trim().split("\r\n");
  expect(header).toContain("Row in file,First name,Last name,Company,LinkedIn URL,personId,State,Best number (E.164),Best number type,Best number provider,All numbers");
  expect(header).toContain("Credits charged (estimate)");
  expect(lines).toHaveLength(3);
  const dana = lines.find((line) => line.includes("https://www.linkedin.com/in/dana-upload/"));
  expect(dana).toMatch(/,found,'\+\d{10,14},mobile,Enrichlayer,/);
  // The names mapped by hand reached the results.
  // Each person names its row in the file as a spreadsheet numbers it (the header is row 1), to match the file's other columns.
  expect(dana).toMatch(/^2,Dana,Upload,/);
  const sara = lines.find((line) => line.includes("sara-upload"));
  // A formula typed into the spreadsheet comes back neutralised, never as a live formula.
  expect(sara).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);

  // The CRM variant: the same rows, the best number plain E.164 for an importer, every other cell still guarded.
  const crmDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV for CRM import" }).click();
  const crmFile = await crmDownload;
  expect(crmFile.suggestedFilename()).toMatch(/-for-crm\.csv$/);
  const crmLines = (await downloadedText(crmFile)).slice(1).trim().split("\r\n");
  expect(crmLines).toHaveLength(4);
  expect(crmLines.find((line) => line.includes("dana-upload"))).toMatch(/,found,\+\d{10,14},mobile,Enrichlayer,/);
  expect(crmLines.find((line) => line.includes("sara-upload"))).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);

  // With the "Found" chip pressed, the export holds what the page shows, and says so beside its buttons.
  await page.getByRole("button", { name: /^Found/ }).click();
  await expect(page.getByText("Exports only the 2 rows shown")).toBeVisible();
  const foundDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const foundFile = await foundDownload;
  expect(foundFile.suggestedFilename()).toMatch(/-found\.csv$/);
  const foundLines = (await downloadedText(foundFile)).slice(1).trim().split("\r\n").slice(1);
  expect(foundLines).toHaveLength(2);
  for (const line of foundLines) expect(line).toContain(",found,");
  // A filter that shows nothing offers no file of headers.
  await page.getByRole("button", { name: /^Failed/ }).click();
  await expect(page.getByText("Nothing to export: no row matches")).toBeVisible();
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  await page.getByRole("button", { name: /^All/ }).click();
  await expect(page.getByRole("link", { name: "Export CSV" })).toBeVisible();
  const unknownTarget = await page.request.get(`${new URL(page.url()).pathname.replace("/batches/", "/api/batches/")}/export?for=excel`);
  expect(unknownTarget.status()).toBe(400);
  expect((await unknownTarget.json()).error.message).toBe('Export "for" is spreadsheet or crm, not "excel".');

  // Uploaded again, the people just revealed are free; paying for them again is a button, not a grey caption.
  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles(fixture);
  const againAll = page.getByRole("button", { name: /^Reveal all \d+ already revealed again$/ });
  await expect(againAll).toHaveCSS("border-top-style", "solid");
});

test("a column mapped after the guess is read for every row, past the first 50 the worker keeps whole", async ({ page }) => {
  // The worker keeps only the guessed columns of rows after the 50th; "Workplace" is not guessed, so mapping it reads the file again.
  const refused = Array.from({ length: 50 }, (_, i) => `Lee${i},Initech,https://www.linkedin.com/sales/lead/ACwAAA${i},NAME_SEARCH`);
  const late = ["Ana,Globex Late,https://www.linkedin.com/in/ana-late-row/", "Ben,Umbrella Late,https://www.linkedin.com/in/ben-late-row/"];
  const text = ["First Name,Workplace,Person Linkedin Url", ...refused.map((line) => line.replace(/(https:\S+)$/, '"$1"')), ...late].join("\r\n");
  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles({ name: "late-columns.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  // The review replaces the picker: a keyboard user starts at the file's name.
  await expect(page.getByRole("heading", { name: "late-columns.csv" })).toBeFocused();

  await expect(page.getByLabel("Company column")).toHaveValue("");
  await page.getByLabel("Show").selectOption("new");
  const table = page.getByRole("table", { name: "Rows in the file" });
  await expect(table).toContainText("ana-late-row");
  await expect(table).not.toContainText("Globex Late");

  await page.getByLabel("Company column").selectOption({ label: "Workplace" });
  await expect(table).toContainText("Ana · Globex Late");
  await expect(table).toContainText("Ben · Umbrella Late");
  await expect(page.getByRole("button", { name: "Reveal 2 phones" })).toBeEnabled();

  // "Start over" goes back to the picker, with the focus on its heading.
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByRole("heading", { name: "Upload a CSV" })).toBeFocused();
});

test("a new user tries the sample list in sandbox mode and sees what each check catches", async ({ page }) => {
  await page.goto("/upload");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "download it" }).click();
  const sample = await downloadedText(await download);
  expect(sample.split("\r\n")[0]).toBe("First Name,Last Name,Title,Company Name,Person Linkedin Url,Email,Notes");

  await page.getByRole("button", { name: "Try a sample list" }).click();
  await expect(page.getByText("sample-list.csv")).toBeVisible();
  await expect(page.getByLabel("LinkedIn URL column")).toHaveValue("4");
  const summary = page.getByRole("list", { name: "Validation summary" });
  await expect(summary.locator('[data-summary="new"]')).toContainText("9");
  await expect(summary.locator('[data-summary="duplicate"]')).toContainText("1");
  await expect(summary.locator('[data-summary="unsupported"]')).toContainText("2");
  await expect(summary.locator('[data-summary="empty"]')).toContainText("1");
  await expect(page.getByRole("button", { name: "Reveal 9 phones" })).toBeEnabled();
});

test("the upload is sent from the keyboard: Enter in the list name, or Ctrl+Enter anywhere, as on the paste page", async ({ page }) => {
  const file = (slug: string) => ({ name: `${slug}.csv`, mimeType: "text/csv", buffer: Buffer.from(`Name,LinkedIn URL\r\nKey Board,https://www.linkedin.com/in/${slug}/\r\n`) });
  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles(file("keyboard-upload-enter"));
  await expect(page.getByRole("button", { name: "Reveal 1 phone" })).toBeEnabled();
  await page.getByLabel("List name").fill("Typed and entered");
  await page.getByLabel("List name").press("Enter");
  await expect(page.getByRole("heading", { name: "Typed and entered" })).toBeVisible();

  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles(file("keyboard-upload-ctrl-enter"));
  await expect(page.getByRole("heading", { name: "keyboard-upload-ctrl-enter.csv" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Reveal 1 phone" })).toBeEnabled();
  await page.keyboard.press("Control+Enter");
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: "keyboard-upload-ctrl-enter.csv" })).toBeVisible();
});

test("a file whose LinkedIn column names the same person on most rows is questioned before anything is sent", async ({ page }) => {
  const owner = "https://www.linkedin.com/in/sam-owner-e2e/";
  const text = ["Name,Owner LinkedIn", ...["Ana Lopez", "David Kim", "Kelly Ng", "Omar Diaz", "Nia Cole"].map((name) => `${name},${owner}`)].join("\r\n");
  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles({ name: "owners.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await expect(page.getByTestId("mostly-repeats")).toHaveText(/^4 of 5 rows name a person an earlier row names\. Is the LinkedIn URL column the right one\?/);
});

test("a file with no LinkedIn column at all says to export it again with one, not to choose a column it lacks", async ({ page }) => {
  const text = ["Name,Company,Email,Phone", "Ana Lopez,Acme,ana@acme.example,+1 415 555 0134", "David Kim,Globex,david@globex.example,"].join("\r\n");
  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles({ name: "crm-contacts.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await expect(page.getByRole("alert").filter({ hasText: "This file has no LinkedIn URLs or personIds" })).toContainText("export it again with the LinkedIn URL column included");
  await expect(page.getByRole("button", { name: "Nothing to reveal" })).toBeDisabled();
});
