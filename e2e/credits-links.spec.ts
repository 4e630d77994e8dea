import { expect, test } from "@playwright/test";
import { findProfileUrl } from "../lib/clodura/sandbox/test-support";
import { demoUser, secondDemoSdr, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("a bookmarked drill-down is named by the data, not by its link; a list's page is opened by 'View list'", async ({ browser }) => {
  const sam = await signedIn(browser, demoUser("sdr"));
  await sam.getByLabel("LinkedIn URLs").fill(findProfileUrl({ found: true, viaPartners: true, prefix: "e2e-drill-named" }));
  await sam.getByLabel("List name (optional)").fill("e2e drill: as first named");
  await sam.getByRole("button", { name: "Reveal phones" }).click();
  await expect(sam).toHaveURL(/\/batches\/[\w-]+$/);
  const batchId = sam.url().split("/").at(-1)!;
  await expect(sam.getByTestId("reveal-row")).toHaveAttribute("data-state", "found", { timeout: 20_000 });
  expect((await sam.request.patch(`/api/batches/${batchId}`, { data: { name: "e2e drill: renamed" } })).status()).toBe(200);

  const manager = await signedIn(browser, demoUser("manager"));
  const { budgets } = (await (await manager.request.get("/api/budgets")).json()) as { budgets: { subject: string; name: string }[] };
  const samId = budgets.find((row) => row.name === demoUser("sdr").name)!.subject;
  // A link whose label says Jordan, over Sam's charges: the heading names whose charges they are.
  await manager.goto(`/credits?drill=user&value=${samId}&label=${encodeURIComponent("Jordan Park (SDR)")}`);
  const charges = manager.getByRole("region", { name: "Charges" });
  await expect(charges.getByRole("heading")).toHaveText("Charges behind SDR Sam Rivera (SDR)");
  // A list bookmarked before it was renamed: its name today.
  await manager.goto(`/credits?drill=batch&value=${batchId}&label=${encodeURIComponent("e2e drill: as first named")}`);
  await expect(charges.getByRole("heading")).toHaveText("Charges behind batch e2e drill: renamed");
  await expect(charges.locator("tbody tr")).toHaveCount(1);

  // Beside a list's name, a link that says what it does, not a word read as the list's state ("leads.csv open").
  const byBatch = manager.getByRole("region", { name: "By batch" });
  await expect(byBatch.getByRole("link", { name: /^open\b/ })).toHaveCount(0);
  const row = byBatch.locator("tbody tr").first();
  const name = (await row.getByRole("button").first().textContent())!;
  const link = row.getByRole("link", { name: `View list ${name} by ${(await row.getByRole("cell").nth(1).textContent())!}`, exact: true });
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(manager).toHaveURL(href);
  await expect(manager.getByRole("heading", { level: 1 })).toContainText(name);
});

test("a date in the link that is not one is named, and the default period is shown instead", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/credits?from=garbage");
  const note = manager.getByRole("note").filter({ hasText: "in the link" });
  await expect(note).toHaveText(/^The “from” date in the link, “garbage”, is not a date like \d{4}-\d{2}-\d{2}: showing \d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2} instead\./);
  await expect(manager.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(manager.getByTestId("total-credits")).toBeVisible();
  const period = manager.getByRole("group", { name: "Period" });
  await expect(period.getByRole("button", { name: "30 days" })).toHaveAttribute("aria-pressed", "true");

  await manager.goto("/credits?from=2026-1-5&to=soon");
  await expect(note).toContainText("The “from” and “to” dates in the link, “2026-1-5”, “soon”, are not dates like");
  await expect(manager.getByTestId("total-credits")).toBeVisible();
  // Another period picked, the link's dates are gone and so is the note.
  await period.getByRole("button", { name: "7 days" }).click();
  await expect(note).toHaveCount(0);
  await expect(period.getByRole("button", { name: "7 days" })).toHaveAttribute("aria-pressed", "true");
});

