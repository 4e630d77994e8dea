// Run by `npm start` before a build that can take minutes: the whole configuration, by the server's own rules
// (lib/env.ts), so a weak ADMIN_PASSWORD or a folder for DATABASE_URL is refused first, not after "Ready".
import { ConfigurationError, parseEnv } from "@/lib/env";
import { configurationStop } from "@/lib/server/configuration-stop";

try {
  parseEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(configurationStop(error.message));
  process.exit(1);
}
