/**
 * Seeds the local D1 with the demo record built from the seed article, idempotently.
 * Usage: pnpm run db:seed [--persist-to DIR]   (DIR is passed through to wrangler)
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildDemoSeed, withContentHashes } from "../src/seed/build-demo-seed";
import { type SeedStatement, seedStatements, toSqlScript } from "../src/seed/statements";

const apiDir = path.resolve(import.meta.dirname, "..");
// The repository is cloned with shared/ beside it.
const articlePath = path.resolve(apiDir, "../../../shared/fixtures/seed-article.txt");

function passthroughArgs(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--persist-to") {
      const dir = argv[++i];
      if (!dir) throw new Error("--persist-to needs a directory");
      out.push("--persist-to", path.resolve(process.cwd(), dir));
    } else if (arg.startsWith("--persist-to=")) {
      out.push("--persist-to", path.resolve(process.cwd(), arg.slice("--persist-to=".length)));
    } else if (arg !== "--") {
      throw new Error(`unknown argument ${arg}`);
    }
  }
  return out;
}

// Demo accounts come from the auth module when it exists (see src/seed/demo-users.ts).
async function demoUsers(): Promise<SeedStatement[]> {
  const file = path.join(apiDir, "src/seed/demo-users.ts");
  if (!existsSync(file)) return [];
  const mod = (await import(file)) as {
    demoUserStatements?: () => Promise<(SeedStatement | string)[]> | (SeedStatement | string)[];
  };
  if (!mod.demoUserStatements) return [];
  const list = await mod.demoUserStatements();
  return list.map((s) => (typeof s === "string" ? { sql: s.replace(/;\s*$/, ""), params: [] } : s));
}

async function main() {
  const extra = passthroughArgs(process.argv.slice(2));
  const seed = await withContentHashes(buildDemoSeed(readFileSync(articlePath, "utf8")));
  const statements = [...seedStatements(seed), ...(await demoUsers())];
  const dir = mkdtempSync(path.join(tmpdir(), "factline-seed-"));
  const file = path.join(dir, "seed.sql");
  writeFileSync(file, toSqlScript(statements));
  try {
    // wrangler prints every statement's result; keep its output for when it fails.
    execFileSync(
      "npx",
      ["wrangler", "d1", "execute", "DB", "--local", "--file", file, "--yes", ...extra],
      {
        cwd: apiDir,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(e.stdout?.toString() ?? "");
    process.stderr.write(e.stderr?.toString() ?? "");
    throw new Error("seeding failed (wrangler d1 execute)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `Seeded ${seed.events.length} events, ${seed.claims.length} claims, ${seed.sources.length} sources, ${seed.actors.length} actors.`,
  );
}

await main();
