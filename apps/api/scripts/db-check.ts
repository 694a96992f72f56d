/**
 * `pnpm db:check [--remote] [--persist-to DIR]`: checks a Factline database's invariants (see
 * src/db/integrity/checks.ts) through `wrangler d1 execute` and exits non-zero with the list of
 * violations. Local D1 by default.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { integrityChecks, integrityScript } from "../src/db/integrity/checks";

const args = process.argv.slice(2);
const where: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === "--remote") where.push("--remote");
  else if (arg === "--persist-to") where.push("--persist-to", path.resolve(args[++i] ?? "."));
  else {
    console.error(`db:check: unknown option ${arg}`);
    process.exit(2);
  }
}
if (!where.includes("--remote")) where.unshift("--local");

let out: string;
try {
  out = execFileSync(
    "pnpm",
    [
      "exec",
      "wrangler",
      "d1",
      "execute",
      "DB",
      ...where,
      "--json",
      "--command",
      integrityScript(new Date().toISOString()),
    ],
    {
      encoding: "utf8",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
} catch (err) {
  // wrangler prints its error as JSON on stdout (e.g. an unmigrated database: "no such table").
  const stdout = String((err as { stdout?: unknown }).stdout ?? "");
  console.error(
    `db:check: could not read the database: ${stdout.trim() || (err as Error).message}`,
  );
  process.exit(2);
}
const parsed = JSON.parse(out) as { results: { check: string; detail: string }[] }[];
const violations = parsed.flatMap((r) => r.results);
const checks = integrityChecks(new Date().toISOString());
if (violations.length === 0) {
  console.log(`db:check: ${checks.length} invariants hold`);
  process.exit(0);
}
const byCheck = new Map<string, string[]>();
for (const v of violations) byCheck.set(v.check, [...(byCheck.get(v.check) ?? []), v.detail]);
for (const [name, details] of byCheck) {
  const why = checks.find((c) => c.name === name)?.why ?? "";
  console.log(`✗ ${name} — ${why}`);
  for (const d of details) console.log(`    ${d}`);
}
console.log(`db:check: ${byCheck.size} of ${checks.length} invariants violated`);
process.exit(1);
