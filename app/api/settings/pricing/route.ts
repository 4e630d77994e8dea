import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { getPricing, updatePricing } from "@/lib/settings/pricing";
import { pricingSchema } from "@/lib/settings/pricing-schema";

export const dynamic = "force-dynamic";

export const GET = withUser("admin", async ({ db }) => NextResponse.json(getPricing(db)));

export const PUT = withUser("admin", async ({ request, user, db }) => {
  updatePricing(db, user.id, await parseJsonBody(request, pricingSchema, 16 * 1024));
  return NextResponse.json(getPricing(db));
});
