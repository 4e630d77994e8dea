import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { demoAccounts } from "../lib/auth/demo-accounts";
import { startAppServer } from "./app-server";
import { generateApolloExport, generateFullWidthApolloExport } from "./generate-export";
import { scrollTable, type GridScroll } from "./grid-scroll";
import { medianBy, ms } from "./measure";

const ROWS = 100_000;
const RUNS = 3;
const PORT = 3310;
const REVEAL_BUTTON = /^Reveal [\d,]+ phones$/;

type BenchWindow = Window & { __bench: { longTasks: { start: number; duration: number }[]; chosenAt: number | null; reviewedAt: number | null } };
/** `ledgerFrom`/`ledgerTo`: when the first team-ledger request left and the last answer arrived, after choosing the file. */
type Review = { ms: number; longestTask: number; blocking: number; ledgerFrom: number; ledgerTo: number };

/**
 * The upload as an SDR meets it: the app from `npm start`, real Chromium, a 100,000-row file chosen in the page.
 * Compared in the same browser with Papa Parse alone reading and parsing the same file in a worker. Returns Markdown.
 */
export async function runUploadBench(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "reveal-bench-upload-"));
  const file = path.join(dir, "apollo-100k.csv");
  writeFileSync(file, generateApolloExport(ROWS));
  const wideFile = path.join(dir, "apollo-100k-52-columns.csv");
  const wideText = generateFullWidthApolloExport(ROWS);
  writeFileSync(wideFile, wideText);
  const app = await startAppServer(PORT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    // The baseline parse runs Papa Parse in a worker of the bench's own, from a blob: the app's page policy allows
    // only its own workers, and it is not what is measured.
    const page = await browser.newPage({ baseURL: app.baseUrl, viewport: { width: 1366, height: 900 }, bypassCSP: true });
    await page.addInitScript(observeMainThread);
    await signInAsSdr(page);
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run += 1) bare.push(await bareParseInBrowser(page, file));
    // The whole Apollo export first: the submission below goes from the last review's page, the 8-column file's.
    const wide = { bare: [] as number[], reviews: [] as Review[], megabytes: wideText.length / 1024 / 1024 };
    for (let run = 0; run < RUNS; run += 1) wide.bare.push(await bareParseInBrowser(page, wideFile));
    for (let run = 0; run < RUNS; run += 1) wide.reviews.push(await chooseFileUntilReviewed(page, wideFile));
    const reviews: Review[] = [];
    for (let run = 0; run < RUNS; run += 1) reviews.push(await chooseFileUntilReviewed(page, file));
    const reportScrolls: GridScroll[] = [];
    for (let run = 0; run < RUNS; run += 1) reportScrolls.push(await scrollTable(page, "Rows in the file"));
    const submit = await submitUntilBatchShown(page);
    // Once every row has loaded, while the batch is being revealed and the page takes in its changes.
    await page.getByRole("status").filter({ hasText: "Loading rows" }).waitFor({ state: "hidden", timeout: 120_000 });
    const scrolls: GridScroll[] = [];
    for (let run = 0; run < RUNS; run += 1) scrolls.push(await scrollTable(page, "Reveal results"));
    const exports: ExportRun[] = [];
    for (let run = 0; run < RUNS; run += 1) exports.push(await exportWhileServing(page));
    const wideRun: WideRun = { bare: medianBy(wide.bare, (time) => time), review: medianBy(wide.reviews, (review) => review.ms), megabytes: wide.megabytes };
    const scroll = { report: medianBy(reportScrolls, (run) => run.p95Frame), batch: medianBy(scrolls, (run) => run.p95Frame) };
    return report(medianBy(bare, (time) => time), medianBy(reviews, (review) => review.ms), wideRun, submit, scroll, medianBy(exports, (run) => run.whole), browser.version());
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs in the page before its own scripts: long tasks, and when a file input changes. */
function observeMainThread() {
  const bench: BenchWindow["__bench"] = { longTasks: [], chosenAt: null, reviewedAt: null };
  (window as unknown as BenchWindow).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "file") bench.chosenAt = performance.now();
  }, true);
}

async function signInAsSdr(page: Page): Promise<void> {
  const sdr = demoAccounts.find((account) => account.role === "sdr")!;
  await page.goto("/login");
  await page.getByLabel("Email").fill(sdr.email);
  await page.getByLabel("Password").fill(sdr.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/reveal$/);
}

