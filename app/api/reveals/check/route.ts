import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { checkProfiles, checkProfilesRequestSchema, MAX_CHECKED_KEYS } from "@/lib/reveals/check-profiles";

const CHECK_BODY_LIMIT = 16 * 1024 * 1024;
/** Each key, and a personId beside each. */
const CHECK_BODY_VALUES = MAX_CHECKED_KEYS * 2 + 100;

export const POST = withUser("sdr", async ({ request, user, db }) => {
  const input = await parseJsonBody(request, checkProfilesRequestSchema, CHECK_BODY_LIMIT, CHECK_BODY_VALUES);
  return NextResponse.json(checkProfiles(db, input, user.id));
});
