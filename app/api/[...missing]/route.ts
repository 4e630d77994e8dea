import { withUser } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** An API address no route answers: the API's own 404 body, not the app's page for a mistyped address. */
const missing = withUser("sdr", async ({ request }) => {
  throw new AppError("not_found", `There is no API at ${new URL(request.url).pathname} (${request.method}).`);
});

export { missing as GET, missing as POST, missing as PUT, missing as PATCH, missing as DELETE };
