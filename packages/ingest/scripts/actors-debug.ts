// Prints the lede sentences of one actors-dev page (or a dev corpus page) with their actors, and
// the main event the system chose: pnpm --filter @factline/ingest exec tsx scripts/actors-debug.ts <slug>
import { ingest } from "../src/index";
import { loadActorPages } from "../test/actors-dev/score";
import { loadCorpus } from "../test/corpus/load";

const slug = process.argv[2] ?? "";
const labelled = loadActorPages().find((p) => p.slug === slug);
const page =
  labelled ??
  (() => {
    const c = loadCorpus().pages.find((p) => p.slug === slug && p.gold.split === "dev");
    return c ? { text: c.text, url: c.gold.url } : null;
  })();
if (!page) throw new Error(`no dev or actors-dev page ${slug}`);
const r = ingest({ text: page.text, url: page.url });
for (const s of r.sentences.slice(0, Number(process.argv[3] ?? 6))) {
  console.log(`[${s.index}] ${s.text}`);
  for (const a of s.actors) console.log(`     ${a.text} -> ${a.name} (${a.kind}, ${a.via})`);
}
console.log(
  "clusters:",
  r.clusters
    .slice(0, 3)
    .map((c) => `${c.id}:${c.predicate}:${c.score}`)
    .join(" "),
);
console.log(
  "main:",
  JSON.stringify(
    {
      title: r.mainEvent?.title,
      kind: r.mainEvent?.kind,
      actors: r.mainEvent?.actors.map((a) => `${a.name}:${a.role}`),
      reasons: r.mainEvent?.reasons,
    },
    null,
    1,
  ),
);
