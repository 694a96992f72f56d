import { readFileSync } from "node:fs";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.jsonc" },
        // Migrations reach the setup file as a binding; each test file then gets its own D1.
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            // The seed article, read here because tests run inside workerd (no file system).
            SEED_ARTICLE: readFileSync(
              path.join(import.meta.dirname, "../../../shared/fixtures/seed-article.txt"),
              "utf8",
            ),
          },
          // A low limit so the 429 path is testable; other tests send a fresh client IP.
          ratelimits: {
            PUBLIC_RATE_LIMITER: { namespace_id: "1001", simple: { limit: 5, period: 60 } },
          },
        },
      }),
    ],
    test: {
      setupFiles: ["./test/apply-migrations.ts"],
      include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    },
  };
});
