import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { checkProfiles, checkProfilesRequestSchema } from "@/lib/reveals/check-profiles";

const CHECK_BODY_LIMIT = 16 * 1024 * 1024;

export const POST = withUser("sdr", async ({ request, db }) => {
  const input = await parseJsonBody(request, checkProfilesRequestSchema, CHECK_BODY_LIMIT);
  return NextResponse.json(checkProfiles(db, input));
});
