import { asc, gt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { changesTable } from "../schema";

/** One entry of the public change feed. */
export type ChangeEntry = {
  seq: number;
  recordType: string;
  recordId: string;
  action: "upsert" | "retract" | "merge";
  mergedInto: string | null;
  at: string;
};

/** Changes after `since`, oldest first (the seq is the sync cursor). */
export async function listChanges(
  db: Database,
  since: number,
  limit: number,
): Promise<{ items: ChangeEntry[]; hasMore: boolean }> {
  const rows = await db
    .select()
    .from(changesTable)
    .where(gt(changesTable.seq, since))
    .orderBy(asc(changesTable.seq))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** A feed entry: the latest change of a record, with the record's text when it is public. */
export type FeedRow = ChangeEntry & {
  title: string | null;
  summary: string | null;
  updatedAt: string | null;
  slug: string | null;
};

/**
 * The latest change of each of the most recently changed events and claims, with their public
 * title and summary (null when the record is no longer public): the Atom feed's entries,
 * tombstones included. One statement.
 */
export async function listFeedChanges(db: Database, limit: number): Promise<FeedRow[]> {
  return db.all<FeedRow>(sql`
    SELECT ch.seq AS seq, ch.record_type AS recordType, ch.record_id AS recordId, ch.action AS action,
      ch.merged_into AS mergedInto, ch.at AS at,
      COALESCE(e.title, c.statement) AS title,
      COALESCE(e.summary, c.text) AS summary,
      COALESCE(e.updated_at, c.updated_at) AS updatedAt,
      e.slug AS slug
    FROM changes ch
    LEFT JOIN events e ON ch.record_type = 'event' AND e.id = ch.record_id
      AND e.status = 'published' AND e.merged_into IS NULL
    LEFT JOIN claims c ON ch.record_type = 'claim' AND c.id = ch.record_id
      AND c.status = 'published' AND c.merged_into IS NULL
    WHERE ch.record_type IN ('event', 'claim')
      AND ch.seq = (SELECT MAX(c2.seq) FROM changes c2
        WHERE c2.record_type = ch.record_type AND c2.record_id = ch.record_id)
    ORDER BY ch.seq DESC
    LIMIT ${limit}`);
}
