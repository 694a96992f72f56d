// Scores the actors tuning set (test/actors-dev) and lists its misses:
//   pnpm --filter @factline/ingest exec tsx scripts/actors-dev.ts [--lang xx] [--all]
import { actorTotals, loadActorPages, scoreActorPage } from "../test/actors-dev/score";

const args = process.argv.slice(2);
const langAt = args.indexOf("--lang");
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
const pages = loadActorPages().filter((p) => !lang || p.language === lang);
const scores = pages.map(scoreActorPage);
for (const s of scores) {
  if (!args.includes("--all") && s.roles.every((r) => r.ok)) continue;
  console.log(`## ${s.slug}\n  title: ${s.title}`);
  for (const r of s.roles)
    console.log(
      `  ${r.ok ? "ok  " : "MISS"} ${r.role} want ${JSON.stringify(r.want)} got ${JSON.stringify(r.got)}`,
    );
}
for (const [key, t] of [...actorTotals(scores)].sort())
  console.log(`${key.padEnd(4)} ${t.num}/${t.den} = ${(t.num / t.den).toFixed(2)}`);
