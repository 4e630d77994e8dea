import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"]),
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/sandbox/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/db", message: "Route handlers get the db from lib/api/handler; pages call lib/ functions." }], patterns: ["@/db/*"] },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
]);
