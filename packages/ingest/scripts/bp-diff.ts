// Prints, for dev pages only, every line with its gold label (B boilerplate, P post, C content)
// and what ingest did (kept, or removed with its rule), marking disagreements with "!!".
//   tsx scripts/bp-diff.ts [--all] [slug-substring]
// Dev only on purpose: the test split is never looked at line by line (see test/corpus/README.md).
import { ingest } from "../src/index";
import { loadCorpus } from "../test/corpus/load";

const args = process.argv.slice(2);
const showAll = args.includes("--all");
const filter = args.find((a) => !a.startsWith("--"));
const { pages } = loadCorpus();
for (const page of pages) {
  if (page.gold.split !== "dev" || page.gold.origin.type === "made") continue;
  if (filter && !page.slug.includes(filter)) continue;
  const result = ingest({ text: page.text, url: page.gold.url });
  const removed = new Map(result.removed.map((r) => [r.line, r]));
  const bp = new Set(page.gold.boilerplate);
  const posts = new Set(page.gold.posts.flatMap((p) => p.lines));
  const out: string[] = [];
  let bad = 0;
  page.lines.forEach((l, i) => {
    const n = i + 1;
    if (!l.trim()) return;
    const g = bp.has(n) ? "B" : posts.has(n) ? "P" : "C";
    const r = removed.get(n);
    const wrong = (g === "B" && !r) || (g === "C" && r);
    if (wrong) bad++;
    const f = r?.features;
    out.push(
      `${wrong ? "!!" : "  "} ${g} ${String(n).padStart(3)} ${r ? `[-${r.rule}]` : "[keep]"} ${l.slice(0, 110)}${f && wrong ? ` {${JSON.stringify(f)}}` : ""}`,
    );
  });
  if (bad || showAll)
    console.log(`## ${page.slug} (${page.gold.language}, ${result.language})\n${out.join("\n")}\n`);
}
