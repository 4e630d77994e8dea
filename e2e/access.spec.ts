import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { violations } from "./axe";
import { demoUser, secondDemoSdr, signedIn, signIn } from "./fixtures";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("pages redirect to sign-in and the API answers 401", async ({ page, request }) => {
    await page.goto("/reveal");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freveal/);
    await expect(page.getByText("Sandbox mode: demo accounts")).toBeVisible();
    const endpoints = [
      ["GET", "/api/batches"], ["GET", "/api/people"], ["GET", "/api/people/export"], ["POST", "/api/reveals"], ["GET", "/api/queue"], ["POST", "/api/queue/resume"],
      ["GET", "/api/credits/report"], ["GET", "/api/credits/charges"], ["GET", "/api/credits/charges/export"], ["GET", "/api/credits/balance"],
      ["GET", "/api/budgets"], ["PUT", "/api/budgets"], ["GET", "/api/budgets/me"], ["GET", "/api/approvals"], ["POST", "/api/batches/x/decision"], ["POST", "/api/batches/x/stop"], ["POST", "/api/batches/x/resend"], ["POST", "/api/batches/x/retry"], ["POST", "/api/batches/x/unfinished"], ["POST", "/api/batches/x/again"], ["POST", "/api/batches/x/withdraw"],
      ["GET", "/api/budgets/history"], ["GET", "/api/settings/pricing"], ["PUT", "/api/settings/pricing"], ["GET", "/api/settings/reveals"], ["PUT", "/api/settings/reveals"], ["GET", "/api/settings/time-zone"], ["PUT", "/api/settings/time-zone"], ["GET", "/api/settings/connection"],
      ["GET", "/api/team"], ["GET", "/api/teammates"], ["POST", "/api/team"], ["PATCH", "/api/team/x"], ["POST", "/api/account/password"], ["GET", "/api/no-such-route"], ["GET", "/api"],
    ] as const;
    for (const [method, url] of endpoints) {
      const response = await request.fetch(url, { method, data: method === "GET" ? undefined : {} });
      expect(response.status(), `${method} ${url}`).toBe(401);
    }
  });

  test("sign-in refuses a body far larger than any form before reading it", async ({ request }) => {
    const huge = await request.post("/api/auth/callback/credentials", { form: { email: "nobody@example.test", password: "x".repeat(100_000) } });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error.message).toBe("The request body is larger than 16 KB: send less at once.");
  });

  test("signing in never leaves the site, whatever callbackUrl says", async ({ page, baseURL }) => {
    await page.goto("/login?callbackUrl=%2F%5Cevil.example%2Fphish");
    await page.getByLabel("Email").fill(demoUser("sdr").email);
    await page.getByLabel("Password").fill(demoUser("sdr").password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/reveal$/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    // Signed in, the sign-in page sends the same link home too.
    await page.goto("/login?callbackUrl=%2F%5Cevil.example%2Fphish");
    await expect(page).toHaveURL(/\/reveal$/);
  });

  test("the embedded sandbox answers only the app itself", async ({ request }) => {
    const credits = await request.get("/sandbox/api/v1/credits", { headers: { "x-api-key": "sandbox" } });
    expect(credits.status()).toBe(401);
    const match = await request.post("/sandbox/api/v1/search/people/phone/match", {
      headers: { "x-api-key": "anything" },
      data: { linkedinUrl: "https://www.linkedin.com/in/jane-doe-sandbox-402/", revealPhoneNumberViaPartners: true, webhookUrl: "http://127.0.0.1:9/internal" },
    });
    expect(match.status()).toBe(401);
    expect(await match.json()).toEqual({ message: "API key missing or invalid" });
    // A mistyped address gets the simulator's own 404, naming what it answers, not the sign-in page.
    const typo = await request.get("/sandbox/api/v1/credit", { maxRedirects: 0 });
    expect(typo.status()).toBe(404);
    expect((await typo.json()).message).toMatch(/^The sandbox has no GET \/api\/v1\/credit\. It answers POST \/api\/v1\/search\/people\/phone\/match/);
  });

  const wrongLogins = [
    { name: "wrong password", email: demoUser("sdr").email, password: "not-the-password" },
    { name: "unknown email", email: "nobody@example.com", password: "whatever-pass" },
  ];
  test("the fourth wrong password warns, the fifth locks the email for a minute with a countdown", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("guesser@example.com");
    const alert = page.getByRole("alert").filter({ hasText: /match an account|Too many wrong passwords/ });
    const signIn = page.getByRole("button", { name: "Sign in" });
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await page.getByLabel("Password").fill(`guess-${attempt}`);
      await signIn.click();
      await expect(alert).toContainText(attempt === 4 ? "One more wrong password locks this email for a minute." : "Check both and try again.");
      await expect(signIn).toBeEnabled();
    }
    await page.getByLabel("Password").fill("guess-5");
    await signIn.click();
    await expect(alert).toHaveText(/^Too many wrong passwords for this email\. Try again in (60|59|58) seconds\.$/);
    await expect(signIn).toBeDisabled();
    await expect(alert).not.toHaveText(/in 60 seconds/, { timeout: 3_000 });
    // The lock is on that email only: another may sign in at once.
    await page.getByLabel("Email").fill("someone-else@example.com");
    await expect(alert).toHaveCount(0);
    await expect(signIn).toBeEnabled();
  });

  test("strangers' guesses lock an email, but not for a browser that signed in as it before", async ({ browser }) => {
    const admin = await signedIn(browser, demoUser("admin"));
    const added = await admin.request.post("/api/team", { data: { name: "Casey Lock", email: "casey.lock@acme.test", role: "sdr" } });
    expect(added.status()).toBe(201);
    const casey = { email: "casey.lock@acme.test", password: (await added.json()).temporaryPassword as string };

    const own = await signedIn(browser, casey);
    await own.context().clearCookies({ name: "next-auth.session-token" });

    const stranger = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await stranger.goto("/login");
    await stranger.getByLabel("Email").fill(casey.email);
    const alert = stranger.getByRole("alert").filter({ hasText: /match an account|Too many wrong passwords/ });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await stranger.getByLabel("Password").fill(`guess-${attempt}`);
      await stranger.getByRole("button", { name: "Sign in" }).click();
      await expect(alert).toContainText(attempt < 5 ? "don't match an account" : "Too many wrong passwords for this email");
    }
    // The right password does not get in either, while the lock lasts.
    const response = await stranger.request.post("/api/auth/callback/credentials", {
      form: { email: casey.email, password: casey.password, csrfToken: (await (await stranger.request.get("/api/auth/csrf")).json()).csrfToken, json: "true" },
    });
    expect((await response.json()).url).toContain("error=TooManyAttempts");

    await signIn(own, casey);
    await expect(own.getByRole("banner")).toContainText("Casey Lock");
  });

  test("signing out ends the session for every copy of its cookie, and only that session", async ({ browser }) => {
    const page = await signedIn(browser, secondDemoSdr());
    const phone = await signedIn(browser, secondDemoSdr());
    const cookies = await page.context().cookies();
    // A copy of the cookie, as a shared computer's browser or a proxy log would keep it.
    const copy = await browser.newContext({ storageState: { cookies, origins: [] } });
    expect((await copy.request.get("/api/queue")).status()).toBe(200);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    expect((await copy.request.get("/api/queue")).status()).toBe(401);
    const copied = await copy.newPage();
    await copied.goto("/reveal");
    await expect(copied).toHaveURL(/\/login/);
    // The same person's other session goes on.
    expect((await phone.request.get("/api/queue")).status()).toBe(200);
    await copy.close();
  });

  for (const attempt of wrongLogins) {
    test(`sign-in with ${attempt.name} shows an error`, async ({ page }) => {
      await page.goto("/login");
      await page.getByLabel("Email").fill(attempt.email);
      await page.getByLabel("Password").fill(attempt.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "don't match an account" })).toBeVisible();
      await expect(page).toHaveURL(/\/login/);
    });
  }
});

