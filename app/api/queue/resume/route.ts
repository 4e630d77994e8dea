import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { getEnv } from "@/lib/env";
import { getQueueStatus } from "@/lib/reveals/queue-status";
import { resumeQueue } from "@/lib/reveals/queue-pause";

export const POST = withUser("admin", async ({ db }) => {
  resumeQueue(db, { refillSandbox: getEnv().sandboxMode });
  return NextResponse.json(getQueueStatus(db));
});
