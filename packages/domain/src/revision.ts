import { z } from "zod";
import { Timestamp } from "./common";
import { RevisionId, UserId } from "./ids";

/** The kinds of record that keep revisions. */
export const RecordType = z
  .enum(["event", "source", "claim", "actor", "evidence", "review", "user"])
  .meta({ description: "The kind of record" });
export type RecordType = z.infer<typeof RecordType>;

/** The records with a version, a revision history and restore (the admin's CRUD records). */
export const VersionedRecordType = RecordType.extract(["event", "claim", "source", "actor"]);
export type VersionedRecordType = z.infer<typeof VersionedRecordType>;

/** What a revision did to its record. */
export const RevisionAction = z
  .enum(["create", "update", "transition", "rank", "retract", "restore", "merge", "delete"])
  .meta({ description: "What the change did" });
export type RevisionAction = z.infer<typeof RevisionAction>;

/** One changed field: its value before and after. */
export const FieldChange = z
  .object({
    /** Dotted path of the field, e.g. `date` or `actors`. */
    path: z.string().describe("Dotted path of the field, e.g. `date` or `actors`."),
    /** The value before (absent for a new field). */
    before: z.unknown().describe("The value before (absent for a new field)."),
    /** The value after (absent for a removed field). */
    after: z.unknown().describe("The value after (absent for a removed field)."),
  })
  .meta({ id: "FieldChange", description: "A field's value before and after" });
export type FieldChange = z.infer<typeof FieldChange>;

/** Every change to every record: who, when, what. Written in the same batch as the change. */
export const RevisionSchema = z
  .object({
    /** The revision's id (`rev_…`). */
    id: RevisionId.describe("The revision's id (`rev_…`)."),
    /** The kind of record changed. */
    recordType: RecordType.describe("The kind of record changed."),
    /** The id of the record changed. */
    recordId: z.string().describe("The id of the record changed."),
    /** The record's version after this change. */
    version: z.number().int().min(1).describe("The record's version after this change."),
    /** What the change did. */
    action: RevisionAction.describe("What the change did."),
    /** Who made it; null for system changes such as seeding. */
    userId: UserId.nullable().describe("Who made it; null for system changes such as seeding."),
    /** When. */
    createdAt: Timestamp.describe("When."),
    /** The fields that changed. */
    diff: z.array(FieldChange).describe("The fields that changed."),
    /** The whole record after the change, so any revision can be restored. */
    snapshot: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe("The whole record after the change, so any revision can be restored."),
    /** Why, when the editor said. */
    note: z.string().nullable().describe("Why, when the editor said."),
  })
  .meta({ id: "Revision", description: "One change to one record" });
export type Revision = z.infer<typeof RevisionSchema>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// JSON with object keys sorted, so `{a, b}` and `{b, a}` compare equal: rows read back from D1
// and objects built in handlers list the same keys in different orders.
function stableJson(v: unknown): string | undefined {
  return JSON.stringify(v, (_key, value: unknown) => {
    if (!isPlainObject(value)) return value;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) sorted[k] = value[k];
    return sorted;
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/**
 * The fields that differ between two versions of a record, top-level keys only (nested objects
 * and arrays are compared whole: a revision shows the whole new `actors` list, which is what an
 * editor reads). `version` and `updatedAt` are bookkeeping and left out.
 */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const ignored = new Set(["version", "updatedAt"]);
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const key of [...keys].sort()) {
    if (ignored.has(key)) continue;
    const b = isPlainObject(before) ? before[key] : undefined;
    const a = isPlainObject(after) ? after[key] : undefined;
    if (!sameValue(a, b)) changes.push({ path: key, before: b, after: a });
  }
  return changes;
}
