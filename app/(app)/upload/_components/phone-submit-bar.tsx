"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * On a phone the report runs long before the Reveal panel comes: a bar at the foot of the screen says what the list
 * holds and jumps to the panel (its cost and its button). Gone while the panel is in view, and on a wider screen,
 * where the panel stays beside the report.
 */
export function PhoneSubmitBar({ panelId, charged, free }: { panelId: string; charged: number; free: number }) {
  const panelInView = useInView(panelId);
  if (panelInView) return null;
  const fmt = (n: number) => n.toLocaleString("en");
  return (
    <div className="fixed inset-x-0 bottom-0 z-20 flex items-center gap-3 border-t border-zinc-200 bg-white/95 px-4 py-2 backdrop-blur lg:hidden dark:border-zinc-800 dark:bg-zinc-950/95">
      <p className="min-w-0 flex-1 text-sm">
        {fmt(charged)} to reveal{free > 0 ? ` · ${fmt(free)} free` : ""}
      </p>
      <Button size="sm" onClick={() => document.getElementById(panelId)?.scrollIntoView({ block: "start" })}>
        Review cost and send
      </Button>
    </div>
  );
}

function useInView(id: string): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const element = document.getElementById(id);
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? false));
    observer.observe(element);
    return () => observer.disconnect();
  }, [id]);
  return inView;
}