test("an SDR opening a manager's or an admin's page is told why and where to go", async ({ page }) => {
  for (const [path, needs] of [["/approvals", "managers and admins"], ["/budgets", "managers and admins"], ["/team", "admins"], ["/settings", "admins"]] as const) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByText(`is for ${needs}, and you are signed in as an SDR`)).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
});

test("an SDR cannot resume the queue (admin only)", async ({ request }) => {
  const response = await request.post("/api/queue/resume");
  expect(response.status()).toBe(403);
});

test("an SDR cannot see the team's spend, set budgets, decide approvals, change settings or manage the team", async ({ request }) => {
  const managerOrAdmin = [
    ["GET", "/api/credits/balance"], ["POST", "/api/credits/balance"], ["GET", "/api/budgets"], ["PUT", "/api/budgets"], ["GET", "/api/budgets/history"], ["GET", "/api/approvals"],
    ["POST", "/api/batches/x/decision"], ["GET", "/api/settings/pricing"], ["PUT", "/api/settings/pricing"], ["GET", "/api/settings/reveals"], ["PUT", "/api/settings/reveals"], ["GET", "/api/settings/time-zone"], ["PUT", "/api/settings/time-zone"], ["GET", "/api/settings/connection"],
    ["GET", "/api/team"], ["GET", "/api/teammates"], ["POST", "/api/team"], ["PATCH", "/api/team/x"], ["GET", "/api/people/export"],
  ] as const;
  for (const [method, url] of managerOrAdmin) {
    const response = await request.fetch(url, { method, data: method === "GET" ? undefined : { subject: "team", period: "month", credits: 1, decision: "approve" } });
    expect(response.status(), `${method} ${url}`).toBe(403);
  }
  // Nor whom another SDR revealed, by People's filter (the list itself is the team's); their own, yes.
  expect([(await request.get("/api/people?by=someone-else")).status(), (await request.get("/api/people?by=me")).status()]).toEqual([403, 200]);
  // Asking for someone else's spend still answers with the SDR's own.
  const report = await request.get("/api/credits/report?userId=someone-else");
  expect(report.status()).toBe(200);
  expect((await report.json()).userId).not.toBe("someone-else");
  const badPeriod = await request.get("/api/credits/report?from=2026-12-01&to=2026-11-01");
  expect(badPeriod.status()).toBe(400);
  expect((await badPeriod.json()).error.message).toContain("The period ends before it starts");
});

