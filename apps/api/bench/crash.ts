/**
 * `pnpm --filter @factline/api test:crash` (part of the package's `test`): writes in flight, the
 * local server killed with SIGKILL, then:
 *   1. the integrity checker (`pnpm db:check`) finds no violation in what the dead server left;
 *   2. restarted on the same files, every write the server acknowledged before dying is there
 *      (creates readable, acknowledged PATCH versions reached), a replayed Idempotency-Key
 *      answers with the record it created, and a new write succeeds.
 * D1 runs each request's batch as one SQLite transaction, so a kill may lose an unacknowledged
 * write but never leave half of one; this proves it on the real runtime. Exits 1 on any failure.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { apiDir, type DevServer, startDev, wrangler } from "./servers";

const PORT = Number(process.env.BENCH_PORT_BASE ?? 8950) + 9;
const WRITERS = 12;
const KILL_AFTER_MS = Number(process.env.CRASH_AFTER_MS ?? 2500);
const PASSWORD = "factline-demo-password";

type Created = { key: string; id: string; body: unknown };

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/admin/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
}

function client(base: string, cookie: string) {
  return (method: string, p: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${p}`, {
      method,
      headers: {
        cookie,
        origin: base,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
}

function dbCheck(persist: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync("pnpm", ["run", "-s", "db:check", "--persist-to", persist], {
      cwd: apiDir,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
      encoding: "utf8",
    });
    return { ok: true, output };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

async function main() {
  const persist = mkdtempSync(path.join(tmpdir(), "factline-crash-"));
  // The public and admin API only: an empty folder stands in for the admin UI's build.
  const assets = path.join(persist, "assets");
  mkdirSync(assets);
  wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
  execFileSync("pnpm", ["run", "-s", "db:seed", "--persist-to", persist], {
    cwd: apiDir,
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  const start = () =>
    startDev({
      config: path.join(apiDir, "bench/wrangler.factline.jsonc"),
      port: PORT,
      persistTo: persist,
      probe: "/v1/health",
      assets,
    });
  const failures: string[] = [];
  let server: DevServer | null = await start();
  try {
    const base = server.url;
    const admin = client(base, await login(base, "editor@factline.local"));
    // Drafts the writers edit, so PATCHes (guard, row, links, revision) are in flight too.
    const drafts: { id: string; acked: number }[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await admin("POST", "/admin/api/events", {
        title: `Crash draft ${i}`,
        kind: "other",
      });
      const e = (await r.json()) as { id: string; version: number };
      drafts.push({ id: e.id, acked: e.version });
    }
    const created: Created[] = [];
    let inFlight = 0;
    let sent = 0;
    let stopped = false;
    async function writer(w: number) {
      for (let i = 0; !stopped; i++) {
        sent++;
        inFlight++;
        try {
          if (i % 2 === 0) {
            const key = `crash-${w}-${i}`;
            const body = {
              title: `Crash event ${w}.${i}`,
              kind: "other",
              summary: "x".repeat(2000),
            };
            const r = await admin("POST", "/admin/api/events", body, { "idempotency-key": key });
            if (r.status === 201) {
              created.push({ key, body, id: ((await r.json()) as { id: string }).id });
            } else await r.arrayBuffer();
          } else {
            const d = drafts[(w + i) % drafts.length] as (typeof drafts)[number];
            const r = await admin(
              "PATCH",
              `/admin/api/events/${d.id}`,
              { title: `Crash edit ${w}.${i}` },
              { "if-match": `"${d.acked}"` },
            );
            if (r.status === 200) {
              const v = ((await r.json()) as { version: number }).version;
              d.acked = Math.max(d.acked, v);
            } else await r.arrayBuffer();
          }
        } catch {
          // The server died under this request: it was never acknowledged.
        } finally {
          inFlight--;
        }
      }
    }
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
    const atKill = inFlight;
    await server.kill();
    server = null;
    stopped = true;
    await Promise.all(writers);
    console.log(
      `crash: SIGKILL after ${KILL_AFTER_MS} ms with ${atKill} writes in flight; ${sent} sent, ${created.length} creates acknowledged`,
    );
    if (created.length === 0) failures.push("no write was acknowledged before the kill");

    const check = dbCheck(persist);
    process.stdout.write(check.output);
    if (!check.ok) failures.push("the integrity checker found violations after the kill");

    server = await start();
    const again = client(server.url, await login(server.url, "editor@factline.local"));
    for (const c of created) {
      const r = await again("GET", `/admin/api/events/${c.id}`);
      await r.arrayBuffer();
      if (r.status !== 200) failures.push(`acknowledged create ${c.id} is gone (${r.status})`);
    }
    for (const d of drafts) {
      const r = await again("GET", `/admin/api/events/${d.id}`);
      const v = ((await r.json()) as { version: number }).version;
      if (v < d.acked) failures.push(`draft ${d.id} at v${v}, but v${d.acked} was acknowledged`);
    }
    const replay = created[0];
    if (replay) {
      // The same request again (same key, same body) answers with the record it created.
      const r = await again("POST", "/admin/api/events", replay.body, {
        "idempotency-key": replay.key,
      });
      const id = ((await r.json()) as { id?: string }).id;
      if (id !== replay.id) failures.push(`replayed key ${replay.key} answered ${r.status} ${id}`);
    }
    const fresh = await again("POST", "/admin/api/events", { title: "After", kind: "other" });
    await fresh.arrayBuffer();
    if (fresh.status !== 201) failures.push(`a write after the restart answered ${fresh.status}`);
    console.log(
      `crash: after restart ${created.length} acknowledged creates and ${drafts.length} drafts checked; replayed key and a new write ok`,
    );
  } finally {
    await server?.stop();
    rmSync(persist, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    for (const f of failures) console.error(`✗ ${f}`);
    process.exit(1);
  }
  console.log("crash: ok");
}

await main();
