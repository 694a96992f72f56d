/**
 * `pnpm --filter @factline/api test:soak`: SOAK_SECONDS (default 60) of mixed public reads and
 * admin writes at SOAK_CONNECTIONS (default 32) against the local Worker (`wrangler dev` on
 * loopback, its own D1 seeded with the demo record). Bounded in time and count; prints the
 * request count, errors, 5xx, p50/p99 latency and workerd's memory at start and end, and exits
 * 1 on any 5xx or unexpected answer. Expected answers: 2xx/3xx/304 everywhere, and 412 for a
 * PATCH that lost a race to another connection's PATCH (optimistic concurrency at work).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { apiDir, startDev, wrangler } from "./servers";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 32);
const MAX_REQUESTS = 2_000_000;
const PORT = Number(process.env.BENCH_PORT_BASE ?? 8950) + 7;
const PASSWORD = "factline-demo-password";

function workerdRssKb(): number {
  // The newest workerd process is the one wrangler dev just started.
  const pids = execFileSync("pgrep", ["-n", "workerd"], { encoding: "utf8" }).trim();
  const status = readFileSync(`/proc/${pids}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/admin/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
}

async function main() {
  const persist = mkdtempSync(path.join(tmpdir(), "factline-soak-"));
  wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
  execFileSync("pnpm", ["run", "-s", "db:seed", "--persist-to", persist], {
    cwd: apiDir,
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  const server = await startDev({
    config: path.join(apiDir, "bench/wrangler.factline.jsonc"),
    port: PORT,
    persistTo: persist,
    probe: "/v1/health",
  });
  const base = server.url;
  try {
    const editor = await login(base, "editor@factline.local");
    const events = (await (await fetch(`${base}/v1/events?limit=20`)).json()) as {
      data: { id: string; slug: string }[];
    };
    const eventIds = events.data.map((e) => e.id);
    const rssStart = workerdRssKb();
    const latencies: number[] = [];
    const unexpected = new Map<string, number>();
    let fiveHundreds = 0;
    let races = 0;
    let sent = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const admin = (method: string, p: string, body?: unknown, extra: Record<string, string> = {}) =>
      fetch(`${base}${p}`, {
        method,
        headers: {
          cookie: editor,
          origin: base,
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
          ...extra,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    // A small pool of drafts the connections edit concurrently, so some PATCHes race.
    const drafts: { id: string; version: number }[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await admin("POST", "/admin/api/events", {
        title: `Soak draft ${i}`,
        kind: "other",
      });
      const e = (await r.json()) as { id: string; version: number };
      drafts.push({ id: e.id, version: e.version });
    }
    const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)] as T;
    const actions: (() => Promise<{ res: Response; race?: boolean }>)[] = [
      async () => ({ res: await fetch(`${base}/v1/events?limit=20`) }),
      async () => ({ res: await fetch(`${base}/v1/events/${pick(eventIds)}`) }),
      async () => ({
        res: await fetch(
          `${base}/v1/search?q=${pick(["taliban", "russia", "recogn*", "afghanistan kabul"])}`,
        ),
      }),
      async () => ({ res: await fetch(`${base}/v1/claims?limit=10`) }),
      async () => ({ res: await fetch(`${base}/v1/changes?limit=50`) }),
      async () => ({
        res: await fetch(`${base}/v1/events/${pick(eventIds)}`, {
          headers: { "if-none-match": '"x"' },
        }),
      }),
      async () => ({
        res: await admin("POST", "/admin/api/events", { title: `Soak ${sent}`, kind: "other" }),
      }),
      async () => {
        const d = pick(drafts);
        const res = await admin(
          "PATCH",
          `/admin/api/events/${d.id}`,
          { title: `Soak edit ${sent}` },
          { "if-match": `"${d.version}"` },
        );
        if (res.status === 200)
          d.version = ((await res.clone().json()) as { version: number }).version;
        return { res, race: true };
      },
      async () => ({ res: await admin("GET", "/admin/api/queue") }),
    ];
    async function connection() {
      while (Date.now() < deadline && sent < MAX_REQUESTS) {
        sent += 1;
        const t0 = performance.now();
        let outcome: { res: Response; race?: boolean };
        try {
          outcome = await pick(actions)();
        } catch (err) {
          unexpected.set(
            `network: ${(err as Error).message}`,
            (unexpected.get(`network: ${(err as Error).message}`) ?? 0) + 1,
          );
          continue;
        }
        await outcome.res.arrayBuffer();
        latencies.push(performance.now() - t0);
        const s = outcome.res.status;
        if (s >= 500) fiveHundreds += 1;
        if (s === 412 && outcome.race) {
          races += 1;
          continue;
        }
        if (s >= 400) unexpected.set(String(s), (unexpected.get(String(s)) ?? 0) + 1);
      }
    }
    await Promise.all(Array.from({ length: CONNECTIONS }, connection));
    const rssEnd = workerdRssKb();
    latencies.sort((a, b) => a - b);
    const errors = [...unexpected.values()].reduce((a, b) => a + b, 0);
    console.log(
      [
        `soak: ${SECONDS} s, ${CONNECTIONS} connections, ${latencies.length} requests (${Math.round(latencies.length / SECONDS)}/s)`,
        `  errors ${errors}, 5xx ${fiveHundreds}, 412 from racing PATCHes ${races}`,
        `  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
        `  workerd memory ${Math.round(rssStart / 1024)} MB at start, ${Math.round(rssEnd / 1024)} MB at end`,
        ...[...unexpected].map(([k, n]) => `  unexpected ${k}: ${n}`),
      ].join("\n"),
    );
    process.exitCode = errors === 0 && fiveHundreds === 0 ? 0 : 1;
  } finally {
    await server.stop();
    rmSync(persist, { recursive: true, force: true });
  }
}

await main();
