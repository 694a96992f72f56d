import { DomainError } from "@factline/domain";
import { and, inArray, isNull } from "drizzle-orm";
import type { Database } from "../db/client";
import { actorsTable, claimsTable, eventsTable, sourcesTable } from "../db/schema";

/** A reference a write makes to another record, and the request field it came from. */
export type Reference = {
  kind: "event" | "source" | "actor" | "claim";
  id: string;
  /** `body.eventIds.0`, `body.actors.1.actorId`, … */
  path: string;
};

const TABLES = {
  event: eventsTable,
  source: sourcesTable,
  actor: actorsTable,
  claim: claimsTable,
} as const;

/**
 * Refuses (400, naming every bad field) references to records that do not exist or were merged
 * away. The tables carry no foreign keys between records (links survive retraction, and merges
 * re-point them), so this is where a dangling id is stopped. Records are never deleted, so a
 * reference checked here stays valid when the batch runs.
 */
export async function assertReferences(db: Database, refs: readonly Reference[]): Promise<void> {
  if (refs.length === 0) return;
  const kinds = [...new Set(refs.map((r) => r.kind))];
  const found = new Set<string>();
  // One statement per kind, all in one batch; ids chunked under D1's 100 bound parameters.
  const statements = kinds.flatMap((kind) => {
    const table = TABLES[kind];
    const ids = [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += 90) chunks.push(ids.slice(i, i + 90));
    return chunks.map((chunk) =>
      db
        .select({ id: table.id })
        .from(table)
        .where(and(inArray(table.id, chunk), isNull(table.mergedInto))),
    );
  });
  const [first, ...rest] = statements;
  if (!first) return;
  const results = await db.batch([first, ...rest]);
  for (const rows of results) for (const row of rows) found.add(row.id);
  const missing = refs.filter((r) => !found.has(r.id));
  if (missing.length > 0) {
    const errors = missing.map((r) => ({
      path: r.path,
      message: `no ${r.kind} with id ${r.id} (or it was merged into another)`,
    }));
    throw new DomainError(
      "validation_failed",
      errors.map((e) => `${e.path}: ${e.message}`).join("; "),
      {
        errors,
      },
    );
  }
}

/**
 * Where each referenced record lives now: itself, the record it was merged into (following a
 * chain of merges), or null when no such record exists. For a restore, whose snapshot may name
 * records merged away since it was taken.
 */
export async function survivorsOf(
  db: Database,
  kind: Reference["kind"],
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  const table = TABLES[kind];
  const out = new Map<string, string | null>();
  let pending = new Map([...new Set(ids)].map((id) => [id, id]));
  // Merge chains are short and acyclic (the integrity checker asserts it); bound them anyway.
  for (let hop = 0; hop < 16 && pending.size > 0; hop++) {
    const rows = await db
      .select({ id: table.id, mergedInto: table.mergedInto })
      .from(table)
      .where(inArray(table.id, [...new Set(pending.values())]));
    const byId = new Map(rows.map((r) => [r.id, r.mergedInto]));
    const next = new Map<string, string>();
    for (const [origin, current] of pending) {
      if (!byId.has(current)) out.set(origin, null);
      else if (byId.get(current) === null) out.set(origin, current);
      else next.set(origin, byId.get(current) as string);
    }
    pending = next;
  }
  for (const origin of pending.keys()) out.set(origin, null);
  return out;
}
