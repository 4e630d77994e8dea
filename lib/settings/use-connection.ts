"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { ConnectionStatus } from "./connection";

/** Read-only, and kept current while the page is open: an admin fixing PUBLIC_URL watches the webhooks start. */
export function useConnectionStatus() {
  return useQuery({ queryKey: ["settings", "/api/settings/connection"], queryFn: () => fetchJson<ConnectionStatus>("/api/settings/connection"), refetchInterval: 30_000 });
}
