import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe. Only the hash is stored, so a database leak does not leak working webhook URLs. */
export function createWebhookToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashWebhookToken(token) };
}

export function hashWebhookToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function webhookUrlFor(publicUrl: string, token: string): string {
  return `${publicUrl}/api/webhooks/clodura/${token}`;
}
