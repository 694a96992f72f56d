import type { RevisionAction } from "@factline/domain";
import { DomainError } from "@factline/domain";
import { and, eq } from "drizzle-orm";
import type {
  AnySQLiteColumn,
  SQLiteInsertValue,
  SQLiteTable,
  SQLiteUpdateSetSource,
} from "drizzle-orm/sqlite-core";
import type { Database } from "../db/client";
import { revisionInsert, type WriteContext } from "../db/queries/write-context";
import { type VersionedType, versionGuard } from "../db/queries/write-guard";
import { type Statements, staleVersion } from "./batch";

// What actors, sources, events and claims share when they are written: every edit makes the
// next version, lands only if the stored row is still at the version read, and leaves a
// revision. What each record adds (links, evidence, the change feed) stays in its own module.

type Versioned = { id: string; version: number };

/** A table whose rows are versioned records: an `id` key and a `version` column. */
type VersionedTable = SQLiteTable & { id: AnySQLiteColumn; version: AnySQLiteColumn };

/** The fields a PATCH body sets; a field left out (undefined) keeps its stored value. */
export function definedFields<R>(input: object): Partial<R> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<R>;
}

/** `before` with `change` applied as the next version, written at `now`. */
export function nextVersion<R extends Versioned & { updatedAt: string }>(
  before: R,
  change: Partial<R>,
  now: string,
): R {
  return { ...before, ...change, id: before.id, version: before.version + 1, updatedAt: now };
}

/** 412 with the stored record unless the client read the version stored now (null: no check). */
export function assertVersion(record: Versioned, expectedVersion: number | null): void {
  if (expectedVersion !== null && record.version !== expectedVersion) {
    throw staleVersion(record.version, record);
  }
}

/**
 * 410 for a record merged into another: edits go to the survivor. `advice` is appended to the
 * message as each record type has always worded it.
 */
export function assertNotMerged(
  label: string,
  id: string,
  mergedInto: string | null,
  advice = "",
): void {
  if (mergedInto) {
    throw new DomainError("gone", `${label} ${id} was merged into ${mergedInto}${advice}`, {
      extra: { mergedInto },
    });
  }
}

/**
 * The row half of a write: for an edit, the version guard (which aborts the batch if someone
 * else wrote since `before` was read) and the update at that version; for a new record, the
 * insert of `insertValues`.
 */
export function versionedRowStatements<T extends VersionedTable>(
  db: Database,
  type: VersionedType,
  table: T,
  before: Versioned | null,
  updateSet: SQLiteUpdateSetSource<T>,
  insertValues: SQLiteInsertValue<T>,
): Statements {
  if (!before) return [db.insert(table).values(insertValues)];
  return [
    versionGuard(db, type, before.id, before.version),
    db
      .update(table)
      .set(updateSet)
      .where(and(eq(table.id, before.id), eq(table.version, before.version))),
  ];
}

/** The revision row for a write of `after` (the diff from `before`, the snapshot, the note). */
export function revisionStatement(
  db: Database,
  ctx: WriteContext,
  type: VersionedType,
  before: object | null,
  after: Versioned,
  action: RevisionAction,
  note?: string | null,
) {
  return revisionInsert(db, ctx, {
    recordType: type,
    recordId: after.id,
    version: after.version,
    action,
    before,
    after,
    note,
  });
}
