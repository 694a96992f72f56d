// Lists the DEV split's main-event actor misses with what the system chose, to classify them:
//   pnpm --filter @factline/ingest exec tsx scripts/actor-misses.ts [--lang xx] [--all]
// Only dev pages are read: the test split is never tuned on.
import { ingest } from "../src/index";
import { loadCorpus } from "../test/corpus/load";
import { namesMatch } from "../test/corpus/score-lib";

const args = process.argv.slice(2);
const langAt = args.indexOf("--lang");
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
const all = args.includes("--all");

const { pages } = loadCorpus();
for (const page of pages) {
  if (page.gold.split !== "dev" || page.gold.origin.type !== "real") continue;
  if (lang && page.gold.language !== lang) continue;
  const r = ingest({ text: page.text, url: page.gold.url });
  const me = page.gold.mainEvent;
  const actors = r.mainEvent?.actors ?? [];
  const lines: string[] = [];
  let missed = false;
  for (const role of ["initiator", "target"] as const) {
    const want = me[role];
    if (!want) continue;
    const got = actors.filter((a) => a.role === role).map((a) => a.name);
    const ok = got.some((g) => namesMatch(g, want));
    if (!ok) missed = true;
    const elsewhere = actors.filter((a) => a.role !== role && namesMatch(a.name, want));
    const inText = r.sentences.some((s) => s.actors.some((a) => namesMatch(a.name, want)));
    lines.push(
      `  ${ok ? "ok  " : "MISS"} ${role} want ${JSON.stringify(want)} got ${JSON.stringify(got)}${
        ok ? "" : elsewhere.length ? " [other role]" : inText ? " [found in text]" : " [not found]"
      }`,
    );
  }
  if (!missed && !all) continue;
  console.log(`## ${page.slug} (${page.gold.language})`);
  console.log(`  gold: ${me.summary} [${me.kind}]`);
  console.log(
    `  got:  ${r.mainEvent?.title ?? "-"} [${r.mainEvent?.kind ?? "-"}] cluster ${r.mainEvent?.clusterId ?? "lede"}`,
  );
  console.log(`  actors: ${actors.map((a) => `${a.name}:${a.role}`).join(", ")}`);
  for (const l of lines) console.log(l);
}
