import { defineConfig } from "vitest/config";

// Browser tests start a real Worker and a real Chromium: generous timeouts, one file at a time.
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
