import { type Claim, type Conflict, detectConflicts } from "@factline/domain";
import { and, isNotNull, isNull, ne } from "drizzle-orm";
import type { Database } from "../client";
import { claimsTable } from "../schema";
import { loadClaimsWhere } from "./write/load";

/** A conflict with the claims in it, for the editors' resolution screen. */
export type ConflictWithClaims = Conflict & { claims: Claim[] };

/**
 * Conflicts among all live claims with a structured assertion, by the domain's
 * `detectConflicts` (so the UI and the API agree on what a conflict is). `open` keeps only the
 * unresolved ones.
 */
export async function listConflicts(
  db: Database,
  opts: { open: boolean; eventId?: string } = { open: true },
): Promise<ConflictWithClaims[]> {
  const claims = await loadClaimsWhere(
    db,
    and(
      isNotNull(claimsTable.assertionProperty),
      ne(claimsTable.status, "retracted"),
      isNull(claimsTable.mergedInto),
    ),
  );
  const byId = new Map(claims.map((c) => [c.id, c]));
  return detectConflicts(claims)
    .filter((c) => !opts.open || !c.resolved)
    .filter((c) => !opts.eventId || c.eventId === opts.eventId)
    .map((c) => ({
      ...c,
      claims: c.claimIds.map((id) => byId.get(id)).filter((x): x is Claim => x !== undefined),
    }));
}
