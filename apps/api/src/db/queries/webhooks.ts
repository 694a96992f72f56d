import type {
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEventType,
} from "@factline/domain";
import { and, asc, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  type ChangeRow,
  changesTable,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  webhookCursorTable,
  webhookDeliveriesTable,
  webhookEndpointsTable,
} from "../schema";

/** An endpoint row as the API shows it (never the secret). */
export function toWebhookEndpoint(row: WebhookEndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes as WebhookEventType[],
    active: row.active,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

/** A delivery row as the API's delivery log shows it. */
export function toWebhookDelivery(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    type: row.type,
    seq: row.changeSeq,
    status: row.status,
    attempts: row.attempts,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
  };
}

/** Every endpoint, oldest first. */
export async function listWebhookEndpoints(db: Database): Promise<WebhookEndpointRow[]> {
  return db.select().from(webhookEndpointsTable).orderBy(asc(webhookEndpointsTable.id));
}

/** One endpoint's row, or null. */
export async function getWebhookEndpoint(
  db: Database,
  id: string,
): Promise<WebhookEndpointRow | null> {
  const rows = await db
    .select()
    .from(webhookEndpointsTable)
    .where(eq(webhookEndpointsTable.id, id));
  return rows[0] ?? null;
}

/** Stores a new endpoint. */
export async function insertWebhookEndpoint(
  db: Database,
  row: typeof webhookEndpointsTable.$inferInsert,
) {
  await db.insert(webhookEndpointsTable).values(row);
}

/** Changes an endpoint; the row after, or null when it is gone. */
export async function updateWebhookEndpoint(
  db: Database,
  id: string,
  set: Partial<typeof webhookEndpointsTable.$inferInsert>,
): Promise<WebhookEndpointRow | null> {
  const rows = await db
    .update(webhookEndpointsTable)
    .set(set)
    .where(eq(webhookEndpointsTable.id, id))
    .returning();
  return rows[0] ?? null;
}

/** Forgets an endpoint and its delivery log; false when there was none. */
export async function deleteWebhookEndpoint(db: Database, id: string): Promise<boolean> {
  const rows = await db
    .delete(webhookEndpointsTable)
    .where(eq(webhookEndpointsTable.id, id))
    .returning({ id: webhookEndpointsTable.id });
  return rows.length > 0;
}

/** An endpoint's deliveries, newest first; `cursor` = last id seen. */
export async function listWebhookDeliveries(
  db: Database,
  args: {
    endpointId: string;
    status?: WebhookDeliveryStatus | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<{ data: WebhookDelivery[]; next: string | null }> {
  const rows = await db
    .select()
    .from(webhookDeliveriesTable)
    .where(
      and(
        eq(webhookDeliveriesTable.endpointId, args.endpointId),
        args.status ? eq(webhookDeliveriesTable.status, args.status) : undefined,
        args.cursor ? lt(webhookDeliveriesTable.id, args.cursor) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveriesTable.id))
    .limit(args.limit + 1);
  const data = rows.slice(0, args.limit).map(toWebhookDelivery);
  const last = data[data.length - 1];
  return { data, next: rows.length > args.limit && last ? last.id : null };
}

/** One delivery's row, or null. */
export async function getWebhookDelivery(
  db: Database,
  id: string,
): Promise<WebhookDeliveryRow | null> {
  const rows = await db
    .select()
    .from(webhookDeliveriesTable)
    .where(eq(webhookDeliveriesTable.id, id));
  return rows[0] ?? null;
}

/** The last change-feed seq deliveries were made for, or null before any endpoint existed. */
export async function readWebhookCursor(db: Database): Promise<number | null> {
  const rows = await db.select().from(webhookCursorTable).where(eq(webhookCursorTable.id, 1));
  return rows[0]?.lastSeq ?? null;
}

/** The change feed's latest seq (0 when empty). */
export async function latestChangeSeq(db: Database): Promise<number> {
  const rows = await db
    .select({ seq: sql<number | null>`max(${changesTable.seq})` })
    .from(changesTable);
  return rows[0]?.seq ?? 0;
}

/** Starts the cursor at `seq` unless it exists: a new endpoint hears of changes from now on. */
export async function initWebhookCursor(db: Database, seq: number) {
  await db.insert(webhookCursorTable).values({ id: 1, lastSeq: seq }).onConflictDoNothing();
}

/** Moves the cursor forward to `seq` (never back, if a concurrent run got further). */
export async function advanceWebhookCursor(db: Database, seq: number) {
  await db
    .insert(webhookCursorTable)
    .values({ id: 1, lastSeq: seq })
    .onConflictDoUpdate({
      target: webhookCursorTable.id,
      set: { lastSeq: sql`max(${webhookCursorTable.lastSeq}, excluded.last_seq)` },
    });
}

/** Changes after `seq`, oldest first. */
export async function changesAfter(db: Database, seq: number, limit: number): Promise<ChangeRow[]> {
  return db
    .select()
    .from(changesTable)
    .where(gt(changesTable.seq, seq))
    .orderBy(asc(changesTable.seq))
    .limit(limit);
}

/**
 * Stores deliveries, skipping any (endpoint, change) already made; the ids actually inserted.
 * One statement per row (D1 binds at most 100 parameters per statement).
 */
export async function insertWebhookDeliveries(
  db: Database,
  rows: (typeof webhookDeliveriesTable.$inferInsert)[],
): Promise<string[]> {
  const [first, ...rest] = rows.map((row) =>
    db
      .insert(webhookDeliveriesTable)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: webhookDeliveriesTable.id }),
  );
  if (!first) return [];
  const results = await db.batch([first, ...rest]);
  return results.flatMap((r) => r.map((x) => x.id));
}

/** Removes deliveries whose queue message could not be sent (the next dispatch remakes them). */
export async function deleteWebhookDeliveries(db: Database, ids: string[]) {
  for (const id of ids)
    await db.delete(webhookDeliveriesTable).where(eq(webhookDeliveriesTable.id, id));
}

/** Records one attempt's outcome on a pending delivery. */
export async function recordWebhookAttempt(
  db: Database,
  id: string,
  set: {
    status: WebhookDeliveryStatus;
    attempts: number;
    lastStatus: number | null;
    lastError: string | null;
    updatedAt: string;
    deliveredAt?: string;
  },
) {
  await db
    .update(webhookDeliveriesTable)
    .set(set)
    .where(and(eq(webhookDeliveriesTable.id, id), eq(webhookDeliveriesTable.status, "pending")));
}
