import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { getTeamTimeZone, timeZoneSchema, updateTeamTimeZone } from "@/lib/settings/time-zone";

export const dynamic = "force-dynamic";

export const GET = withUser("admin", async ({ db }) => NextResponse.json(getTeamTimeZone(db)));

export const PUT = withUser("admin", async ({ request, user, db }) => {
  await updateTeamTimeZone(db, user.id, (await parseJsonBody(request, timeZoneSchema, 1024)).timeZone);
  return NextResponse.json(getTeamTimeZone(db));
});
