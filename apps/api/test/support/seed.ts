import { env } from "cloudflare:workers";
import { buildDemoSeed, type DemoSeed, withContentHashes } from "../../src/seed/build-demo-seed";
import { type SeedStatement, seedStatements } from "../../src/seed/statements";

/** Runs statements in one D1 batch (atomic). */
export async function runStatements(statements: readonly SeedStatement[]): Promise<void> {
  if (statements.length === 0) return;
  await env.DB.batch(statements.map((s) => env.DB.prepare(s.sql).bind(...s.params)));
}

/** Loads the demo seed into this test file's D1, the same statements `pnpm db:seed` runs. */
export async function seedDemo(): Promise<DemoSeed> {
  const seed = await withContentHashes(buildDemoSeed(env.SEED_ARTICLE));
  await runStatements(seedStatements(seed));
  return seed;
}