/** From starting a worker to Papa Parse's result, the file read in the worker as the app's is. */
async function bareParseInBrowser(page: Page, file: string): Promise<number> {
  const papaparse = readFileSync(createRequire(import.meta.url).resolve("papaparse/papaparse.min.js"), "utf8");
  await page.goto("/upload");
  await page.evaluate(() => {
    const input = Object.assign(document.createElement("input"), { type: "file", id: "bench-file", hidden: true });
    document.body.append(input);
  });
  await page.setInputFiles("#bench-file", file);
  return page.evaluate(async (source) => {
    const chosen = (document.getElementById("bench-file") as HTMLInputElement).files![0]!;
    const code = `${source}\nself.onmessage = async (event) => { Papa.parse(await event.data.text(), { skipEmptyLines: true }); self.postMessage("done"); };`;
    const started = performance.now();
    const worker = new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
    await new Promise((resolve) => {
      worker.onmessage = resolve;
      worker.postMessage(chosen);
    });
    worker.terminate();
    return performance.now() - started;
  }, papaparse);
}

/** From choosing the file to the report, the ledger check and the estimate shown, with the reveal button enabled. */
async function chooseFileUntilReviewed(page: Page, file: string): Promise<Review> {
  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.waitForFunction(
    (pattern) => {
      const bench = (window as unknown as BenchWindow).__bench;
      const button = [...document.querySelectorAll("button")].find((candidate) => new RegExp(pattern).test(candidate.textContent?.trim() ?? ""));
      if (!button || button.disabled) return false;
      bench.reviewedAt ??= performance.now();
      return true;
    },
    REVEAL_BUTTON.source,
    { polling: "raf", timeout: 120_000 },
  );
  return page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    const chosenAt = bench.chosenAt ?? 0;
    const tasks = bench.longTasks.filter((task) => task.start >= chosenAt && task.start <= (bench.reviewedAt ?? Infinity));
    const checks = performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/api/reveals/check") && entry.startTime >= chosenAt) as PerformanceResourceTiming[];
    return {
      ledgerFrom: Math.min(...checks.map((check) => check.startTime)) - chosenAt,
      ledgerTo: Math.max(...checks.map((check) => check.responseEnd)) - chosenAt,
      ms: (bench.reviewedAt ?? 0) - chosenAt,
      longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
      blocking: tasks.reduce((sum, task) => sum + task.duration - 50, 0),
    };
  });
}

/** Pressing "Reveal N phones" on the last run's page until the batch page shows its first rows. */
type Submission = { created: number; shown: number; people: string; slowestPing: number; bodyBytes: number; encoding: string };

/**
 * Also asks for the queue status every 25 ms from outside the page meanwhile: the slowest answer is how long other users
 * waited. Asked with Node's fetch and the session's cookie: Playwright's own request context waits while its driver
 * takes in the page's 15 MB request body, which once made a 120 ms answer look like 620 ms.
 */