test("a request another site makes with the SDR's session changes nothing", async ({ request }) => {
  const response = await request.post("/api/batches/x/stop", { headers: { "Sec-Fetch-Site": "cross-site" } });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.message).toContain("This request came from another site");
});

test("no other site can frame a page, and every response says so along with its other security headers", async ({ page, request }) => {
  for (const response of [await page.goto("/reveal"), await request.get("/api/batches"), await request.get("/login")]) {
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
  }
  // What a signed-in answer holds (names, numbers) stays out of the browser's and any proxy's cache.
  for (const url of ["/api/batches", "/api/people", "/api/queue"]) expect((await request.get(url)).headers()["cache-control"], url).toBe("private, no-store");
  // A page whose path only starts like the API's gets the page policy, with its nonce.
  expect((await request.get("/apixyz")).headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[\w+/=-]+'/);
  // The app still works under its own policy: the page hydrated and answers a key press.
  await page.getByLabel("LinkedIn URLs").fill("https://www.linkedin.com/in/header-check-person/");
  await expect(page.getByRole("list", { name: "Pasted lines" })).toContainText("header-check-person");
});

test("a page runs only its own scripts: each response has a new nonce, and markup injected into it runs nothing", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) refused.push(message.text());
  });
  const nonces = new Set<string>();
  for (const path of ["/reveal", "/upload", "/batches", "/people", "/account", "/reveal"]) {
    const policy = (await page.goto(path))!.headers()["content-security-policy"] ?? "";
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})' 'strict-dynamic'/.exec(policy)?.[1];
    expect(nonce, `${path}: ${policy}`).toBeDefined();
    nonces.add(nonce!);
    await expect(page.getByRole("main")).toBeVisible();
  }
  expect(nonces.size).toBe(6);
  // A mistyped address is said plainly inside the app, its menu at hand.
  const missing = await page.goto("/batchez");
  expect(missing!.status()).toBe(404);
  expect(missing!.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No page here");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Batches" })).toBeVisible();
  const noApi = await page.request.get("/api/batchez");
  expect(noApi.status()).toBe(404);
  expect((await noApi.json()).error.message).toBe("There is no API at /api/batchez (GET).");
  await page.getByRole("link", { name: "Go to Reveal" }).click();
  await expect(page).toHaveURL(/\/reveal$/);
  // Hydrated under the policy (the CSV parser's worker included), with nothing of the app's own refused.
  await page.goto("/upload");
  await page.getByLabel("CSV file").setInputFiles({ name: "policy.csv", mimeType: "text/csv", buffer: Buffer.from("LinkedIn URL\nhttps://www.linkedin.com/in/policy-check-person/\n") });
  await expect(page.getByRole("list", { name: "Validation summary" }).locator('[data-summary="new"]')).toContainText("1");
  expect(refused).toEqual([]);

  // What markup slipped into the page would carry: an inline handler, which no nonce can vouch for.
  const ran = await page.evaluate(async () => {
    const slipped = document.createElement("div");
    slipped.innerHTML = '<img src="/no-such-image.png" onerror="window.__injectedRan = true">';
    document.body.append(slipped);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
});

