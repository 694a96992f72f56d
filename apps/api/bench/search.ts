/**
 * `pnpm --filter @factline/api bench:search`: search latency at scale and rows read per public
 * endpoint, through the real Worker over HTTP.
 *
 * A temporary local D1 is migrated and seeded with the demo record; the Worker is started under
 * `wrangler dev` behind a D1 binding that counts rows read (bench/rows-read-worker.ts) and
 * every public endpoint's rows_read is read at demo scale. Then BENCH_SEARCH_CLAIMS (100k) realistic claims (bench/claims-text.ts; 95% published)
 * citing one synthetic source per ten are inserted through `wrangler d1 execute` (the FTS
 * triggers index them), the Worker is restarted, rows_read is read again at that scale, and 20
 * realistic queries are sent one at a time (never concurrently: this is latency, not
 * saturation), round-robin for BENCH_SEARCH_REPEATS rounds, each past the edge cache (a D1
 * bookmark). Numbers are printed, never asserted (PRODUCT.md: p99 <= 50 ms at 100k claims).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { claimText, sourceTitle } from "./claims-text";
import { publicRowsRead, type RowsReadRow, rowsReadTable } from "./rows-read";
import { apiDir, type DevServer, startDev, wrangler } from "./servers";

const CLAIMS = Number(process.env.BENCH_SEARCH_CLAIMS ?? 100_000);
const REPEATS = Number(process.env.BENCH_SEARCH_REPEATS ?? 30);
const PORT = Number(process.env.BENCH_PORT_BASE ?? 8791) + 5;
// The real Worker behind a D1 binding that counts rows read (bench/rows-read-worker.ts).
const CONFIG = "bench/wrangler.factline-rows.jsonc";

// An empty folder for the admin UI's static assets: this bench reads only the API, and needs
// no admin build.
function emptyAssets(persist: string): string {
  const dir = path.join(persist, "no-assets");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** What users type: one word (common, rare, absent), two words, phrases, prefixes, numbers. */
export const SEARCH_QUERIES: { q: string; kind: string }[] = [
  { q: "russia", kind: "one word, common (a country)" },
  { q: "the", kind: "one word, very common" },
  { q: "said", kind: "one word, very common" },
  { q: "sanctions", kind: "one word, mid" },
  { q: "cholera", kind: "one word, rare-ish" },
  { q: "kharkiv", kind: "one word, rare (a city)" },
  { q: "vosmir", kind: "one word, very rare (a surname)" },
  { q: "zeppelin", kind: "one word, no match" },
  { q: "erdogan", kind: "one word, diacritics folded (Erdoğan)" },
  { q: "2024", kind: "a number" },
  { q: "central bank", kind: "two words" },
  { q: "wheat exports", kind: "two common words" },
  { q: "kovalenko ukraine", kind: "two words: a name and a country" },
  { q: "interest rate", kind: "two words" },
  { q: "foreign minister met", kind: "phrase, three words" },
  { q: "people were killed in", kind: "phrase of common words" },
  { q: "russia sanctions oil", kind: "three words" },
  { q: "sanc", kind: "prefix, as typed" },
  { q: "infla", kind: "prefix, as typed" },
  { q: "pr", kind: "two-letter prefix (president, prime, prison, …)" },
];

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const benchId = (prefix: string, i: number) => `${prefix}_01JZ0BENCH${String(i).padStart(16, "0")}`;
const at = (i: number) => new Date(Date.UTC(2024, 0, 1) + (i % 900) * 86_400_000).toISOString();

