// Scores ingest on the evaluation corpus and prints the numbers per split and language.
//   pnpm --filter @factline/ingest score [--split dev|test] [--lang xx] [--verbose] [--json]
// The computation is in test/corpus/score-lib.ts (shared with the quality test); this is the CLI.
import { loadCorpus } from "../test/corpus/load";
import {
  type CorpusScore,
  type Count,
  type GroupScore,
  METRIC_NAMES,
  METRICS,
  type MetricName,
  ratio,
  scoreCorpus,
} from "../test/corpus/score-lib";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const splitArg = option("--split");
const langArg = option("--lang");
if (splitArg && splitArg !== "dev" && splitArg !== "test") {
  console.error("--split must be dev or test");
  process.exit(2);
}

const { pages, problems } = loadCorpus();
const selected = pages.filter(
  (p) => (!splitArg || p.gold.split === splitArg) && (!langArg || p.gold.language === langArg),
);
const score: CorpusScore = scoreCorpus(selected);

if (flag("--json")) {
  const totals = Object.fromEntries(
    Object.entries(score.groups).map(([split, langs]) => [
      split,
      Object.fromEntries(
        Object.entries(langs).map(([lang, g]) => [
          lang,
          {
            pages: g.pages,
            ...Object.fromEntries(
              METRIC_NAMES.map((m) => [m, { ...g.counts[m], value: ratio(g.counts[m]) }]),
            ),
          },
        ]),
      ),
    ]),
  );
  const out: Record<string, unknown> = { totals, problems };
  if (flag("--verbose")) out.pages = score.pages;
  console.log(JSON.stringify(out, null, 2));
  process.exit(0);
}

const HEAD: Record<MetricName, string> = {
  bpRecall: "bpR",
  bpPrecision: "bpP",
  textKept: "kept",
  encRepaired: "enc",
  cleanUnchanged: "clean",
  language: "lang",
  postsFound: "postR",
  postsPrecision: "postP",
  dateExact: "date",
  actors: "actor",
  claimRecall: "clmR",
  claimPrecision: "clmP",
  hedgedNotAsserted: "hedge",
  opinionsNotAsserted: "opin",
};
const cell = (c: Count) => {
  const r = ratio(c);
  return (r === null ? "-" : r.toFixed(2)).padStart(6);
};

if (flag("--verbose")) {
  for (const p of score.pages) {
    const parts = METRIC_NAMES.filter((m) => p.counts[m].den > 0).map(
      (m) => `${HEAD[m]} ${p.counts[m].num}/${p.counts[m].den}`,
    );
    console.log(`\n## ${p.slug} (${p.language}, ${p.split}, ${p.kind}, ${p.origin})`);
    console.log(`   ${parts.join(" · ")}`);
    for (const m of p.misses) console.log(`   - ${m}`);
  }
  console.log("");
}

const table = (title: string, langs: Record<string, GroupScore>) => {
  const order = Object.keys(langs)
    .filter((l) => l !== "all")
    .sort();
  if (langs.all) order.push("all");
  console.log(`\n${title}`);
  console.log(
    ["lang".padEnd(5), "pages".padStart(5), ...METRIC_NAMES.map((m) => HEAD[m].padStart(6))].join(
      " ",
    ),
  );
  for (const lang of order) {
    const g = langs[lang] as GroupScore;
    console.log(
      [
        lang.padEnd(5),
        String(g.pages).padStart(5),
        ...METRIC_NAMES.map((m) => cell(g.counts[m])),
      ].join(" "),
    );
  }
};

for (const split of ["dev", "test", "all"] as const) {
  if (splitArg && split !== splitArg) continue;
  if (Object.keys(score.groups[split]).length === 0) continue;
  table(`== ${split} ==`, score.groups[split]);
}
console.log("\nColumns:");
for (const m of METRIC_NAMES) console.log(`  ${HEAD[m].padEnd(6)} ${METRICS[m]}`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s) in the corpus (those pages are left out):`);
  for (const p of problems) console.log(`  ${p.slug}: ${p.message}`);
}
