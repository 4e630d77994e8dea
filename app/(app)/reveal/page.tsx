import type { Metadata } from "next";
import { RevealClient } from "./client";

export const metadata: Metadata = { title: "Reveal phones" };

export default function RevealPage() {
  return <RevealClient />;
}