/** SQL for claims [from, to) and the sources they cite (one per ten claims). */
function claimsSql(from: number, to: number): string {
  const lines: string[] = [];
  const per = 200;
  for (let start = Math.floor(from / 10); start < Math.ceil(to / 10); start += per) {
    const rows: string[] = [];
    for (let j = start; j < Math.min(Math.ceil(to / 10), start + per); j++) {
      rows.push(
        `(${quote(benchId("src", j))}, 'article', ${quote(sourceTitle(j))}, '', 'active', 1, ${quote(at(j))}, ${quote(at(j))})`,
      );
    }
    lines.push(
      `INSERT OR IGNORE INTO sources (id, kind, title, text, status, version, created_at, updated_at) VALUES ${rows.join(",\n")};`,
    );
  }
  for (let start = from; start < to; start += per) {
    const rows: string[] = [];
    for (let i = start; i < Math.min(to, start + per); i++) {
      const text = quote(claimText(i));
      const published = i % 20 !== 7;
      const status = published ? "'published'" : "'draft'";
      const modality = i % 9 === 4 ? "'hedged'" : "'assertion'";
      const when = quote(at(i));
      rows.push(
        `(${quote(benchId("clm", i))}, ${text}, ${text}, ${quote(benchId("src", Math.floor(i / 10)))}, ${modality}, ${status}, 1, ${when}, ${when}, ${published ? when : "NULL"})`,
      );
    }
    lines.push(
      `INSERT OR IGNORE INTO claims (id, text, statement, source_id, modality, status, version, created_at, updated_at, published_at) VALUES ${rows.join(",\n")};`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Inserts `n` claims into the local D1 at `persist`, in files of 10k; returns seconds taken. */
export function seedRealisticClaims(persist: string, n: number): number {
  const dir = mkdtempSync(path.join(tmpdir(), "factline-claims-"));
  const t0 = performance.now();
  try {
    for (let from = 0; from < n; from += 10_000) {
      const file = path.join(dir, `claims-${from}.sql`);
      writeFileSync(file, claimsSql(from, Math.min(n, from + 10_000)));
      wrangler([
        "d1",
        "execute",
        "DB",
        "--local",
        "--persist-to",
        persist,
        "--file",
        file,
        "--yes",
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return (performance.now() - t0) / 1000;
}

// The tokens FTS5's unicode61 tokenizer (remove_diacritics 2) makes of a text, near enough.
const tokens = (s: string): string[] =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many published claims match each query as /v1/search asks (last term a prefix). */
function publishedMatches(queries: string[], n: number): number[] {
  const counts = queries.map(() => 0);
  const parsed = queries.map(tokens);
  for (let i = 0; i < n; i++) {
    if (i % 20 === 7) continue; // a draft (claimsSql)
    const words = tokens(claimText(i));
    parsed.forEach((terms, qi) => {
      const last = terms.length - 1;
      const ok = terms.every((t, k) =>
        k === last && t.length >= 2 ? words.some((w) => w.startsWith(t)) : words.includes(t),
      );
      if (ok) counts[qi] = (counts[qi] ?? 0) + 1;
    });
  }
  return counts;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const FLOOR = "GET /v1/health";

type QueryResult = {
  q: string;
  kind: string;
  matches: number;
  rowsRead: number | null;
  ms: number[];
  /** D1's own execution time per request (Server-Timing `dur`, meta.duration), ms. */
  d1: number[];
  errors: number;
};

/** Each query once per round, one request at a time, past the cache; latency per query. */
export async function searchLatency(base: string, repeats: number): Promise<QueryResult[]> {
  const matches = publishedMatches(
    SEARCH_QUERIES.map((x) => x.q),
    CLAIMS,
  );
  const results: QueryResult[] = SEARCH_QUERIES.map((x, i) => ({
    ...x,
    matches: matches[i] ?? 0,
    rowsRead: null,
    ms: [],
    d1: [],
    errors: 0,
  }));
  const get = async (q: string) => {
    const t0 = performance.now();
    const res = await fetch(`${base}/v1/search?q=${encodeURIComponent(q)}`, {
      headers: { "x-d1-bookmark": "first-unconstrained" },
    });
    await res.arrayBuffer();
    const ms = performance.now() - t0;
    const timing = res.headers.get("server-timing") ?? "";
    const m = /rows_read=(\d+)/.exec(timing);
    const dur = /dur=([\d.]+)/.exec(timing);
    return {
      ms,
      ok: res.status === 200,
      rowsRead: m ? Number(m[1]) : null,
      d1: dur ? Number(dur[1]) : Number.NaN,
    };
  };
  // The floor in the same rounds: the Worker and one trivial D1 query (`SELECT 1`) through the
  // same wrangler dev proxy, so what search itself costs can be told from what the machine costs.
  const floor: QueryResult = {
    q: FLOOR,
    kind: "baseline: Worker + SELECT 1",
    matches: 0,
    rowsRead: null,
    ms: [],
    d1: [],
    errors: 0,
  };
  const health = async () => {
    const t0 = performance.now();
    const res = await fetch(`${base}/v1/health`);
    await res.arrayBuffer();
    floor.ms.push(performance.now() - t0);
    if (res.status !== 200) floor.errors += 1;
  };
  for (const r of results) await get(r.q); // warm-up: JIT, connections, page cache
  for (let round = 0; round < repeats; round++) {
    for (const r of results) {
      const x = await get(r.q);
      r.ms.push(x.ms);
      r.d1.push(x.d1);
      r.rowsRead = x.rowsRead;
      if (!x.ok) r.errors += 1;
    }
    await health();
  }
  for (const r of [...results, floor]) {
    r.ms.sort((a, b) => a - b);
    r.d1.sort((a, b) => a - b);
  }
  return [...results, floor];
}

function latencyTable(results: QueryResult[]): string {
  const f = (x: number) => x.toFixed(1);
  const d1 = (ms: number[]) => `${f(percentile(ms, 50))} | ${f(ms[ms.length - 1] ?? Number.NaN)}`;
  const stats = (ms: number[]) =>
    `${f(percentile(ms, 50))} | ${f(percentile(ms, 99))} | ${f(ms[ms.length - 1] ?? Number.NaN)}`;
  const lines = [
    "| query | kind | published claims matching | rows_read | D1 p50 ms | D1 max ms | HTTP p50 ms | HTTP p99 ms | HTTP max ms |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const floor = results.find((r) => r.q === FLOOR);
  const search = results.filter((r) => r.q !== FLOOR);
  for (const r of search) {
    const errors = r.errors > 0 ? ` (${r.errors} errors)` : "";
    lines.push(
      `| \`${r.q}\` | ${r.kind}${errors} | ${r.matches} | ${r.rowsRead ?? "—"} | ${d1(r.d1)} | ${stats(r.ms)} |`,
    );
  }
  const all = search.flatMap((r) => r.ms).sort((a, b) => a - b);
  const allD1 = search.flatMap((r) => r.d1).sort((a, b) => a - b);
  lines.push(
    `| **all ${all.length} searches** (D1 p50 / p99) | | | | ${f(percentile(allD1, 50))} | ${f(percentile(allD1, 99))} | ${stats(all)} |`,
  );
  if (floor) lines.push(`| ${floor.q} | ${floor.kind} | — | — | — | — | ${stats(floor.ms)} |`);
  return lines.join("\n");
}

/**
 * Seeds CLAIMS realistic claims into `persist` (already migrated and seeded), starts the
 * Worker with the rows-read diagnostic, prints rows_read per public endpoint (beside `demo`,
 * the same at demo scale, when given) and the search latency table.
 */
export async function runSearchBench(
  persist: string,
  servers: DevServer[],
  port: number,
  demo?: RowsReadRow[],
): Promise<void> {
  const seconds = seedRealisticClaims(persist, CLAIMS);
  console.log(`Inserted ${CLAIMS} claims and ${CLAIMS / 10} sources in ${seconds.toFixed(0)} s\n`);
  const worker = await startDev({
    config: CONFIG,
    port,
    persistTo: persist,
    probe: "/v1/health",
    assets: emptyAssets(persist),
  });
  servers.push(worker);
  const scaled = await publicRowsRead(worker.url);
  console.log(`rows_read per public request (D1 meta, summed over the request's statements):\n`);
  console.log(rowsReadTable(scaled, demo, ["(demo seed)", `(+${CLAIMS / 1000}k claims)`]), "\n");
  const results = await searchLatency(worker.url, REPEATS);
  console.log(
    `GET /v1/search at ${CLAIMS} claims: ${SEARCH_QUERIES.length} queries x ${REPEATS} rounds, sequential, uncached (p99 of ${REPEATS} samples per query is their max):\n`,
  );
  console.log(latencyTable(results), "\n");
  console.log("(target: p99 <= 50 ms at 100k claims, PRODUCT.md)\n");
  await worker.stop();
  servers.splice(servers.indexOf(worker), 1);
}

/** rows_read per public endpoint on the demo seed, from the counting Worker. */
export async function demoRowsRead(persist: string, port: number): Promise<RowsReadRow[]> {
  const worker = await startDev({
    config: CONFIG,
    port,
    persistTo: persist,
    probe: "/v1/health",
    assets: emptyAssets(persist),
  });
  try {
    return await publicRowsRead(worker.url);
  } finally {
    await worker.stop();
  }
}

async function main() {
  const persist = mkdtempSync(path.join(tmpdir(), "factline-search-bench-"));
  const servers: DevServer[] = [];
  try {
    console.log(`Local D1 in ${persist}\n`);
    wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
    execFileSync(
      path.join(apiDir, "node_modules/.bin/tsx"),
      ["scripts/seed.ts", "--persist-to", persist],
      {
        cwd: apiDir,
        stdio: "inherit",
      },
    );
    const demo = await demoRowsRead(persist, PORT);
    await runSearchBench(persist, servers, PORT + 1, demo);
  } finally {
    for (const s of servers) await s.stop();
    rmSync(persist, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
