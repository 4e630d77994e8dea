import type { Metadata } from "next";
import { UploadClient } from "./client";

export const metadata: Metadata = { title: "Upload CSV" };

export default function UploadPage() {
  return <UploadClient />;
}
