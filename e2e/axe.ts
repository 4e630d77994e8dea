import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** Every axe violation on the page as "rule: element", so a failure names what to fix. */
export async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")}`));
}
