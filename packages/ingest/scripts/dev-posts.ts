// Prints, for dev pages with gold posts or system posts, each gold post (its lines, network,
// handle) next to result.embeddedPosts, so a missed or spurious post can be traced to its shape.
//   pnpm --filter @factline/ingest exec tsx scripts/dev-posts.ts [--all] [slug-substring]
// Dev only on purpose: the test split is never looked at line by line (see test/corpus/README.md).
import { ingest } from "../src/index";
import { loadCorpus } from "../test/corpus/load";

const args = process.argv.slice(2);
const showAll = args.includes("--all");
const filter = args.find((a) => !a.startsWith("--"));
const { pages } = loadCorpus();
const cut = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
for (const page of pages) {
  if (page.gold.split !== "dev" || page.gold.origin.type === "made") continue;
  if (filter && !page.slug.includes(filter)) continue;
  const r = ingest({ text: page.text, url: page.gold.url });
  if (page.gold.posts.length === 0 && r.embeddedPosts.length === 0) continue;
  const out: string[] = [`## ${page.slug} (${page.gold.language})`];
  for (const gp of page.gold.posts) {
    out.push(`  gold ${gp.network} ${gp.handle ?? "-"} lines ${gp.lines.join(",")}`);
    for (const n of gp.lines)
      out.push(`       ${String(n).padStart(3)} ${cut(page.lines[n - 1] ?? "")}`);
  }
  for (const p of r.embeddedPosts) {
    out.push(
      `  sys  ${p.platform} ${p.handle ?? "-"} para ${p.paragraphIndex} date ${p.date?.value ?? "-"} url ${p.statusUrl ?? "-"}`,
    );
    out.push(`       text: ${cut(p.text)}`);
  }
  const goldCount = page.gold.posts.length;
  if (showAll || goldCount !== r.embeddedPosts.length) out[0] += "  !!";
  console.log(`${out.join("\n")}\n`);
}
