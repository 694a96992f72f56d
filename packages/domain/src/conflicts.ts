import { z } from "zod";
import { ASSERTION_PROPERTIES, AssertionProperty, type Claim } from "./claim";
import { ClaimId, EventId } from "./ids";
import {
  comparePartialDates,
  type PartialDate,
  parsePartialDate,
  partialDatesOverlap,
} from "./partial-date";

/** One value asserted in a conflict, with the claims asserting it. */
export const ConflictValue = z
  .object({
    /** The value in canonical form (`2025-07-04`, `AF`, `12`). */
    value: z
      .string()
      .meta({ example: "2025-07-04" })
      .describe("The value in canonical form (`2025-07-04`, `AF`, `12`)."),
    /** The claims asserting this value, oldest first. */
    claimIds: z.array(ClaimId).describe("The claims asserting this value, oldest first."),
    /** The claims asserting it that are ranked preferred. */
    preferredClaimIds: z
      .array(ClaimId)
      .describe("The claims asserting it that are ranked preferred."),
    /** The claims asserting it that are ranked deprecated. */
    deprecatedClaimIds: z
      .array(ClaimId)
      .describe("The claims asserting it that are ranked deprecated."),
    /**
     * The other values in this conflict that this one contradicts. A date contradicts only the
     * dates it cannot be (`2025-07` contradicts `2025-08-01`, not `2025-07-04`).
     */
    contradicts: z
      .array(z.string())
      .describe(
        "The other values in this conflict that this one contradicts. A date contradicts only the dates it cannot be (`2025-07` contradicts `2025-08-01`, not `2025-07-04`).",
      ),
  })
  .meta({ id: "ConflictValue", description: "A value asserted in a conflict and who asserts it" });
export type ConflictValue = z.infer<typeof ConflictValue>;

/**
 * Claims about the same property of the same event asserting values that cannot all be true,
 * e.g. a post dating an announcement 4 July and reports dating it 3 July.
 */
export const ConflictSchema = z
  .object({
    /** A stable key, `<eventId>:<property>`, for links and React keys. */
    key: z
      .string()
      .meta({ example: "evt_01K6Z8Q0F8W3M5N7P9R1S3T5V7:event.date" })
      .describe("A stable key, `<eventId>:<property>`, for links and React keys."),
    /** The event the claims are about. */
    eventId: EventId.describe("The event the claims are about."),
    /** The property they disagree on. */
    property: AssertionProperty.describe("The property they disagree on."),
    /** Every distinct value asserted, in order (dates chronologically, others alphabetically). */
    values: z
      .array(ConflictValue)
      .min(2)
      .describe(
        "Every distinct value asserted, in order (dates chronologically, others alphabetically).",
      ),
    /** Every claim in the conflict, oldest first. */
    claimIds: z.array(ClaimId).describe("Every claim in the conflict, oldest first."),
    /**
     * Resolved when exactly one value has preferred claims and, once fully deprecated values
     * are set aside, no two remaining values contradict (see `detectConflicts`).
     */
    resolved: z
      .boolean()
      .describe(
        "Resolved when exactly one value has preferred claims and, once fully deprecated values are set aside, no two remaining values contradict (see `detectConflicts`).",
      ),
    /** The value the record prefers, when resolved. */
    preferredValue: z.string().nullable().describe("The value the record prefers, when resolved."),
  })
  .meta({ id: "Conflict", description: "Claims disagreeing on one property of one event" });
export type Conflict = z.infer<typeof ConflictSchema>;

/** The parts of a claim conflict detection reads. */
export type ConflictClaim = Pick<Claim, "id" | "eventIds" | "assertion" | "rank" | "status">;

const collapse = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ");

/**
 * The canonical form of an asserted value, so that spellings of the same value compare equal:
 * dates in PartialDate form (`2025-7-4` stays as typed if it does not parse), country codes in
 * upper case, numbers without separators, free text NFC-normalized, whitespace-collapsed and
 * lower-cased.
 */
export function canonicalAssertionValue(property: AssertionProperty, value: string): string {
  const v = collapse(value);
  switch (property) {
    case "event.date": {
      const r = parsePartialDate(v);
      return r.ok ? r.date.value : v;
    }
    case "event.place":
      return v.toUpperCase();
    case "event.actor":
      return v;
    case "event.casualties": {
      const digits = v.replace(/[\s,_]/g, "");
      return /^\d+$/.test(digits) ? String(Number(digits)) : v.toLowerCase();
    }
    case "event.outcome":
      return v.toLowerCase();
  }
}

