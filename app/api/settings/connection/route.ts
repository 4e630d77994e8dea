import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { getConnectionStatus } from "@/lib/settings/connection";

export const dynamic = "force-dynamic";

export const GET = withUser("admin", async ({ db }) => NextResponse.json(getConnectionStatus(db)));
