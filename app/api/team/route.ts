import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { addMember, listTeam } from "@/lib/auth/team";
import { addMemberSchema } from "@/lib/auth/team-schema";

export const dynamic = "force-dynamic";

export const GET = withUser("admin", async ({ db }) => NextResponse.json(listTeam(db)));

export const POST = withUser("admin", async ({ request, user, db }) =>
  NextResponse.json(await addMember(db, user, await parseJsonBody(request, addMemberSchema, 4 * 1024)), { status: 201, headers: { "Cache-Control": "no-store" } }),
);
