// An ingest draft's own lifecycle: stored (with the request's Idempotency-Key answer in the same
// batch) and discarded. Accepting one is services/ingest-accept.ts.
import { DomainError } from "@factline/domain";
import type { Database } from "../db/client";
import type { PendingIdempotency } from "../db/queries/idempotency";
import {
  discardIngest,
  getIngest,
  type Ingest,
  insertIngest,
  toIngest,
} from "../db/queries/ingests";
import type { ingestsTable } from "../db/schema";
import { notFound } from "./errors";

/** Stores a new draft; `created` is the answer a replayed Idempotency-Key gets. */
export async function storeDraft(
  db: Database,
  row: typeof ingestsTable.$inferInsert,
  created: { idempotency: PendingIdempotency | null | undefined; body: unknown },
): Promise<void> {
  await insertIngest(db, row, created);
}

/**
 * Discards a draft; discarding one already discarded answers as the first time did. An accepted
 * ingest cannot be discarded (its records are retracted instead): 409 naming them.
 */
export async function discardDraft(db: Database, id: string): Promise<Ingest> {
  const row = await getIngest(db, id);
  if (!row) throw notFound("ingest", id);
  if (row.status === "draft") await discardIngest(db, id);
  const now = await getIngest(db, id);
  if (!now) throw notFound("ingest", id);
  if (now.status === "accepted") {
    throw new DomainError("conflict", `Ingest ${id} was accepted; retract its records instead`, {
      extra: { sourceId: now.sourceId, eventId: now.eventId },
    });
  }
  return toIngest(now);
}
