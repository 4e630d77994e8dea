import { notFound } from "next/navigation";

/** Any address no page answers, for someone signed in: "No page here" inside the app, its menu still at hand. */
export default function MissingPage() {
  notFound();
}
