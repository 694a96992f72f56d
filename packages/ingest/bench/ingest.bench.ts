// `pnpm bench`: ingest speed on the seed article and throughput on a large synthetic article,
// each next to a baseline measured in the same run (split into lines + NFC over the same text),
// so the ratios mean something on any machine. Targets (PRODUCT.md): seed < 10 ms, >= 500 KB/s.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../src/index";

const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(join(here, "../../../../shared/fixtures/seed-article.txt"), "utf8");
const articlesDir = join(here, "../test/articles");
const fixtures = readdirSync(articlesDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(articlesDir, f), "utf8"));
const labelledDir = join(here, "../test/labelled");
const labelled = readdirSync(labelledDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) =>
    (JSON.parse(readFileSync(join(labelledDir, f), "utf8")) as { lines: string[] }).lines.join(
      "\n",
    ),
  );

// A long article from the fixtures: every paragraph of every fixture, repeated with the numbers
// and a topic word varied per copy so most blocks are new text (as in a long live blog) and the
// duplicate and cluster checks see realistic volume rather than one repeated block.
const TOPICS = [
  "Kabul",
  "Tbilisi",
  "Ankara",
  "Warsaw",
  "Dhaka",
  "Ottawa",
  "Tokyo",
  "Nairobi",
  "Lima",
  "Hanoi",
];
function synthetic(targetBytes: number): string {
  const paragraphs = [seed, ...fixtures, ...labelled]
    .join("\n")
    .split("\n")
    .filter((l) => l.trim());
  const out: string[] = [];
  let size = 0;
  for (let copy = 0; size < targetBytes; copy++) {
    const topic = TOPICS[copy % TOPICS.length] as string;
    for (const p of paragraphs) {
      const varied = `${p.replace(/\d+/g, (n) => String(Number(n) + copy))} In ${topic}, update ${copy}.`;
      out.push(varied);
      size += varied.length + 1;
    }
  }
  return out.join("\n");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

// Wall time and CPU time (user + system) per run, in ms. On a shared machine the wall time
// includes waiting for a core; CPU time is the work itself, which is what "one core" means.
const cpuSamples = new Map<() => unknown, number[]>();
function time(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  cpuSamples.set(fn, cpu);
  return out;
}

const baseline = (text: string) => text.split(/\n/).map((l) => l.normalize("NFC"));

const seedFn = () => ingest({ text: seed });
const seedRuns = time(seedFn, 300, 50);
const seedBase = time(() => baseline(seed), 200);
const big = synthetic(512 * 1024);
const bigKb = new TextEncoder().encode(big).length / 1024;
const bigFn = () => ingest({ text: big });
const bigRuns = time(bigFn, 7, 1);
const bigBase = time(() => baseline(big), 7, 1);

const seedMs = median(seedRuns);
const seedCpu = median(cpuSamples.get(seedFn) ?? []);
const bigMs = median(bigRuns);
const kbps = bigKb / (bigMs / 1000);
const kbpsCpu = bigKb / (median(cpuSamples.get(bigFn) ?? []) / 1000);
const baseKbps = bigKb / (median(bigBase) / 1000);

const rows = [
  ["seed article ingest, median ms", seedMs.toFixed(2), "< 10", seedMs < 10 ? "ok" : "MISS"],
  ["seed article ingest, median CPU ms", seedCpu.toFixed(2), "< 10", seedCpu < 10 ? "ok" : "MISS"],
  ["seed baseline (split + NFC), median ms", median(seedBase).toFixed(3), "", ""],
  ["seed ingest / baseline", (seedMs / median(seedBase)).toFixed(0), "", ""],
  [`synthetic article (${bigKb.toFixed(0)} KB) ingest, median ms`, bigMs.toFixed(0), "", ""],
  ["synthetic throughput, KB/s", kbps.toFixed(0), ">= 500", kbps >= 500 ? "ok" : "MISS"],
  [
    "synthetic throughput by CPU time, KB/s",
    kbpsCpu.toFixed(0),
    ">= 500",
    kbpsCpu >= 500 ? "ok" : "MISS",
  ],
  ["baseline throughput, KB/s", baseKbps.toFixed(0), "", ""],
  ["throughput ingest / baseline", (kbps / baseKbps).toFixed(4), "", ""],
];
console.log("| Measure | Value | Target | |\n| --- | ---: | ---: | --- |");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
