import type { RecordType, Revision } from "@factline/domain";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { type RevisionRow, revisionsTable, usersTable } from "../schema";

/** A revision with the name of who made it, for history views. */
export type RevisionWithUser = Revision & { userName: string | null };

/** A revisions row as the domain's Revision. */
export function toRevision(row: RevisionRow): Revision {
  return {
    id: row.id,
    recordType: row.recordType as RecordType,
    recordId: row.recordId,
    version: row.version,
    action: row.action as Revision["action"],
    userId: row.userId,
    createdAt: row.createdAt,
    diff: (row.diff as Revision["diff"]) ?? [],
    snapshot: (row.snapshot as Revision["snapshot"]) ?? null,
    note: row.note,
  };
}

/** Every revision of one record, newest first, with who made each. */
export async function listRevisions(
  db: Database,
  recordType: RecordType,
  recordId: string,
): Promise<RevisionWithUser[]> {
  const rows = await db
    .select({ revision: revisionsTable, userName: usersTable.name })
    .from(revisionsTable)
    .leftJoin(usersTable, eq(usersTable.id, revisionsTable.userId))
    .where(and(eq(revisionsTable.recordType, recordType), eq(revisionsTable.recordId, recordId)))
    .orderBy(desc(revisionsTable.version), desc(revisionsTable.id));
  return rows.map((r) => ({ ...toRevision(r.revision), userName: r.userName }));
}

/** One revision of one record, or null. */
export async function getRevision(
  db: Database,
  recordType: RecordType,
  recordId: string,
  revisionId: string,
): Promise<Revision | null> {
  const row = await db
    .select()
    .from(revisionsTable)
    .where(
      and(
        eq(revisionsTable.recordType, recordType),
        eq(revisionsTable.recordId, recordId),
        eq(revisionsTable.id, revisionId),
      ),
    )
    .orderBy(asc(revisionsTable.version))
    .get();
  return row ? toRevision(row) : null;
}
