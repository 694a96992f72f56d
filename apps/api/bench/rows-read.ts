/**
 * Rows D1 reads per request for every public endpoint, from the `Server-Timing` entry the
 * counting Worker adds (bench/rows-read-worker.ts, src/db/rows-read.ts). The endpoints come from the
 * served `/v1/openapi.json`, so a new public path without a sample here fails the bench instead
 * of going unmeasured.
 */
import { DEMO_EVENT_SLUG, DEMO_IDS } from "../src/seed/demo-ids";

const SAMPLES: Record<string, string[]> = {
  "/v1/health": ["/v1/health"],
  "/v1/events": [
    "/v1/events",
    "/v1/events?kind=diplomacy.recognition",
    `/v1/events?actor=${DEMO_IDS.actors.taliban}`,
    "/v1/events?place=AF",
    "/v1/events?from=2021&to=2025",
    "/v1/events?q=taliban",
  ],
  "/v1/events/{idOrSlug}": [`/v1/events/${DEMO_EVENT_SLUG}`],
  "/v1/claims": [
    "/v1/claims",
    "/v1/claims?modality=hedged",
    "/v1/claims?verdict=true",
    `/v1/claims?event=${DEMO_IDS.events.recognition}`,
    "/v1/claims?q=taliban",
  ],
  "/v1/claims/{id}": [`/v1/claims/${DEMO_IDS.claims.recognized}`],
  "/v1/sources/{id}": [`/v1/sources/${DEMO_IDS.sources.article}`],
  "/v1/actors": ["/v1/actors", "/v1/actors?q=rus"],
  "/v1/actors/{id}": [`/v1/actors/${DEMO_IDS.actors.taliban}`],
  "/v1/search": ["/v1/search?q=taliban", "/v1/search?q=russia"],
  "/v1/changes": ["/v1/changes"],
  "/v1/feed.atom": ["/v1/feed.atom"],
  "/v1/export.ndjson": ["/v1/export.ndjson"],
};

// The export is streamed, so its chunks are read after the headers are sent (only its version
// query counts).
const NOTES: Record<string, string> = {
  "/v1/export.ndjson": "streamed: only the version query before the body is counted",
};

export type RowsReadRow = {
  path: string;
  status: number;
  rowsRead: number | null;
  statements: number | null;
  note?: string;
};

/** GETs every sample of every public path on `base` and reads its rows_read. */
export async function publicRowsRead(base: string): Promise<RowsReadRow[]> {
  const doc = (await (await fetch(`${base}/v1/openapi.json`)).json()) as {
    paths: Record<string, unknown>;
  };
  const missing = Object.keys(doc.paths).filter((p) => !SAMPLES[p]);
  if (missing.length > 0) throw new Error(`no rows_read sample for ${missing.join(", ")}`);
  const out: RowsReadRow[] = [];
  for (const [template, samples] of Object.entries(SAMPLES)) {
    if (!(template in doc.paths)) continue;
    for (const path of samples) {
      const res = await fetch(`${base}${path}`, {
        headers: { "x-d1-bookmark": "first-unconstrained" },
      });
      await res.arrayBuffer();
      const m = /rows_read=(\d+) statements=(\d+)/.exec(res.headers.get("server-timing") ?? "");
      out.push({
        path,
        status: res.status,
        rowsRead: m ? Number(m[1]) : null,
        statements: m ? Number(m[2]) : null,
        note: NOTES[template],
      });
    }
  }
  return out;
}

/** The rows as a Markdown table; with `before`, a column for the same path at another scale. */
export function rowsReadTable(rows: RowsReadRow[], before?: RowsReadRow[], labels = ["", ""]) {
  const prior = new Map(before?.map((r) => [r.path, r]));
  const head = before
    ? `| request | rows_read ${labels[0]} | rows_read ${labels[1]} | statements |`
    : "| request | rows_read | statements |";
  const lines = [head, before ? "| --- | ---: | ---: | ---: |" : "| --- | ---: | ---: |"];
  for (const r of rows) {
    const n = (x: RowsReadRow | undefined) =>
      x?.rowsRead === null || x === undefined ? "—" : String(x.rowsRead);
    const status = r.status === 200 ? "" : ` (${r.status})`;
    const note = r.note ? ` (${r.note})` : "";
    const cells = before
      ? [`\`${r.path}\`${status}${note}`, n(prior.get(r.path)), n(r), String(r.statements ?? "—")]
      : [`\`${r.path}\`${status}${note}`, n(r), String(r.statements ?? "—")];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}
