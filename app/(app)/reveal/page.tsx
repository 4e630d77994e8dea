import type { Metadata } from "next";
import { teamTimeZone } from "@/lib/settings/team-time-zone";
import { RevealClient } from "./client";

export const metadata: Metadata = { title: "Reveal phones" };

/** `?profile=` fills the box, and `&again=1` ticks its "Reveal again", for "Reveal again" on the People page. */
export default async function RevealPage({ searchParams }: { searchParams: Promise<{ profile?: string | string[]; again?: string | string[] }> }) {
  const { profile, again } = await searchParams;
  return <RevealClient initialText={typeof profile === "string" ? profile.slice(0, 600) : ""} initialAgain={again === "1"} teamZone={teamTimeZone()} />;
}
