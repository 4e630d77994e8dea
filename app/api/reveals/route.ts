import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { revealPastedProfiles } from "@/lib/reveals/reveal-pasted";
import { AppError } from "@/lib/errors";
import { createRevealsRequestSchema, MAX_PASTED_PROFILES, PASTE_BODY_LIMIT, PASTE_TOO_LARGE } from "@/lib/reveals/schemas";

export const POST = withUser("sdr", async ({ request, user, db }) => {
  // Room for the text and up to 10,000 "reveal again" keys: a body over this holds more than 2 MB of pasted text.
  const input = await parseJsonBody(request, createRevealsRequestSchema, PASTE_BODY_LIMIT + 1024 * 1024, MAX_PASTED_PROFILES + 100).catch((error: unknown) => {
    // Said as the paste page says it, not as a request size a rep never sees.
    if (error instanceof AppError && error.code === "payload_too_large") throw new AppError("payload_too_large", PASTE_TOO_LARGE);
    throw error;
  });
  return NextResponse.json(await revealPastedProfiles(db, user, input), { status: 201 });
});
