// Lists the DEV split's claim errors with the features that scored them:
//   pnpm --filter @factline/ingest exec tsx scripts/dev-claims.ts [--lang xx] [--what fp|miss]
// `fp`: candidates that overlap no gold claim (N when they overlap a gold hedged or opinion
// sentence); `miss`: gold claims no candidate covers, with the sentence's score and features.
// Only dev pages are read: the test split is never tuned on.
import type { CleanedParagraph } from "@factline/domain";
import { scoreInDocument, scoreSentence } from "../src/claims";
import { ingest } from "../src/index";
import { loadCorpus } from "../test/corpus/load";
import { overlapsGold } from "../test/corpus/score-lib";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang = option("--lang");
const what = option("--what");
const show = (w: string) => !what || what === w;
const features = (fs: { name: string; weight: number }[]) =>
  fs.map((f) => `${f.name}${f.weight >= 0 ? "+" : ""}${f.weight}`).join(" ");
const short = (t: string) => t.replace(/\s+/g, " ").slice(0, 140);

let fp = 0;
let miss = 0;
const { pages } = loadCorpus();
for (const page of pages) {
  const gold = page.gold;
  if (gold.split !== "dev" || gold.origin.type !== "real") continue;
  if (lang && gold.language !== lang) continue;
  const r = ingest({ text: page.text, url: gold.url });
  const out: string[] = [];
  const notClaims = [...gold.hedged, ...gold.opinions];
  if (show("fp"))
    for (const c of r.candidateClaims) {
      if (gold.claims.some((g) => overlapsGold(c.text, g))) continue;
      fp++;
      const n = notClaims.some((g) => overlapsGold(c.text, g)) ? "N" : "-";
      out.push(`  FP ${n} ${c.score} ${short(c.text)}\n       ${features(c.features)}`);
    }
  if (show("miss")) {
    const posts = new Map(r.embeddedPosts.map((e) => [e.paragraphIndex, e]));
    const scored = scoreInDocument(
      r.sentences.map((s) =>
        scoreSentence(
          s,
          r.paragraphs[s.paragraphIndex] as CleanedParagraph,
          posts.get(s.paragraphIndex),
          r.language,
        ),
      ),
    );
    for (const g of gold.claims) {
      if (r.candidateClaims.some((c) => overlapsGold(c.text, g))) continue;
      miss++;
      const s = scored.find((x) => overlapsGold(x.sentence.text, g));
      out.push(
        s
          ? `  MISS ${s.score} ${short(g)}\n       ${features(s.features)}`
          : `  MISS (no sentence) ${short(g)}`,
      );
    }
  }
  if (out.length) console.log(`${page.slug}\n${out.join("\n")}`);
}
console.log(`\n${fp} false candidates, ${miss} missed gold claims`);
