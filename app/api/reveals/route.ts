import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { revealPastedProfiles } from "@/lib/reveals/reveal-pasted";
import { createRevealsRequestSchema, PASTE_BODY_LIMIT } from "@/lib/reveals/schemas";

export const POST = withUser("sdr", async ({ request, user, db }) => {
  const input = await parseJsonBody(request, createRevealsRequestSchema, PASTE_BODY_LIMIT + 4096);
  return NextResponse.json(await revealPastedProfiles(db, user, input), { status: 201 });
});
