import { withUser } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** An API address no route answers: the API's own 404 body, not the app's page for a mistyped address. */
const missing = withUser("sdr", async ({ request }) => {
  throw new AppError("not_found", `There is no API at ${new URL(request.url).pathname} (${request.method}).`);
});

// The path's segments are not needed (the URL says it all), and withUser's routes name theirs one by one.
const handle = (request: Request) => missing(request, { params: Promise.resolve({}) });

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
