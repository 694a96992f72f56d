import { env } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { conflictCandidates } from "../../src/db/queries/conflicts";
import { queueStatements } from "../../src/db/queries/queue";
import { claimsTable } from "../../src/db/schema";

/*
 * EXPLAIN QUERY PLAN of the review queue's and the conflicts screen's reads, on the migrated
 * schema: both must read through an index, never every claim or event.
 *
 * queue counts        SEARCH claims/events USING … INDEX …_status_… (status=?)
 * queue pages         SEARCH claims/events USING INDEX …_status_updated_idx (status=? …), in order
 *                     (a bucket that excludes a table reads it by primary key: nothing)
 * conflict candidates SEARCH claims USING INDEX claims_assertion_idx (assertion_property=?)
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
// A plain "SCAN <table>" (no index) over a base table reads every row of it.
const fullScans = (steps: string[]) =>
  steps.filter((s) => /^SCAN (events|claims)\b(?! USING)/.test(s));

describe("query plans of the admin queue and conflicts", () => {
  it.each([
    ["every bucket", { limit: 50, cursor: null }],
    ["unreviewed claims", { bucket: "unreviewed_claims" as const, limit: 50, cursor: null }],
    ["event drafts", { bucket: "event_drafts" as const, limit: 50, cursor: null }],
    [
      "a later page",
      {
        limit: 50,
        cursor: { since: "2025-07-05T12:00:00.000Z", id: "clm_01JZ0DEM000000000000000001" },
      },
    ],
  ])("the queue (%s) reads claims and events through their status indexes", async (_n, opts) => {
    const statements = queueStatements(db(), opts);
    expect(statements).toHaveLength(4);
    for (const statement of statements) {
      const steps = await plan(statement);
      expect(fullScans(steps), steps.join("\n")).toEqual([]);
      expect(steps.join("\n")).toMatch(/USING (COVERING )?INDEX /);
    }
  });

  it("the queue's pages come in index order (no sort of the whole table)", async () => {
    const [, , claims, events] = queueStatements(db(), {
      bucket: "unreviewed_claims",
      limit: 50,
      cursor: null,
    });
    for (const statement of [claims, events]) {
      const steps = await plan(statement);
      expect(
        steps.some((s) => /USE TEMP B-TREE FOR ORDER BY/.test(s)),
        steps.join("\n"),
      ).toBe(false);
    }
  });

  it("conflicts are looked for among claims with an assertion, found through its index", async () => {
    const steps = await plan(db().select().from(claimsTable).where(conflictCandidates()));
    expect(fullScans(steps), steps.join("\n")).toEqual([]);
    expect(steps.join("\n")).toMatch(/USING INDEX claims_assertion_idx/);
    // The same filter for one event's conflicts stays on an index too.
    const oneEvent = await plan(
      db()
        .select()
        .from(claimsTable)
        .where(and(conflictCandidates(), eq(claimsTable.id, "clm_01JZ0DEM000000000000000001"))),
    );
    expect(fullScans(oneEvent)).toEqual([]);
  });
});
