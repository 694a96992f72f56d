import { readFileSync } from "node:fs";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { ingestUpstream } from "./test/admin/ingest-upstream.ts";

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
            // Ingest's fetch deadline, short so the timeout test does not wait 10 s.
            INGEST_FETCH_TIMEOUT_MS: "1000",
            // Feed items retry at once (no backoff wait), so a dead letter arrives in seconds.
            FEED_RETRY_BASE_SECONDS: "0",
            // Webhook retries at once too (the ≥ 24 h schedule scaled to zero).
            WEBHOOK_RETRY_SCALE: "0",
            // The seed article, read here because tests run inside workerd (no file system).
            SEED_ARTICLE: readFileSync(
              path.join(import.meta.dirname, "../../../shared/fixtures/seed-article.txt"),
              "utf8",
            ),
          },
          // Every outbound fetch (ingest by URL) goes to a fake upstream, never the network.
          outboundService: ingestUpstream(
            readFileSync(
              path.join(import.meta.dirname, "../../../shared/fixtures/seed-article.txt"),
              "utf8",
            ),
          ),
          // An empty second database for the backup round trip (export → import → export).
          d1Databases: { RESTORE_DB: "restore-db" },
          // A low limit so the 429 path is testable; other tests send a fresh client IP.
          ratelimits: {
            PUBLIC_RATE_LIMITER: { namespace_id: "1001", simple: { limit: 5, period: 60 } },
          },
        },
      }),
    ],
    test: {
      // The contract fuzzer: a bounded slice with a fixed seed in the regular suite;
      // `pnpm test:fuzz` sets FUZZ_RUNS (10,000 by default there) and a fresh seed.
      provide: {
        fuzzRuns: Number(process.env.FUZZ_RUNS ?? 400),
        fuzzSeed: Number(
          process.env.FUZZ_SEED ??
            (process.env.FUZZ_RUNS ? Math.floor(Math.random() * 2 ** 31) : 20261129),
        ),
      },
      setupFiles: ["./test/apply-migrations.ts"],
      include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    },
  };
});
