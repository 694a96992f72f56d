// Lists the DEV split's misses for the date and modality columns, with what the system saw:
//   pnpm --filter @factline/ingest exec tsx scripts/dev-misses.ts [--lang xx] [--what date|hedge|opin|fp]
// `fp` lists gold claims the system calls something other than an assertion (the cost side of a
// new cue). Only dev pages are read: the test split is never tuned on.
import { ingest } from "../src/index";
import { loadCorpus } from "../test/corpus/load";
import { longestCommonSubstring, loose } from "../test/corpus/score-lib";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang = option("--lang");
const what = option("--what");
const show = (w: string) => !what || what === w;

const { pages } = loadCorpus();
for (const page of pages) {
  if (page.gold.split !== "dev" || page.gold.origin.type !== "real") continue;
  if (lang && page.gold.language !== lang) continue;
  const r = ingest({ text: page.text, url: page.gold.url });
  const out: string[] = [];
  const me = page.gold.mainEvent;
  const got = r.mainEvent?.date?.value ?? null;
  if (show("date") && me.dateInText && me.date && got !== me.date) {
    out.push(
      `  DATE got ${got} want ${me.date}; published ${r.article.publishedDate?.value ?? "-"} (${r.article.publishedDateSource ?? "-"})`,
    );
    for (const reason of r.mainEvent?.reasons ?? []) out.push(`     reason: ${reason}`);
  }
  const sentenceFor = (g: string) => {
    const lg = loose(g);
    let best: { s: (typeof r.sentences)[number]; score: number } | null = null;
    for (const s of r.sentences) {
      const t = loose(s.text);
      const score = t.includes(lg) ? lg.length : longestCommonSubstring(t, lg);
      if (score >= 0.5 * lg.length && (!best || score > best.score)) best = { s, score };
    }
    return best?.s ?? null;
  };
  for (const [name, list] of [
    ["hedge", page.gold.hedged],
    ["opin", page.gold.opinions],
  ] as const) {
    if (!show(name)) continue;
    for (const g of list) {
      const s = sentenceFor(g);
      if (!s) out.push(`  ${name.toUpperCase()} not found: ${g}`);
      else if (s.modality === "assertion")
        out.push(`  ${name.toUpperCase()} asserted: ${g}  [cues ${s.modalityCues.join(", ")}]`);
    }
  }
  if (show("fp")) {
    for (const g of page.gold.claims) {
      const s = sentenceFor(g);
      if (s && s.modality !== "assertion")
        out.push(`  FP ${s.modality}: ${g}  [cues ${s.modalityCues.join(", ")}]`);
    }
  }
  if (out.length) console.log(`## ${page.slug} (${page.gold.language})\n${out.join("\n")}`);
}
