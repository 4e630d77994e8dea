import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(request: Request, context: Context) {
  return NextAuth(request as never, context as never, getAuthOptions()) as Promise<Response>;
}

export { handle as GET, handle as POST };
