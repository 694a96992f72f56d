// `pnpm ingest <file|-> [--pretty]`: prints the IngestResult JSON, or a readable summary.
// The only module with Node imports; the rest of the package runs in Workers.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describePartialDate, type IngestResult } from "@factline/domain";
import { looksLikeHtml } from "./html";
import { ingest } from "./pipeline";

const USAGE = "usage: pnpm ingest <file|-> [--pretty] [--url URL] [--published YYYY-MM-DD]";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Text summary of a result, for editors reading in a terminal. */
export function summarize(r: IngestResult): string {
  const lines: string[] = [];
  const date = (d: { value: string } | null) => (d ? d.value : "undated");
  lines.push(`Title: ${r.article.title ?? "(none)"}`);
  const lang = r.languageDetection;
  lines.push(
    `Language: ${r.language ?? r.article.language}${lang ? ` (${lang.method}, confidence ${lang.confidence}${lang.declared ? `, page says ${lang.declared}` : ""})` : ""}`,
  );
  lines.push(`URL: ${r.article.url ?? "-"}  Publisher: ${r.article.publisher ?? "-"}`);
  lines.push(
    `Published: ${r.article.publishedDate ? describePartialDate(r.article.publishedDate) : "unknown"} (${r.article.publishedDateSource ?? "-"})`,
  );
  lines.push(
    `Cleaned: ${r.paragraphs.length} paragraphs, ${r.sentences.length} sentences, ${r.cleanedText.length} chars`,
  );
  lines.push(
    `Repairs: ${r.repairs.map((x) => `${JSON.stringify(x.from)}→${JSON.stringify(x.to)} ×${x.count} (${x.rule})`).join("; ") || "none"}`,
  );
  lines.push(`Removed (${r.removed.length}):`);
  for (const x of r.removed)
    lines.push(
      `  - [${x.reason}] ${x.text.slice(0, 90)}  (${x.rule}${x.line ? `, line ${x.line}` : ""}${x.score !== undefined ? `, score ${x.score}` : ""})`,
    );
  lines.push(`Embedded posts (${r.embeddedPosts.length}):`);
  for (const e of r.embeddedPosts)
    lines.push(
      `  - ${e.platform} ${e.displayName ?? "?"} ${e.handle ?? ""} ${date(e.date)}: ${e.text} [${e.links.join(", ")}]`,
    );
  lines.push(`Clusters (${r.clusters.length}):`);
  const byId = new Map(r.candidateClaims.map((c) => [c.id, c]));
  for (const k of r.clusters) {
    lines.push(
      `  ${k.id} (${k.claimIds.length}, score ${k.score}, predicate ${k.predicate ?? "-"})`,
    );
    for (const id of k.claimIds) {
      const c = byId.get(id);
      if (c)
        lines.push(
          `    ${c.id} ${c.score.toFixed(2)} ${c.modality}${c.assertion ? ` [${c.assertion.property}=${c.assertion.value}]` : ""}: ${c.text.slice(0, 110)}`,
        );
    }
  }
  const m = r.mainEvent;
  lines.push("Main event:");
  if (m) {
    lines.push(
      `  ${m.title} — ${m.kind}, ${date(m.date)}, places ${m.places.join(",") || "-"}, confidence ${m.confidence}`,
    );
    lines.push(`  actors: ${m.actors.map((a) => `${a.name}=${a.role}`).join(", ")}`);
    for (const x of m.matches)
      lines.push(`  matches ${x.eventId} ${x.score} (${x.reasons.join(", ")})`);
  } else lines.push("  (none)");
  lines.push(`Other events (${r.otherEvents.length}):`);
  for (const o of r.otherEvents)
    lines.push(
      `  - ${date(o.date)} ${o.kind}: ${o.title} [${o.actors.map((a) => `${a.name}=${a.role}`).join(", ")}]${o.dateFromContext ? " (date from context)" : ""}`,
    );
  return lines.join("\n");
}

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== "--");
  const pretty = args.includes("--pretty");
  const url = option(args, "--url");
  const published = option(args, "--published");
  const positional = args.filter(
    (a, i) => !a.startsWith("--") && !["--url", "--published"].includes(args[i - 1] ?? ""),
  );
  const target = positional[0];
  if (!target) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // pnpm runs the script in the package directory; INIT_CWD is the directory pnpm was started
  // from (the workspace root for `pnpm ingest` at the root), so relative paths resolve there.
  const base = process.env.INIT_CWD ?? process.cwd();
  let content: string;
  try {
    content =
      target === "-" ? readFileSync(0, "utf8") : readFileSync(resolve(base, target), "utf8");
  } catch (e) {
    process.stderr.write(`cannot read ${target}: ${(e as Error).message}\n`);
    return 1;
  }
  const html = /\.x?html?$/i.test(target) || looksLikeHtml(content) || /^\s*</.test(content);
  const result = ingest({
    ...(html ? { html: content } : { text: content }),
    ...(url ? { url } : {}),
    ...(published ? { publishedAt: published } : {}),
  });
  process.stdout.write(pretty ? `${summarize(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
