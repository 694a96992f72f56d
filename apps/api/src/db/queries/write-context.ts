import {
  diffRecords,
  newId,
  type RecordType,
  type RevisionAction,
  type Role,
  type VersionedRecordType,
} from "@factline/domain";
import type { Database } from "../client";
import { changesTable, revisionsTable } from "../schema";
import type { PendingIdempotency } from "./idempotency";

/** Who writes and when: every write function takes it, so tests can fix the clock. */
export type WriteContext = {
  user: { id: string; role: Role } | null;
  /** ISO 8601 timestamp of the write. */
  now: string;
  /** The Idempotency-Key the request reserved: a create's batch stores its outcome with it. */
  idempotency?: PendingIdempotency | null;
};

/** The revision row for one change: who, when, the diff and the whole record after it. */
export function revisionInsert(
  db: Database,
  ctx: WriteContext,
  args: {
    recordType: RecordType;
    recordId: string;
    version: number;
    action: RevisionAction;
    before: object | null;
    after: object | null;
    note?: string | null;
  },
) {
  return db.insert(revisionsTable).values({
    id: newId("rev"),
    recordType: args.recordType,
    recordId: args.recordId,
    version: args.version,
    action: args.action,
    userId: ctx.user?.id ?? null,
    createdAt: ctx.now,
    diff: diffRecords(
      args.before as Record<string, unknown> | null,
      args.after as Record<string, unknown> | null,
    ),
    snapshot: args.after,
    note: args.note ?? null,
  });
}

/** A row in the public change feed (`/v1/changes`). */
export function changeInsert(
  db: Database,
  ctx: WriteContext,
  args: {
    recordType: VersionedRecordType;
    recordId: string;
    action: "upsert" | "retract" | "merge";
    mergedInto?: string | null;
  },
) {
  return db.insert(changesTable).values({
    recordType: args.recordType,
    recordId: args.recordId,
    action: args.action,
    mergedInto: args.mergedInto ?? null,
    at: ctx.now,
  });
}

/**
 * The change-feed action a workflow record's write implies: published records announce every
 * change, a record leaving published leaves a tombstone, records never published stay private.
 * A record merged away (`mergedInto`) announces the merge, if readers ever saw it.
 */
export function feedAction(
  before: { status: string } | null,
  after: { status: string },
  mergedInto?: string | null,
): "upsert" | "retract" | "merge" | null {
  if (mergedInto) return before?.status === "published" ? "merge" : null;
  if (after.status === "published") return "upsert";
  if (before?.status === "published") return "retract";
  return null;
}
