import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import {
  SEARCH_TYPES,
  type SearchKey,
  type SearchType,
  searchStatement,
} from "../../src/db/queries/search";

/*
 * The search statement must be driven by its FTS indexes: base tables (events e, claims c,
 * sources s) are only reached by rowid for hits already found. A plan that walks a base table
 * (e.g. SEARCH c USING INDEX claims_status_…) and probes FTS once per row took over a second
 * at 100k claims.
 */
type PlanRow = { detail: string };

async function plan(types: readonly SearchType[], after?: SearchKey): Promise<string[]> {
  const rows = await createDb(env.DB).all<PlanRow>(
    sql`EXPLAIN QUERY PLAN ${searchStatement('"taliban"*', { types, limit: 21, after })}`,
  );
  return rows.map((r) => r.detail);
}

const baseTableStep = /^(SCAN|SEARCH) (events|claims|sources|e|c|s)\b/;

describe("query plan of GET /v1/search", () => {
  const cases: SearchType[][] = [[...SEARCH_TYPES], ["claim"], ["event", "source"]];
  const after: SearchKey = { score: -1.5, type: "claim", rid: 7 };
  it.each(cases.flatMap((t) => [[t, undefined] as const, [t, after] as const]))(
    "for %j (cursor %j) scans FTS indexes and reads base rows only by rowid",
    async (types, key) => {
      const steps = await plan(types, key);
      const fts = steps.filter((s) => / VIRTUAL TABLE /.test(s)).join("\n");
      if (types.includes("claim")) expect(fts).toContain("SCAN claims_public_fts VIRTUAL TABLE");
      if (types.includes("event")) expect(fts).toContain("SCAN events_public_fts VIRTUAL TABLE");
      if (types.includes("source")) expect(fts).toContain("SCAN sources_fts VIRTUAL TABLE");
      const base = steps.filter((s) => baseTableStep.test(s));
      expect(base.length).toBeGreaterThan(0);
      for (const step of base) expect(step).toMatch(/USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    },
  );
});
