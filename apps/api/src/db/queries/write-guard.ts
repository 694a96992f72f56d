import type { VersionedRecordType } from "@factline/domain";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Database } from "../client";

/**
 * Declared here, not in db/schema, on purpose: the table and its trigger come from the
 * hand-written migration 0003_write_guards, and drizzle-kit must not try to create the table a second time.
 * Inserted through drizzle's builder because drizzle's D1 batch cannot bind raw `sql` params.
 */
export const writeGuardsTable = sqliteTable("write_guards", {
  recordType: text("record_type").notNull(),
  recordId: text("record_id").notNull(),
  expectedVersion: integer("expected_version").notNull(),
});

/** Record kinds that carry a version and can be guarded (see migrations/0003_write_guards.sql). */
export type VersionedType = VersionedRecordType;

/** The message the write_guards trigger raises; D1 puts it in the batch's error. */
export const VERSION_MISMATCH = "factline_version_mismatch";

/**
 * A batch statement that aborts the whole batch unless `type`/`id` is stored at `version`.
 * Put it before the statements that change the record: it must see the version as read.
 */
export function versionGuard(db: Database, type: VersionedType, id: string, version: number) {
  return db
    .insert(writeGuardsTable)
    .values({ recordType: type, recordId: id, expectedVersion: version });
}

function messages(err: unknown, depth = 0): string[] {
  if (err == null || depth > 5) return [];
  const own = err instanceof Error ? err.message : String(err);
  const cause = err instanceof Error ? (err as Error & { cause?: unknown }).cause : undefined;
  return [own, ...messages(cause, depth + 1)];
}

/** True when a failed batch was stopped by a version guard. */
export function isVersionMismatch(err: unknown): boolean {
  return messages(err).some((m) => m.includes(VERSION_MISMATCH));
}

/** The unique index a failed batch violated (`events.slug`), or null for any other failure. */
export function uniqueViolation(err: unknown): string | null {
  for (const m of messages(err)) {
    const match = /UNIQUE constraint failed: ([\w.]+)/.exec(m);
    if (match?.[1]) return match[1];
  }
  return null;
}
