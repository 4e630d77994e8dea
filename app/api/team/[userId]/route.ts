import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { changeMember } from "@/lib/auth/team";
import { changeMemberSchema } from "@/lib/auth/team-schema";

export const dynamic = "force-dynamic";

/** A role change, disabling or enabling, or a password reset (the new password is in the answer, once). */
export const PATCH = withUser("admin", async ({ request, user, db, params }) =>
  NextResponse.json(await changeMember(db, user, params.userId ?? "", await parseJsonBody(request, changeMemberSchema, 1024)), { headers: { "Cache-Control": "no-store" } }),
);
