import { expect, test, type Browser } from "@playwright/test";
import { secondDemoSdr, signIn } from "./fixtures";

/** A browser whose requests come through the server's two trusted proxies from `client` (playwright.config.ts). */
async function browserAt(browser: Browser, client: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": `${client}, 10.0.0.2` } });
  return context.newPage();
}

test("20 wrong passwords from one network lock it with a countdown; another network and a browser known to the email go on", async ({ browser }) => {
  const sdr = secondDemoSdr();
  // The office's own browser signs in once: it is known to that email from now on.
  const own = await browserAt(browser, "203.0.113.50");
  await signIn(own, sdr);
  await own.context().clearCookies({ name: "next-auth.session-token" });

  // Someone else in the office sprays one password at 19 emails, one try each, so no email locks...
  const sprayer = await browserAt(browser, "203.0.113.50");
  const csrfToken = (await (await sprayer.request.get("/api/auth/csrf")).json()).csrfToken as string;
  for (let guess = 1; guess <= 19; guess += 1) {
    const response = await sprayer.request.post("/api/auth/callback/credentials", { form: { email: `spray-${guess}@acme.test`, password: "Summer2026!", csrfToken, json: "true" } });
    expect((await response.json()).url, `guess ${guess}`).toContain("error=CredentialsSignin");
  }
  // ...and the 20th, at the form, locks the network for the rest of its 10 minutes.
  await sprayer.goto("/login");
  const alert = sprayer.getByRole("alert").filter({ hasText: /match an account|Too many wrong passwords/ });
  const submit = sprayer.getByRole("button", { name: "Sign in" });
  await sprayer.getByLabel("Email").fill("spray-20@acme.test");
  await sprayer.getByLabel("Password").fill("Summer2026!");
  await submit.click();
  await expect(alert).toHaveText("Too many wrong passwords from this network. Try again in 10 minutes, or on a browser you have signed in on before.");
  await expect(submit).toBeDisabled();

  // A right password from a browser new to the email waits too: the form says so again, not "no match".
  await sprayer.getByLabel("Email").fill(sdr.email);
  await sprayer.getByLabel("Password").fill(sdr.password);
  await submit.click();
  await expect(alert).toHaveText(/^Too many wrong passwords from this network\. Try again in (10|9) minutes,/);
  await expect(sprayer).toHaveURL(/\/login/);

  // Another network signs in as usual, and so does the office's own browser, known to the email.
  await signIn(await browserAt(browser, "198.51.100.20"), sdr);
  await signIn(own, sdr);
});
