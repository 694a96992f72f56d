/**
 * `pnpm bench` for the API: starts `wrangler dev` for the seeded Factline Worker and two
 * baseline Workers (one D1 point read; a static answer) on local D1, drives each from Node on
 * 127.0.0.1 with bounded concurrency for a fixed time, and prints throughput ratios, rows read
 * per request for every public endpoint (D1 meta, at demo scale and at 100k claims), search
 * latency at 100k realistic claims (bench/search.ts) and the Worker bundle's gzip size. Numbers
 * are reported, never asserted (PRODUCT.md's targets are printed beside them).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DEMO_EVENT_SLUG, DEMO_IDS } from "../src/seed/demo-ids";
import { drive, interleaved, type LoadResult } from "./load";
import { rowsReadTable } from "./rows-read";
import { demoRowsRead, runSearchBench } from "./search";
import { apiDir, type DevServer, startDev, wrangler } from "./servers";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
// Another bench on the same machine (another checkout, another helper) needs other ports.
const PORT = Number(process.env.BENCH_PORT_BASE ?? 8791);
// BENCH_FTS_CLAIMS=0 skips the part at scale (rows read and search latency at 100k claims); its
// size and rounds are bench/search.ts's BENCH_SEARCH_CLAIMS and BENCH_SEARCH_REPEATS.
const AT_SCALE = process.env.BENCH_FTS_CLAIMS !== "0";
// BENCH_NO_RATELIMIT=1 runs the Factline Worker without the rate-limit binding, to see what the
// (locally simulated) binding costs on the paths that still consult it.
const NO_RATELIMIT = process.env.BENCH_NO_RATELIMIT === "1";

const fmt = (r: LoadResult) =>
  `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.count} requests, ${r.errors} errors)`;

function bundleSize(): { raw: number; gzip: number } {
  const out = mkdtempSync(path.join(tmpdir(), "factline-bundle-"));
  try {
    wrangler(["deploy", "--dry-run", "--outdir", out]);
    let raw = 0;
    const chunks: Buffer[] = [];
    for (const f of readdirSync(out)) {
      if (!/\.(m?js)$/.test(f)) continue;
      const buf = readFileSync(path.join(out, f));
      raw += statSync(path.join(out, f)).size;
      chunks.push(buf);
    }
    return { raw, gzip: gzipSync(Buffer.concat(chunks), { level: 9 }).length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main() {
  const persist = mkdtempSync(path.join(tmpdir(), "factline-bench-"));
  const servers: DevServer[] = [];
  try {
    console.log(`Local D1 in ${persist}; ${CONCURRENCY} concurrent loops, ${SECONDS} s per run\n`);
    wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
    execFileSync("npx", ["tsx", "scripts/seed.ts", "--persist-to", persist], {
      cwd: apiDir,
      stdio: "inherit",
    });

    // Rows read per public request at demo scale, from the counting Worker (its own run: the
    // count re-runs drizzle's raw() reads, which must not touch the throughput).
    const demoRows = await demoRowsRead(persist, PORT + 4);

    console.log(
      NO_RATELIMIT
        ? "Factline Worker WITHOUT the rate-limit binding\n"
        : "Factline Worker with the rate-limit binding (limit far above the load)\n",
    );
    const factline = await startDev({
      config: NO_RATELIMIT
        ? "bench/wrangler.factline-nolimit.jsonc"
        : "bench/wrangler.factline.jsonc",
      port: PORT,
      persistTo: persist,
      probe: "/v1/health",
    });
    servers.push(factline);
    const point = await startDev({
      config: "bench/point-read/wrangler.jsonc",
      port: PORT + 1,
      persistTo: persist,
      probe: "/",
    });
    servers.push(point);
    const stat = await startDev({
      config: "bench/static/wrangler.jsonc",
      port: PORT + 2,
      persistTo: persist,
      probe: "/",
    });
    servers.push(stat);

    const detailUrl = `${factline.url}/v1/events/${DEMO_EVENT_SLUG}`;
    const first = await fetch(detailUrl);
    const etag = first.headers.get("etag") ?? "";
    await first.arrayBuffer();
    const run = (url: string, headers: Record<string, string>, expect: number) =>
      drive(url, { seconds: SECONDS, concurrency: CONCURRENCY, headers, expect });

    // Warm-up, so JIT and connection setup are not measured.
    await run(detailUrl, {}, 200);
    await run(detailUrl, { "x-d1-bookmark": "first-unconstrained" }, 200);
    await run(`${point.url}/?id=${DEMO_IDS.events.recognition}`, {}, 200);

    // A bookmark makes the Worker read D1 (it bypasses the edge cache), as a cold read does.
    // The cases alternate in ROUNDS slices so that they see the same background load.
    const slice = SECONDS / ROUNDS;
    const slot = (url: string, headers: Record<string, string>, expect: number) => () =>
      drive(url, { seconds: slice, concurrency: CONCURRENCY, headers, expect });
    const { detail, pointRead, cached, cachedFull, staticRes } = await interleaved(
      {
        detail: slot(detailUrl, { "x-d1-bookmark": "first-unconstrained" }, 200),
        pointRead: slot(`${point.url}/?id=${DEMO_IDS.events.recognition}`, {}, 200),
        cached: slot(detailUrl, { "if-none-match": etag }, 304),
        cachedFull: slot(detailUrl, {}, 200),
        staticRes: slot(`${stat.url}/`, {}, 200),
      },
      ROUNDS,
    );

    console.log("Throughput (same run, same machine):");
    console.log(`  event detail from D1      ${fmt(detail)}`);
    console.log(`  D1 point-read baseline    ${fmt(pointRead)}`);
    console.log(`  event detail 304 (cache)  ${fmt(cached)}`);
    console.log(`  event detail 200 (cache)  ${fmt(cachedFull)}`);
    console.log(`  static baseline           ${fmt(staticRes)}`);
    console.log(
      `  ratio detail / point read = ${(detail.rps / pointRead.rps).toFixed(2)}  (target >= 0.7)`,
    );
    console.log(
      `  ratio 304 / static        = ${(cached.rps / staticRes.rps).toFixed(2)}  (target >= 0.8)`,
    );
    console.log(
      `  ratio cached 200 / static = ${(cachedFull.rps / staticRes.rps).toFixed(2)}  (target >= 0.7)\n`,
    );

    // At scale: 100k realistic claims (the FTS triggers index them), rows read per public
    // request beside the demo-scale count, and search latency one request at a time past the
    // cache. BENCH_FTS_CLAIMS=0 skips it (throughput only).
    await factline.stop();
    servers.splice(servers.indexOf(factline), 1);
    if (AT_SCALE) await runSearchBench(persist, servers, PORT + 3, demoRows);
    else {
      console.log(`rows_read per public request (demo seed):\n\n${rowsReadTable(demoRows)}\n`);
      console.log("Search at scale skipped (BENCH_FTS_CLAIMS=0)\n");
    }

    const size = bundleSize();
    console.log(
      `API Worker bundle: ${(size.raw / 1024).toFixed(0)} KB raw, ${(size.gzip / 1024).toFixed(0)} KB gzip (target <= 300 KB gzip)`,
    );
  } finally {
    for (const s of servers) await s.stop();
    rmSync(persist, { recursive: true, force: true });
  }
}

await main();