async function submitUntilBatchShown(page: Page): Promise<Submission> {
  const button = page.getByRole("button", { name: REVEAL_BUTTON });
  const people = ((await button.textContent()) ?? "").replace(/\D/g, "");
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const queueUrl = new URL("/api/queue", page.url());
  let submitting = true;
  let slowestPing = 0;
  const pings = (async () => {
    while (submitting) {
      const sent = Date.now();
      const answer = await fetch(queueUrl, { headers: { cookie } });
      if (!answer.ok) throw new Error(`The queue status answered ${answer.status}.`);
      await answer.arrayBuffer();
      slowestPing = Math.max(slowestPing, Date.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const sending = page.waitForRequest((request) => request.method() === "POST" && request.url().endsWith("/api/imports"), { timeout: 120_000 });
  // Playwright does not see a Blob body's size: the page notes it as it sends.
  await page.evaluate(() => {
    const send = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).endsWith("/api/imports")) document.body.dataset.importBodyBytes = String(new Blob([init?.body as BlobPart]).size);
      return send(input, init);
    };
  });
  // A list expected to empty Clodura's balance is sent on a second press; the first, which only asks, is not timed.
  let press = button;
  if ((await page.getByRole("status", { name: "Clodura balance" }).filter({ hasText: "will likely run out" }).count()) > 0) {
    await button.click();
    press = page.getByRole("button", { name: /^Reveal [\d,]+ phones anyway$/ });
    await press.waitFor();
  }
  const started = Date.now();
  await press.click();
  await page.waitForURL(/\/batches\/[\w-]+$/, { timeout: 120_000 });
  const created = Date.now() - started;
  const sent = await sending;
  await page.getByTestId("reveal-row").first().waitFor({ timeout: 120_000 });
  const shown = Date.now() - started;
  submitting = false;
  await pings;
  const bodyBytes = Number(await page.evaluate(() => document.body.dataset.importBodyBytes));
  return { created, shown, people: Number(people).toLocaleString("en"), slowestPing, bodyBytes, encoding: (await sent.headerValue("content-encoding")) ?? "none" };
}

type ExportRun = { firstByte: number; whole: number; rows: number; megabytes: number; slowestPing: number; slowestPingBefore: number };

/**
 * Downloads the new batch's "Export CSV" while asking the server for the queue status every 25 ms: how soon the file
 * starts, how long it takes, and the slowest of those small requests meanwhile (how long other users waited), against
 * the slowest in the 3 s before the export (the batch is being revealed meanwhile, which has pauses of its own).
 */
async function exportWhileServing(page: Page): Promise<ExportRun> {
  const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  if (!href) throw new Error("The batch page has no Export CSV link.");
  return page.evaluate(async (url) => {
    // A ping counts for the phase it ends in: one the export held up counts against the export.
    const slowest = { before: 0, export: 0 };
    const phase = { now: "before" as "before" | "export" | "done" };
    const pings = (async () => {
      while (phase.now !== "done") {
        const sent = performance.now();
        await (await fetch("/api/queue")).arrayBuffer();
        const ended = phase.now === "before" ? "before" : "export";
        slowest[ended] = Math.max(slowest[ended], performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    phase.now = "export";
    const started = performance.now();
    const response = await fetch(url);
    const firstByte = performance.now() - started;
    const text = await response.text();
    const whole = performance.now() - started;
    phase.now = "done";
    await pings;
    return { firstByte, whole, rows: text.split("\r\n").length - 2, megabytes: text.length / 1e6, slowestPing: slowest.export, slowestPingBefore: slowest.before };
  }, href);
}

/** The same people as a whole 52-column Apollo export: Papa Parse alone, and choosing it until the report is up. */
type WideRun = { bare: number; review: Review; megabytes: number };

const scrolled = (scroll: GridScroll): [string, string] => [
  `${ms(scroll.medianFrame)} a frame`,
  `mean ${ms(scroll.meanFrame)}, 95th percentile ${ms(scroll.p95Frame)}, worst ${ms(scroll.worstFrame)}, longest task ${ms(scroll.longestTask)}; ${scroll.rowsInDom} rows in the DOM (17 ms a frame is 60 a second)`,
];

function report(bare: number, review: Review, wide: WideRun, submit: Submission, scroll: { report: GridScroll; batch: GridScroll }, exported: ExportRun, chromiumVersion: string): string {
  const rows: [string, string, string][] = [
    [`Papa Parse alone in a worker, reading and parsing the same ${ROWS.toLocaleString("en")}-row file (baseline)`, ms(bare), "—"],
    ["Choose the file → report, team-ledger check and estimate shown (parse, map, validate, dedupe, ledger)", ms(review.ms), `${(review.ms / bare).toFixed(2)}× baseline`],
    ["  of which: read, parse, map, validate and dedupe in the worker, rows to the page", ms(review.ledgerFrom), `${(review.ledgerFrom / bare).toFixed(2)}× baseline`],
    ["  of which: team-ledger check and prices (server, for every new person)", ms(review.ledgerTo - review.ledgerFrom), ""],
    ["  of which: showing the report", ms(review.ms - review.ledgerTo), ""],
    ["  longest main-thread task meanwhile", ms(review.longestTask), "a task over 50 ms delays clicks and typing"],
    ["  total blocking time meanwhile (time over 50 ms in each long task)", ms(review.blocking), ""],
    [`Scroll that report's ${scroll.report.rows.toLocaleString("en")} rows top to bottom in ${scroll.report.frames} frames`, ...scrolled(scroll.report)],
    [`Papa Parse alone in a worker, the same people as a whole Apollo export (52 columns, ${wide.megabytes.toFixed(0)} MB) (baseline)`, ms(wide.bare), "—"],
    ["Choose that file → report, team-ledger check and estimate shown", ms(wide.review.ms), `${(wide.review.ms / wide.bare).toFixed(2)}× baseline`],
    ["  longest main-thread task meanwhile", ms(wide.review.longestTask), ""],
    [`Press "Reveal ${submit.people} phones" → batch created (request body, server re-validation, persist) and page open`, ms(submit.created), "one run"],
    ["  → its first rows shown", ms(submit.shown), "one run"],
    ["  request body sent", `${(submit.bodyBytes / 1024 / 1024).toFixed(1)} MB`, `Content-Encoding: ${submit.encoding}`],
    ["  slowest other request meanwhile (queue status, asked every 25 ms)", ms(submit.slowestPing), "how long other users wait while a big batch is created"],
    [`Scroll that batch's ${scroll.batch.rows.toLocaleString("en")} rows top to bottom in ${scroll.batch.frames} frames, while it is being revealed`, ...scrolled(scroll.batch)],
    [`Export CSV of that batch (${exported.rows.toLocaleString("en")} rows, ${exported.megabytes.toFixed(1)} MB): whole file`, ms(exported.whole), `first byte after ${ms(exported.firstByte)}`],
    ["  slowest other request meanwhile (queue status, asked every 25 ms)", ms(exported.slowestPing), `${ms(exported.slowestPingBefore)} in the 3 s before the export`],
  ];
  const table = ["| in Chromium, app served by `npm start` | median | compared |", "|---|---|---|", ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
  const stamp = `Last run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, Chromium ${chromiumVersion}, median of ${RUNS} runs (the submission once; the scrolls and exports while that batch is being revealed).`;
  return `${table}\n\n${stamp}`;
}
