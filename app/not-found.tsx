import type { Metadata } from "next";
import { connection } from "next/server";
import { NotFoundMessage } from "@/components/shell/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

/** Rendered per request, not at build time, so its scripts carry the response's nonce like every other page's. */
export default async function NotFound() {
  await connection();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <NotFoundMessage />
    </main>
  );
}
