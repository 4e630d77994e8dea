import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { revealPastedProfiles } from "@/lib/reveals/reveal-pasted";
import { AppError } from "@/lib/errors";
import { createRevealsRequestSchema, PASTE_BODY_LIMIT, PASTE_TOO_LARGE } from "@/lib/reveals/schemas";

export const POST = withUser("sdr", async ({ request, user, db }) => {
  const input = await parseJsonBody(request, createRevealsRequestSchema, PASTE_BODY_LIMIT + 4096).catch((error: unknown) => {
    // Said as the paste page says it, not as a request size a rep never sees.
    if (error instanceof AppError && error.code === "payload_too_large") throw new AppError("payload_too_large", PASTE_TOO_LARGE);
    throw error;
  });
  return NextResponse.json(await revealPastedProfiles(db, user, input), { status: 201 });
});
