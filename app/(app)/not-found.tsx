import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/shell/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

/** A mistyped or old address inside the app: the menu above stays at hand. */
export default function AppNotFound() {
  return (
    <div className="py-16">
      <NotFoundMessage hint="The menu above has every page." />
    </div>
  );
}
