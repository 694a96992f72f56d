import { env } from "cloudflare:workers";
import { createDb } from "../../src/db/client";
import { buildDemoSeed, type DemoSeed, withContentHashes } from "../../src/seed/build-demo-seed";
import { writeDemoSeed } from "../../src/seed/write-demo-seed";

/** Loads the demo seed into this test file's D1 through the same write path `pnpm db:seed` uses. */
export async function seedDemo(): Promise<DemoSeed> {
  const seed = await withContentHashes(buildDemoSeed(env.SEED_ARTICLE));
  await writeDemoSeed(createDb(env.DB), seed);
  return seed;
}
