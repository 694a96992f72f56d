import type { D1Migration } from "@cloudflare/vitest-plugin";

declare global {
  namespace Cloudflare {
    interface Env {
      /** Set in vitest.config.ts; applied by test/apply-migrations.ts. */
      TEST_MIGRATIONS: D1Migration[];
      /** The seed article's text, set in vitest.config.ts for test/support/seed.ts. */
      SEED_ARTICLE: string;
    }
  }
}
