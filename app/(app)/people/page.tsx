import type { Metadata } from "next";
import { PeopleClient } from "./client";

export const metadata: Metadata = { title: "People" };

export default function PeoplePage() {
  return <PeopleClient />;
}
