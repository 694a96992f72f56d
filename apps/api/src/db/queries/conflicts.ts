import { ASSERTION_PROPERTIES, type Claim, type Conflict, detectConflicts } from "@factline/domain";
import { and, inArray, isNull, ne } from "drizzle-orm";
import type { Database } from "../client";
import { claimsTable, eventsTable } from "../schema";
import { loadClaimsWhere } from "./load";

/** A conflict with the claims in it and its event's title, for the resolution screen. */
export type ConflictWithClaims = Conflict & {
  claims: Claim[];
  event: { id: string; title: string } | null;
};

/**
 * Conflicts among all live claims with a structured assertion, by the domain's
 * `detectConflicts` (so the UI and the API agree on what a conflict is). `open` keeps only the
 * unresolved ones.
 */
/**
 * The claims conflicts are looked for among: live ones with a structured assertion. Named by the
 * domain's properties (not `IS NOT NULL`, which SQLite answers by reading every claim), so the
 * assertion index finds them.
 */
export function conflictCandidates() {
  return and(
    inArray(claimsTable.assertionProperty, [...ASSERTION_PROPERTIES]),
    ne(claimsTable.status, "retracted"),
    isNull(claimsTable.mergedInto),
  );
}

export async function listConflicts(
  db: Database,
  opts: { open: boolean; eventId?: string } = { open: true },
): Promise<ConflictWithClaims[]> {
  const claims = await loadClaimsWhere(db, conflictCandidates());
  const byId = new Map(claims.map((c) => [c.id, c]));
  const conflicts = detectConflicts(claims)
    .filter((c) => !opts.open || !c.resolved)
    .filter((c) => !opts.eventId || c.eventId === opts.eventId);
  const titles = await eventTitles(db, [...new Set(conflicts.map((c) => c.eventId))]);
  return conflicts.map((c) => ({
    ...c,
    claims: c.claimIds.map((id) => byId.get(id)).filter((x): x is Claim => x !== undefined),
    event: titles.has(c.eventId) ? { id: c.eventId, title: titles.get(c.eventId) ?? "" } : null,
  }));
}

// Chunked under D1's 100 bound parameters a statement; one batch for all chunks.
async function eventTitles(db: Database, ids: string[]): Promise<Map<string, string>> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 90) chunks.push(ids.slice(i, i + 90));
  const [first, ...rest] = chunks.map((chunk) =>
    db
      .select({ id: eventsTable.id, title: eventsTable.title })
      .from(eventsTable)
      .where(inArray(eventsTable.id, chunk)),
  );
  if (!first) return new Map();
  const results = await db.batch([first, ...rest]);
  return new Map(results.flat().map((r) => [r.id, r.title]));
}
