import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { getRevealSettings, updateRevealSettings } from "@/lib/settings/reveal-settings";
import { revealSettingsSchema } from "@/lib/settings/reveal-settings-schema";

export const dynamic = "force-dynamic";

export const GET = withUser("admin", async ({ db }) => NextResponse.json(getRevealSettings(db)));

export const PUT = withUser("admin", async ({ request, user, db }) => {
  await updateRevealSettings(db, user.id, await parseJsonBody(request, revealSettingsSchema, 4 * 1024));
  return NextResponse.json(getRevealSettings(db));
});
