import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { cloduraClientFromEnv } from "@/lib/clodura/client-from-env";
import { readBalance } from "@/lib/credits/balance";
import { getBalanceView } from "@/lib/credits/balance-runway";

export const dynamic = "force-dynamic";

export const GET = withUser("manager", async ({ db }) => NextResponse.json(getBalanceView(db)));

/** "Check now": reads Clodura's balance at once instead of waiting for the schedule. */
export const POST = withUser("manager", async ({ db }) => {
  await readBalance(db, cloduraClientFromEnv());
  return NextResponse.json(getBalanceView(db));
});
