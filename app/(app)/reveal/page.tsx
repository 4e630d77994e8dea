import type { Metadata } from "next";
import { setupLeftFor } from "@/lib/auth/getting-started";
import { getSessionUser } from "@/lib/auth/session";
import { teamTimeZone } from "@/lib/settings/team-time-zone";
import { GettingStarted } from "./_components/getting-started";
import { RevealClient } from "./client";

export const metadata: Metadata = { title: "Reveal phones" };

/** `?profile=` fills the box, and `&again=1` ticks its "Reveal again", for "Reveal again" on the People page. */
export default async function RevealPage({ searchParams }: { searchParams: Promise<{ profile?: string | string[]; again?: string | string[] }> }) {
  const { profile, again } = await searchParams;
  const user = await getSessionUser();
  const setup = user ? setupLeftFor(user) : null;
  const reveal = <RevealClient initialText={typeof profile === "string" ? profile.slice(0, 600) : ""} initialAgain={again === "1"} teamZone={teamTimeZone()} />;
  if (!setup) return reveal;
  return (
    <div className="space-y-4">
      <GettingStarted steps={setup} />
      {reveal}
    </div>
  );
}
