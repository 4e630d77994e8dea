import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { cloduraClientFromEnv } from "@/lib/clodura/client-from-env";
import { getEnv } from "@/lib/env";
import { getQueueStatus } from "@/lib/reveals/queue-status";
import { resumeSending } from "@/lib/reveals/resume-sending";

export const POST = withUser("admin", async ({ db, user }) => {
  await resumeSending(db, cloduraClientFromEnv(), { sandboxMode: getEnv().sandboxMode, by: user });
  return NextResponse.json(getQueueStatus(db));
});
