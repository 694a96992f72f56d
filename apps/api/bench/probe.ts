/**
 * Sequential latency of a few public reads against the point-read baseline, one server start,
 * for finding where a request's time goes while iterating (`npx tsx bench/probe.ts`).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_EVENT_SLUG, DEMO_IDS } from "../src/seed/demo-ids";
import { sequential } from "./load";
import { apiDir, type DevServer, startDev, wrangler } from "./servers";

const N = Number(process.env.PROBE_REQUESTS ?? 400);

async function main() {
  const persist = mkdtempSync(path.join(tmpdir(), "factline-probe-"));
  const servers: DevServer[] = [];
  try {
    wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
    execFileSync("npx", ["tsx", "scripts/seed.ts", "--persist-to", persist], { cwd: apiDir });
    const f = await startDev({
      config: "bench/wrangler.factline.jsonc",
      port: 8795,
      persistTo: persist,
      probe: "/v1/health",
    });
    servers.push(f);
    const p = await startDev({
      config: "bench/point-read/wrangler.jsonc",
      port: 8796,
      persistTo: persist,
      probe: "/",
    });
    servers.push(p);
    const bm = { "x-d1-bookmark": "first-unconstrained" };
    const cases: [string, string, Record<string, string>][] = [
      ["point read", `${p.url}/?id=${DEMO_IDS.events.recognition}`, {}],
      ["health (chain + SELECT 1)", `${f.url}/v1/health`, {}],
      ["event detail (D1)", `${f.url}/v1/events/${DEMO_EVENT_SLUG}`, bm],
      ["event list (D1)", `${f.url}/v1/events`, bm],
      ["event detail (cache)", `${f.url}/v1/events/${DEMO_EVENT_SLUG}`, {}],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [name, url, headers] of cases) {
        const r = await sequential(Array(N).fill(url), { headers, expect: 200 });
        if (round === 1)
          console.log(
            `${name.padEnd(28)} p50 ${r.p50.toFixed(2)} ms  mean ${(1000 / r.rps).toFixed(2)} ms`,
          );
      }
    }
  } finally {
    for (const s of servers) await s.stop();
    rmSync(persist, { recursive: true, force: true });
  }
}

await main();
