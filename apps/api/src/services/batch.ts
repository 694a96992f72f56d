import { DomainError } from "@factline/domain";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/client";
import { isVersionMismatch, uniqueViolation } from "../db/queries/write-guard";

/** Statements for one D1 batch; D1 runs a batch as one transaction, so all land or none. */
export type Statements = BatchItem<"sqlite">[];

/** What a unique index protects, as the request field to name in a 409. */
const UNIQUE_FIELDS: Record<string, { path: string; message: string }> = {
  "events.slug": { path: "body.slug", message: "another event already has this slug" },
  "sources.url": { path: "body.url", message: "another source already has this URL" },
};

/**
 * Runs one write batch. A version guard that fired becomes 412 with the record as it is now
 * (`current` loads it after the failed batch); a unique index becomes 409 naming the field.
 */
export async function runWrite(
  db: Database,
  statements: Statements,
  current: () => Promise<{ version: number; record: unknown } | null>,
): Promise<void> {
  if (statements.length === 0) return;
  try {
    await db.batch(statements as unknown as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  } catch (err) {
    if (isVersionMismatch(err)) {
      const now = await current();
      if (!now) throw new DomainError("not_found", "The record no longer exists");
      throw staleVersion(now.version, now.record);
    }
    const unique = uniqueViolation(err);
    const field = unique ? UNIQUE_FIELDS[unique] : undefined;
    if (field) {
      throw new DomainError("conflict", `${field.path}: ${field.message}`, { errors: [field] });
    }
    throw err;
  }
}

/**
 * 412 with the current version and record (onError also sends its ETag), so the client can
 * re-apply its edit.
 */
export function staleVersion(currentVersion: number, current: unknown): DomainError {
  return new DomainError(
    "precondition_failed",
    `The record is at version ${currentVersion}; reload it and apply your change again`,
    { extra: { currentVersion, current } },
  );
}

/** Splits a list into runs of at most `size` (D1 binds at most 100 parameters a statement). */
export function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