test("the webhook receiver refuses an unknown token without writing anything", async ({ request }) => {
  const response = await request.post(`/api/webhooks/clodura/${"x".repeat(43)}`, { data: { personId: "1", phoneNumbers: [] } });
  expect(response.status()).toBe(404);
});

test("API requests must be JSON, and oversized or invalid bodies get a specific error", async ({ request }) => {
  const plain = await request.post("/api/reveals", { headers: { "Content-Type": "text/plain" }, data: '{"text":"https://www.linkedin.com/in/jane-doe/"}' });
  expect(plain.status()).toBe(400);
  expect((await plain.json()).error.message).toContain("Content-Type: application/json");

  const invalid = await request.post("/api/reveals", { data: { text: 42 } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.message).toMatch(/^text: /);

  const nothing = await request.post("/api/reveals", { data: { text: "https://www.linkedin.com/company/acme/" } });
  expect(nothing.status()).toBe(422);
  expect((await nothing.json()).error.message).toContain("company, school or showcase page, not a person");

  const huge = await request.post("/api/reveals", { data: { text: "x".repeat(3 * 1024 * 1024) } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.message).toBe("The pasted text is over 2 MB: split it into smaller pastes.");

  // An upload's rows come a few thousand to a line, so the server can answer others between lines.
  const oneJson = await request.post("/api/imports", { data: { fileName: "a.csv", rows: [{ row: 1, linkedinUrl: "https://www.linkedin.com/in/jane-doe/" }] } });
  expect(oneJson.status()).toBe(400);
  expect((await oneJson.json()).error.message).toContain("Content-Type: application/x-ndjson");
  const brokenLine = await request.post("/api/imports", { headers: { "Content-Type": "application/x-ndjson" }, data: '{"fileName":"a.csv"}\n[{"row":1,\n' });
  expect(brokenLine.status()).toBe(400);
  expect((await brokenLine.json()).error.message).toBe("Line 2 of the request body is not valid JSON.");

  // Big bodies come gzip-compressed; the limit counts what they inflate to.
  const gzipped = await request.post("/api/reveals/check", {
    headers: { "Content-Type": "application/json", "Content-Encoding": "gzip" },
    data: gzipSync(JSON.stringify({ keys: ["li:e2e-gzip-check-nobody"], viaPartners: true })),
  });
  expect(gzipped.status()).toBe(200);
  expect(await gzipped.json()).toMatchObject({ ledger: {}, freshnessDays: expect.any(Number) });
  const bomb = await request.post("/api/imports", { headers: { "Content-Type": "application/x-ndjson", "Content-Encoding": "gzip" }, data: gzipSync(Buffer.alloc(64 * 1024 * 1024, 32)) });
  expect(bomb.status()).toBe(413);
  const notGzip = await request.post("/api/imports", { headers: { "Content-Type": "application/x-ndjson", "Content-Encoding": "gzip" }, data: '{"fileName":"a.csv"}\n' });
  expect(notGzip.status()).toBe(400);
  expect((await notGzip.json()).error.message).toBe("The request body is not valid gzip data (Content-Encoding: gzip).");
  const brotli = await request.post("/api/reveals/check", { headers: { "Content-Type": "application/json", "Content-Encoding": "br" }, data: "{}" });
  expect(brotli.status()).toBe(415);
});
