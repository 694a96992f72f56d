import { env } from "cloudflare:workers";
import { parsePartialDate } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { claimListQuery } from "../../src/db/queries/claim-list";
import { eventListQuery } from "../../src/db/queries/event-list";

/*
 * EXPLAIN QUERY PLAN of the list statements, as SQLite reports them on the migrated schema:
 *
 * events, default order   SEARCH events USING INDEX events_status_date_idx (status=?)  (keyset walks it)
 * events?kind=            SEARCH events USING INDEX events_status_kind_date_id_idx (status=? AND kind=?)
 * events?from=&to=        SEARCH events USING INDEX events_status_date_idx (status=? AND date_earliest<?)
 * events?actor=           LIST SUBQUERY: SEARCH ea USING COVERING INDEX event_actors_actor_idx (actor_id=?)
 * events?place=           LIST SUBQUERY: SEARCH ep USING COVERING INDEX event_places_country_idx (country=?)
 * events?q=               LIST SUBQUERY: SCAN events_fts VIRTUAL TABLE INDEX 0:M2 (the FTS5 index)
 * events?updated_since=   SEARCH events USING INDEX events_status_updated_idx (status=? AND updated_at>?)
 *                         + TEMP B-TREE to sort the (already filtered) rows by date
 * links (JSON columns)    SEARCH … USING COVERING INDEX sqlite_autoindex_event_actors_1 (event_id=?) etc.
 * claims, default order   SEARCH claims USING INDEX claims_status_updated_idx (status=?)
 * claims?modality=        SEARCH claims USING INDEX claims_status_modality_updated_idx (status=? AND modality=?)
 * claims?event=           LIST SUBQUERY: SEARCH ce USING COVERING INDEX claim_events_event_idx (event_id=?)
 * claims?verdict=         SEARCH claims USING INDEX claims_status_verdict_updated_idx (status=? AND verdict=?)
 *                         (the current verdict is stored on the claim, in list order: no full sort)
 */
type PlanRow = { detail: string };

async function plan(q: { toSQL(): { sql: string; params: unknown[] } }): Promise<string[]> {
  const { sql, params } = q.toSQL();
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<PlanRow>();
  return results.map((r) => r.detail);
}

const db = () => createDb(env.DB);
const day = (v: string) => {
  const r = parsePartialDate(v);
  if (!r.ok) throw new Error(r.message);
  return r.date;
};

// A plain "SCAN <table>" (no index) over a base table means the filter or sort is unindexed.
const fullScans = (steps: string[]) =>
  steps.filter((s) =>
    /^SCAN (events|claims|actors|sources|event_actors|claim_events)\b(?! USING)/.test(s),
  );

describe("query plans for the public list filters and sorts", () => {
  it.each([
    ["default order", {}],
    ["kind", { kind: "diplomacy.recognition" }],
    ["date range", { from: day("2021"), to: day("2025") }],
    ["actor", { actorId: "act_01JZ0DEM000000000000000001" }],
    ["place", { place: "AF" }],
    ["text", { match: '"taliban"' }],
    ["updated_since", { updatedSince: "2025-01-01T00:00:00Z" }],
    ["cursor", { after: { date: "2025-07-04", id: "evt_01JZ0DEM000000000000000001" } }],
  ])("events by %s use an index", async (_name, filters) => {
    const steps = await plan(eventListQuery(db(), { limit: 20, ...filters }));
    expect(fullScans(steps)).toEqual([]);
    expect(steps.join("\n")).toMatch(/USING (COVERING )?INDEX|VIRTUAL TABLE|PRIMARY KEY/);
  });

  it.each([
    ["default order", {}],
    ["event", { eventId: "evt_01JZ0DEM000000000000000001" }],
    ["modality", { modality: "hedged" }],
    ["verdict", { verdict: "true" }],
    ["text", { match: '"taliban"' }],
    [
      "cursor",
      { after: { updatedAt: "2025-07-05T12:00:00.000Z", id: "clm_01JZ0DEM000000000000000001" } },
    ],
  ])("claims by %s use an index", async (_name, filters) => {
    const steps = await plan(claimListQuery(db(), { limit: 20, ...filters }));
    expect(fullScans(steps)).toEqual([]);
  });

  it("claims?verdict= searches the stored verdict's index in list order, reading no reviews", async () => {
    const steps = await plan(
      claimListQuery(db(), {
        limit: 20,
        verdict: "false",
        after: { updatedAt: "2025-07-05T12:00:00.000Z", id: "clm_01JZ0DEM000000000000000001" },
      }),
    );
    expect(steps[0]).toMatch(
      /^SEARCH claims USING INDEX claims_status_verdict_updated_idx \(status=\? AND verdict=\?/,
    );
    // Rows come in updated_at order from the index; SQLite may still sort ties by id ("LAST
    // TERM"), never the whole result.
    expect(steps.join("\n")).not.toContain("USE TEMP B-TREE FOR ORDER BY");
    // The one read of reviews left is the selected claims' own review (their JSON column).
    expect(steps.filter((s) => /reviews|rv\b/.test(s)).length).toBeLessThanOrEqual(2);
  });
});
