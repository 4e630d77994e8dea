import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { listPendingApprovals } from "@/lib/reveals/list-approvals";

export const dynamic = "force-dynamic";

export const GET = withUser("manager", async ({ db }) => NextResponse.json(listPendingApprovals(db)));
