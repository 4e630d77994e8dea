import type { Metadata } from "next";
import { RevealClient } from "./client";

export const metadata: Metadata = { title: "Reveal phones" };

/** `?profile=` fills the box, for "Reveal again" on the People page. */
export default async function RevealPage({ searchParams }: { searchParams: Promise<{ profile?: string | string[] }> }) {
  const { profile } = await searchParams;
  return <RevealClient initialText={typeof profile === "string" ? profile.slice(0, 600) : ""} />;
}
