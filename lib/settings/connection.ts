import "server-only";
import type { Db } from "@/db/client";
import { getEnv, type AppEnv } from "@/lib/env";
import { getDeliveryHealth, type DeliveryHealth } from "@/lib/reveals/delivery-health";
import { getSetting } from "./settings";

export type ConnectionStatus = Omit<DeliveryHealth, "lastWebhookAt"> & {
  /** Live: null in sandbox mode, where the built-in simulator answers. Never the key (the env refuses credentials in it). */
  cloduraAddress: string | null;
  /** Where each request asks Clodura to post its answer, before the request's own token. */
  webhookAddress: string;
  webhookWaitSeconds: number;
  lastWebhookAt: string | null;
};

/** What an admin checks after connecting an account: which Clodura answers, and whether its webhooks reach us. */
export function getConnectionStatus(db: Db, now = new Date(), env: Pick<AppEnv, "sandboxMode" | "cloduraBaseUrl" | "publicUrl"> = getEnv()): ConnectionStatus {
  const { sandboxMode, cloduraBaseUrl, publicUrl } = env;
  const health = getDeliveryHealth(db, now);
  return {
    ...health,
    lastWebhookAt: health.lastWebhookAt?.toISOString() ?? null,
    cloduraAddress: sandboxMode ? null : cloduraBaseUrl,
    webhookAddress: `${publicUrl}/api/webhooks/clodura/`,
    webhookWaitSeconds: getSetting(db, "reconcileAfterSeconds"),
  };
}

