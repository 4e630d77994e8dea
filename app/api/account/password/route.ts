import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { changeOwnPassword } from "@/lib/auth/account";
import { changePasswordSchema } from "@/lib/auth/account-schema";

export const dynamic = "force-dynamic";

export const POST = withUser("sdr", async ({ request, user, db }) => {
  await changeOwnPassword(db, user, await parseJsonBody(request, changePasswordSchema, 2 * 1024));
  return NextResponse.json({ changed: true });
});
