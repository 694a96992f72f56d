import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { newId } from "@factline/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { meteredBinding, RowsRead } from "../../src/db/rows-read";
import { DEMO_EVENT_SLUG, DEMO_IDS } from "../../src/seed/demo-ids";
import { api } from "../support/api";
import { makeClaimsBulk, makeSource } from "../support/factories";
import { seedDemo } from "../support/seed";

/*
 * Rows D1 reads per public request: the real app given a DB binding that sums every statement's
 * meta.rows_read (src/db/rows-read.ts, as the benchmark's bench/rows-read-worker.ts does). The
 * regression test below is the row-count guard for the public endpoints: records that no answer
 * needs must not make an endpoint read more rows.
 */
const app = createApp();
let client = 0;

type Metered = { status: number; body: string; rowsRead: number; statements: number };

/** A GET through the app with the counting binding; the bookmark skips the edge cache. */
async function metered(path: string): Promise<Metered> {
  client += 1;
  const req = new Request(`http://factline.test${path}`, {
    headers: {
      "cf-connecting-ip": `198.51.100.${client % 250}`,
      "x-d1-bookmark": "first-unconstrained",
    },
  });
  const meter = new RowsRead();
  const ctx = createExecutionContext();
  const res = await app.fetch(req, { ...env, DB: meteredBinding(env.DB, meter) }, ctx);
  // Counted when the response starts, as the bench's Server-Timing is: a streamed body (the
  // export) reads the rest while it is sent.
  const timing = meter.serverTiming();
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  const m = /^d1;dur=[\d.]+;desc="rows_read=(\d+) statements=(\d+)"$/.exec(timing);
  if (!m) throw new Error(`GET ${path}: unexpected count ${timing}`);
  return { status: res.status, body, rowsRead: Number(m[1]), statements: Number(m[2]) };
}

const ENDPOINTS = [
  "/v1/events",
  `/v1/events/${DEMO_EVENT_SLUG}`,
  "/v1/events?kind=diplomacy.recognition",
  "/v1/claims",
  `/v1/claims/${DEMO_IDS.claims.recognized}`,
  "/v1/claims?modality=hedged",
  `/v1/claims?event=${DEMO_IDS.events.recognition}`,
  `/v1/events?actor=${DEMO_IDS.actors.taliban}`,
  "/v1/events?place=AF",
  "/v1/events?q=taliban",
  "/v1/claims?q=taliban",
  `/v1/sources/${DEMO_IDS.sources.article}`,
  "/v1/actors",
  `/v1/actors/${DEMO_IDS.actors.taliban}`,
  "/v1/search?q=taliban",
  "/v1/changes",
  "/v1/feed.atom",
  // Streamed: only the version query before the body is counted, which must not scan.
  "/v1/export.ndjson",
];

beforeAll(async () => {
  await seedDemo();
});

describe("rows read per public request", () => {
  it("counts every statement of the event detail's batch and leaves the answer unchanged", async () => {
    const on = await metered(`/v1/events/${DEMO_EVENT_SLUG}`);
    expect(on.status).toBe(200);
    expect(on.statements).toBe(5);
    expect(on.rowsRead).toBeGreaterThan(0);
    const off = await api(`/v1/events/${DEMO_EVENT_SLUG}`, {
      headers: { "x-d1-bookmark": "first-unconstrained" },
    });
    expect(on.body).toBe(await off.text());
  });

  it("counts drizzle selects (raw rows, re-run for their meta) without changing their rows", async () => {
    // The claims list reads through drizzle's select builder, i.e. D1 raw(), which has no meta.
    const on = await metered("/v1/claims?limit=5");
    expect(on.statements).toBeGreaterThan(0);
    expect(on.rowsRead).toBeGreaterThan(0);
    const off = await api("/v1/claims?limit=5", {
      headers: { "x-d1-bookmark": "first-unconstrained" },
    });
    expect(JSON.parse(on.body)).toEqual(await off.json());
  });

  it("does not grow with records the answers do not need (300 more claims, 100 more events)", async () => {
    const before = new Map<string, number>();
    for (const path of ENDPOINTS) {
      const r = await metered(path);
      expect(r.status, path).toBe(200);
      before.set(path, r.rowsRead);
    }

    // Unrelated records: published claims citing a new source, with text no query above
    // matches, and published events of another kind, none linked to the demo records.
    const source = await makeSource({ title: "Harvest statistics bulletin" });
    await makeClaimsBulk(300, source);
    const at = new Date().toISOString();
    await env.DB.batch(
      Array.from({ length: 100 }, (_, i) =>
        env.DB.prepare(
          "INSERT INTO events (id, slug, title, summary, kind, status, version, created_at, updated_at, published_at) VALUES (?, ?, ?, '', 'other', 'published', 1, ?, ?, ?)",
        ).bind(newId("evt"), `harvest-report-${i}`, `Harvest report ${i}`, at, at, at),
      ),
    );

    const grown: string[] = [];
    for (const path of ENDPOINTS) {
      const r = await metered(path);
      const was = before.get(path) ?? 0;
      // A page of new records may replace old ones in a list (a few rows more per page); a scan
      // of the new records would add hundreds.
      if (r.rowsRead > was + 60) grown.push(`${path}: ${was} -> ${r.rowsRead}`);
    }
    expect(grown).toEqual([]);
  });
});
