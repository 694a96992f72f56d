/**
 * Seeds the local D1 with the demo record built from the seed article and the demo accounts,
 * through the services' own write path (see src/seed/write-demo-seed.ts); safe to re-run.
 * Usage: pnpm run db:seed [--persist-to DIR]   (the same DIR `wrangler dev --persist-to` takes)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { getPlatformProxy } from "wrangler";
import { createDb } from "../src/db/client";
import { buildDemoSeed, withContentHashes } from "../src/seed/build-demo-seed";
import { writeDemoSeed, writeDemoUsers } from "../src/seed/write-demo-seed";

const apiDir = path.resolve(import.meta.dirname, "..");
// The repository is cloned with shared/ beside it.
const articlePath = path.resolve(apiDir, "../../../shared/fixtures/seed-article.txt");

/** `--persist-to DIR` as wrangler reads it: relative to the working directory; state in DIR/v3. */
function persistPath(argv: string[]): string {
  let dir: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--persist-to") {
      dir = argv[++i] ?? null;
      if (!dir) throw new Error("--persist-to needs a directory");
    } else if (arg.startsWith("--persist-to=")) {
      dir = arg.slice("--persist-to=".length);
    } else if (arg !== "--") {
      throw new Error(`unknown argument ${arg}`);
    }
  }
  return dir
    ? path.join(path.resolve(process.cwd(), dir), "v3")
    : path.join(apiDir, ".wrangler/state/v3");
}

async function main() {
  const seed = await withContentHashes(buildDemoSeed(readFileSync(articlePath, "utf8")));
  // Local bindings only: the seed never reaches a remote database.
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: path.join(apiDir, "wrangler.jsonc"),
    persist: { path: persistPath(process.argv.slice(2)) },
    remoteBindings: false,
  });
  try {
    const db = createDb(proxy.env.DB);
    const wrote = await writeDemoSeed(db, seed);
    const users = await writeDemoUsers(db);
    console.log(
      wrote
        ? `Seeded ${seed.events.length} events, ${seed.claims.length} claims, ${seed.sources.length} sources, ${seed.actors.length} actors; ${users} demo accounts.`
        : `The demo record is already there; ${users} demo accounts added.`,
    );
  } finally {
    await proxy.dispose();
  }
}

await main();