function asDate(value: string): PartialDate | null {
  const r = parsePartialDate(value);
  return r.ok ? r.date : null;
}

/**
 * Whether two canonical values can both be true. Dates can when their ranges overlap: `2025-07`
 * and `2025-07-04` are the same claim at two precisions, not a dispute, so only dates that share
 * no day contradict. Every other property compares canonical values for equality.
 */
export function assertionValuesCompatible(
  property: AssertionProperty,
  a: string,
  b: string,
): boolean {
  if (a === b) return true;
  if (property === "event.date") {
    const da = asDate(a);
    const db = asDate(b);
    return da != null && db != null && partialDatesOverlap(da, db);
  }
  return false;
}

function compareValues(property: AssertionProperty, a: string, b: string): number {
  if (property === "event.date") {
    const da = asDate(a);
    const db = asDate(b);
    if (da && db) return comparePartialDates(da, db);
    if (da) return -1;
    if (db) return 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Finds the conflicts among `claims`: claims about the same event and the same assertion
 * property whose canonical values cannot all be true. Retracted claims and claims without an
 * assertion are ignored; a claim about several events takes part for each. Pure and
 * deterministic: conflicts come ordered by event id then property (in `ASSERTION_PROPERTIES`
 * order), values by `compareValues`, claim ids ascending (that is, oldest first).
 *
 * A conflict lists every value asserted for the property, including values compatible with all
 * others (a vague `2025-07` next to disputed `2025-07-03` / `2025-07-04`), so editors see every
 * claim involved. It is resolved when an editor has ranked it so: exactly one value has claims
 * ranked preferred, and the values left standing (those with any claim not deprecated) do not
 * contradict one another. So every contradicting value must be fully deprecated, while values
 * compatible with the preferred one (a vaguer date) may stay normal.
 */
export function detectConflicts(claims: readonly ConflictClaim[]): Conflict[] {
  // event id -> property -> canonical value -> claims
  const groups = new Map<string, Map<AssertionProperty, Map<string, ConflictClaim[]>>>();
  for (const claim of claims) {
    if (claim.status === "retracted" || !claim.assertion) continue;
    const { property } = claim.assertion;
    const value = canonicalAssertionValue(property, claim.assertion.value);
    for (const eventId of new Set(claim.eventIds)) {
      const byProperty = groups.get(eventId) ?? new Map();
      groups.set(eventId, byProperty);
      const byValue = byProperty.get(property) ?? new Map<string, ConflictClaim[]>();
      byProperty.set(property, byValue);
      byValue.set(value, [...(byValue.get(value) ?? []), claim]);
    }
  }

  const conflicts: Conflict[] = [];
  for (const eventId of [...groups.keys()].sort(byString)) {
    const byProperty = groups.get(eventId);
    if (!byProperty) continue;
    for (const property of ASSERTION_PROPERTIES) {
      const byValue = byProperty.get(property);
      if (!byValue || byValue.size < 2) continue;
      const keys = [...byValue.keys()].sort((a, b) => compareValues(property, a, b));
      const contradictions = new Map(
        keys.map((v) => [v, keys.filter((w) => !assertionValuesCompatible(property, v, w))]),
      );
      if ([...contradictions.values()].every((c) => c.length === 0)) continue;

      const values: ConflictValue[] = keys.map((value) => {
        const list = byValue.get(value) ?? [];
        const ids = (rank?: string) =>
          [...new Set(list.filter((c) => !rank || c.rank === rank).map((c) => c.id))].sort(
            byString,
          );
        return {
          value,
          claimIds: ids(),
          preferredClaimIds: ids("preferred"),
          deprecatedClaimIds: ids("deprecated"),
          contradicts: contradictions.get(value) ?? [],
        };
      });

      const preferred = values.filter((v) => v.preferredClaimIds.length > 0);
      const winner = preferred.length === 1 ? preferred[0] : undefined;
      const standing = values.filter((v) => v.deprecatedClaimIds.length < v.claimIds.length);
      const resolved =
        winner !== undefined &&
        standing.every((v) => v.contradicts.every((w) => !standing.some((s) => s.value === w)));

      conflicts.push({
        key: `${eventId}:${property}`,
        eventId,
        property,
        values,
        claimIds: [...new Set(values.flatMap((v) => v.claimIds))].sort(byString),
        resolved,
        preferredValue: resolved && winner ? winner.value : null,
      });
    }
  }
  return conflicts;
}
