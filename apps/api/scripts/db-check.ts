/**
 * `pnpm db:check [--remote] [--persist-to DIR]`: checks a Factline database's invariants (see
 * src/db/integrity/checks.ts) through `wrangler d1 execute` and exits non-zero with the list of
 * violations. Local D1 by default.
 */
import { integrityChecks, integrityScript } from "../src/db/integrity/checks";
import { d1, parseWhere } from "./d1-cli";

const { where, rest } = parseWhere(process.argv.slice(2));
if (rest.length > 0) {
  console.error(`db:check: unknown option ${rest[0]}`);
  process.exit(2);
}
const now = new Date().toISOString();
let violations: { check: string; detail: string }[];
try {
  violations = d1(where, integrityScript(now)).flat() as typeof violations;
} catch (err) {
  console.error(`db:check: could not read the database: ${(err as Error).message}`);
  process.exit(2);
}
const checks = integrityChecks(now);
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