test("a period longer than the dashboard reads is cut to its last 400 days, and the picker says which end moved", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/credits?from=2020-01-01&to=2026-01-31");
  await expect(manager.getByRole("note").filter({ hasText: "longer than" })).toHaveText(
    "The link asks for 2020-01-01 → 2026-01-31, longer than the 400 days a period may be: showing its last 400 days, 2024-12-28 → 2026-01-31.",
  );
  await expect(manager.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(manager.getByTestId("total-credits")).toBeVisible();
  await expect(manager.getByLabel("From")).toHaveValue("2024-12-28");

  // Moving From back three years keeps From and brings To along, rather than asking the server for what it refuses.
  const from = manager.getByLabel("From");
  await from.fill("2022-06-01");
  await from.press("Enter");
  await expect(manager).toHaveURL(/from=2022-06-01&to=2023-07-05/);
  await expect(manager.getByRole("status").filter({ hasText: "at most" })).toHaveText("A period is at most 400 days: “To” moved to Jul 5, 2023.");
  await expect(manager.getByRole("note").filter({ hasText: "longer than" })).toHaveCount(0);
  await expect(manager.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(manager.getByTestId("total-credits")).toBeVisible();
});

test("a drill-down in the link that is not one is named, and the period's every charge is listed instead", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/credits?drill=day&value=notaday");
  const note = manager.getByRole("note").filter({ hasText: "charges behind" });
  await expect(note).toHaveText("The link asks for the charges behind the day “notaday”, which is not a date like 2026-01-31: showing every charge in this period. Pick a day, an SDR, a list or a provider below to see theirs.");
  await expect(manager.getByRole("heading", { name: "Every charge in this period" })).toBeVisible();
  await expect(manager.getByRole("main")).not.toContainText("Invalid Date");
  await expect(manager.getByRole("main").getByRole("alert")).toHaveCount(0);

  await manager.goto("/credits?drill=team&value=everyone");
  await expect(note).toContainText("the charges behind “team”, which is not a day, an SDR, a list or a provider");
  await expect(manager.getByRole("main").getByRole("alert")).toHaveCount(0);

  // A drill-down of a kind it reads, naming an SDR or a list the team does not have: said so, not "nothing found".
  const charges = manager.getByRole("region", { name: "Charges" });
  await manager.goto("/credits?drill=user&value=no-such-sdr");
  await expect(charges.getByRole("heading")).toHaveText("Charges behind an unknown SDR");
  await expect(charges).toContainText("The link picks an SDR who is not on this team, so there are no charges to show.");
  await expect(charges.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  await manager.goto("/credits?drill=batch&value=no-such-list");
  await expect(charges).toContainText("The link picks a list that is not on this team, or not yours to see, so there are no charges to show.");
  await expect(charges).not.toContainText("nothing found a number");

  // An SDR the team does not have, picked in the link: the whole team, said so.
  await manager.goto("/credits?sdr=no-such-sdr");
  await expect(manager.getByRole("note").filter({ hasText: "picks an SDR" })).toHaveText("The link picks an SDR who is not on this team: showing the whole team. Pick someone above if you meant one.");
  await expect(manager.getByLabel("SDR", { exact: true })).toHaveValue("");
  await expect(manager.getByTestId("total-credits")).not.toHaveText(/^0/);

  // A list's id longer than any the app gives out is not asked of the server (which would refuse it).
  await manager.goto(`/credits?drill=batch&value=${"x".repeat(65)}`);
  await expect(note).toContainText("the charges behind a list it does not name");
  await expect(manager.getByRole("heading", { name: "Every charge in this period" })).toBeVisible();
  await expect(manager.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("a chart over two calendar years says the year at its ends and on its bars", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/reveal");
  await manager.getByLabel("LinkedIn URLs").fill(findProfileUrl({ found: true, viaPartners: true, prefix: "e2e-year-chart" }));
  await manager.getByRole("button", { name: "Reveal phones" }).click();
  await expect(manager.getByTestId("reveal-row")).toHaveAttribute("data-state", "found", { timeout: 20_000 });

  const today = new Date().toISOString().slice(0, 10);
  const lastYear = Number(today.slice(0, 4)) - 1;
  await manager.goto(`/credits?from=${lastYear}-12-31&to=${today}`);
  await expect(manager.getByTestId("chart-ends").locator("span").first()).toHaveText(`Dec 31, ${lastYear}`);
  await expect(manager.getByTestId("chart-ends").locator("span").last()).toHaveText(new RegExp(`, ${lastYear + 1}$`));
  await expect(manager.getByRole("button", { name: new RegExp(`^Dec 31, ${lastYear}: 0 credits`) })).toHaveCount(1);

  // Within one year, the days alone.
  await manager.goto(`/credits?from=${today.slice(0, 4)}-01-01&to=${today}`);
  await expect(manager.getByTestId("chart-ends").locator("span").first()).toHaveText("Jan 1");
});

test("an SDR's Credits link naming someone else's charges shows their own, saying why", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  const { teammates } = (await (await manager.request.get("/api/teammates")).json()) as { teammates: { id: string; name: string }[] };
  const jordanId = teammates.find((person) => person.name === secondDemoSdr().name)!.id;
  await manager.context().close();

  const sam = await signedIn(browser, demoUser("sdr"));
  await sam.goto(`/credits?drill=user&value=${jordanId}`);
  await expect(sam.getByRole("note").filter({ hasText: "someone else" })).toHaveText("The link asks for someone else's charges: you see your own, so yours are shown.");
  await expect(sam.getByRole("region", { name: "Charges" }).getByRole("heading")).toHaveText(`Charges behind SDR ${demoUser("sdr").name}`);
});
