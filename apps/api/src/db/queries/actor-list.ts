import type { Actor } from "@factline/domain";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { toActor } from "../mappers";
import { actorsTable } from "../schema";
import { containsText } from "./text-match";
import { actorVisible, type Visibility } from "./visibility";

/** The sort key of an actor in lists: name, then id, ascending. */
export type ActorKey = { name: string; id: string };

export type ActorListFilters = {
  /** Case-insensitive substring of the name or an alias. */
  q?: string;
  kind?: string;
  after?: ActorKey;
  limit: number;
};

/** A page of actors by name, keyset-paginated on (name, id). */
export async function listActors(
  db: Database,
  f: ActorListFilters,
  v: Visibility = "public",
): Promise<{ items: Actor[]; hasMore: boolean; last: ActorKey | null }> {
  const where: (SQL | undefined)[] = [actorVisible(v)];
  if (f.q) {
    where.push(
      sql`(${containsText(actorsTable.name, f.q)} OR ${containsText(actorsTable.aliases, f.q)})`,
    );
  }
  if (f.kind) where.push(eq(actorsTable.kind, f.kind as Actor["kind"]));
  if (f.after) {
    where.push(
      sql`(${actorsTable.name} > ${f.after.name} OR (${actorsTable.name} = ${f.after.name} AND ${actorsTable.id} > ${f.after.id}))`,
    );
  }
  const rows = await db
    .select()
    .from(actorsTable)
    .where(and(...where))
    .orderBy(asc(actorsTable.name), asc(actorsTable.id))
    .limit(f.limit + 1);
  const hasMore = rows.length > f.limit;
  const items = rows.slice(0, f.limit).map(toActor);
  const lastItem = items[items.length - 1];
  return { items, hasMore, last: lastItem ? { name: lastItem.name, id: lastItem.id } : null };
}
