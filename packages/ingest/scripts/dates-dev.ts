// Scores the date-only dev set (test/dates-dev): main-event date and publication date exact,
// per language; `--verbose` lists every miss with the reasons ingest gives.
//   pnpm --filter @factline/ingest exec tsx scripts/dates-dev.ts [--verbose] [--lang xx]
import { loadDatesDev, runDatesDev, scoreDatesDev } from "../test/dates-dev/load";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const li = args.indexOf("--lang");
const lang = li >= 0 ? args[li + 1] : undefined;

const runs = runDatesDev(loadDatesDev().filter((p) => !lang || p.language === lang));
if (verbose) {
  for (const r of runs) {
    const okMain = r.main === r.page.mainEventDate;
    const okPub = r.published === r.page.publishedDate;
    if (okMain && okPub) continue;
    console.log(
      `${r.page.slug}: main ${r.main} want ${r.page.mainEventDate}${okMain ? " ok" : ""}; published ${r.published} (${r.result.article.publishedDateSource ?? "-"}) want ${r.page.publishedDate}${okPub ? " ok" : ""}`,
    );
    if (!okMain)
      for (const reason of r.result.mainEvent?.reasons ?? []) console.log(`   ${reason}`);
  }
}
const score = scoreDatesDev(runs);
console.log("lang      pages   main    pub");
for (const [k, s] of Object.entries(score).sort(([a], [b]) =>
  a === "all" ? 1 : b === "all" ? -1 : a.localeCompare(b),
))
  console.log(
    `${k.padEnd(8)} ${String(s.pages).padStart(6)} ${(s.main / s.pages).toFixed(2).padStart(6)} ${(s.published / s.pages).toFixed(2).padStart(6)}`,
  );
