import { and, asc, desc, gt, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { revisionsTable } from "../schema";

/** One write to a record, as editors' screens need it to notice a colleague's edit. */
export type AdminChange = {
  /** The revision's id: the cursor (ids sort by time). */
  id: string;
  type: "event" | "claim" | "source" | "actor";
  recordId: string;
  version: number;
  action: string;
  userId: string | null;
  at: string;
};

const TYPES = ["event", "claim", "source", "actor"] as const;

/**
 * Writes after the revision `after`, oldest first; without `after`, the latest `limit` writes
 * (still oldest first) so a screen can start from "now". Reads the revisions table, which every
 * write fills in its own batch, so drafts count too (the public feed only has published records).
 */
export async function listAdminChanges(
  db: Database,
  after: string | undefined,
  limit: number,
): Promise<AdminChange[]> {
  const columns = {
    id: revisionsTable.id,
    type: revisionsTable.recordType,
    recordId: revisionsTable.recordId,
    version: revisionsTable.version,
    action: revisionsTable.action,
    userId: revisionsTable.userId,
    at: revisionsTable.createdAt,
  };
  const versioned = inArray(revisionsTable.recordType, [...TYPES]);
  const rows = after
    ? await db
        .select(columns)
        .from(revisionsTable)
        .where(and(versioned, gt(revisionsTable.id, after)))
        .orderBy(asc(revisionsTable.id))
        .limit(limit)
    : (
        await db
          .select(columns)
          .from(revisionsTable)
          .where(versioned)
          .orderBy(desc(revisionsTable.id))
          .limit(limit)
      ).reverse();
  return rows as AdminChange[];
}
