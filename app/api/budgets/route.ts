import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { setBudget } from "@/lib/credits/budgets";
import { listBudgets } from "@/lib/credits/list-budgets";
import { setBudgetSchema } from "@/lib/credits/schemas";
import { AppError } from "@/lib/errors";
import { budgetNotYours, maySetBudget } from "@/lib/credits/budget-rule";

export const dynamic = "force-dynamic";

export const GET = withUser("manager", async ({ db }) => NextResponse.json({ budgets: listBudgets(db) }));

export const PUT = withUser("manager", async ({ request, user, db }) => {
  const body = await parseJsonBody(request, setBudgetSchema, 4 * 1024);
  if (!maySetBudget(user, body.subject)) throw new AppError("forbidden", budgetNotYours(body.subject));
  setBudget(db, user.id, { subject: body.subject, period: body.period }, body.credits);
  return NextResponse.json({ budgets: listBudgets(db) });
});
