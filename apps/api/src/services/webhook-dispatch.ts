import { newId, WEBHOOK_ACTION_VERBS, type WebhookPayload } from "@factline/domain";
import type { Database } from "../db/client";
import {
  advanceWebhookCursor,
  changesAfter,
  deleteWebhookDeliveries,
  insertWebhookDeliveries,
  latestChangeSeq,
  listWebhookEndpoints,
  readWebhookCursor,
} from "../db/queries/webhooks";
import type { ChangeRow } from "../db/schema";

/** The delivery queue's message: the delivery's id; its row holds the body and endpoint. */
export type WebhookDeliveryMessage = { deliveryId: string };

/** Changes turned into deliveries per run; a longer backlog continues on the next run. */
const CHANGES_PER_RUN = 100;

/** The webhook type a change announces: `event.published`, `claim.retracted`, … */
export function webhookType(change: Pick<ChangeRow, "recordType" | "action">): string {
  return `${change.recordType}.${WEBHOOK_ACTION_VERBS[change.action]}`;
}

/** The body every endpoint gets for a change. */
export function changePayload(change: ChangeRow): WebhookPayload {
  return {
    type: webhookType(change),
    timestamp: change.at,
    data: {
      seq: change.seq,
      recordType: change.recordType,
      recordId: change.recordId,
      action: change.action,
      mergedInto: change.mergedInto,
    },
  };
}

/**
 * Turns committed changes past the cursor into one delivery per matching active endpoint and
 * queues them, then moves the cursor. Safe to run concurrently and repeatedly: a delivery is
 * unique per (endpoint, seq), and only rows this run inserted are queued, so each change
 * reaches each endpoint once. Runs after every admin write and on the Cron Trigger.
 */
export async function dispatchChanges(
  db: Database,
  queue: Queue<WebhookDeliveryMessage>,
  now: Date,
): Promise<number> {
  const cursor = await readWebhookCursor(db);
  if (cursor === null) {
    // No endpoint was ever registered: nothing to deliver, and none of the past to replay.
    await advanceWebhookCursor(db, await latestChangeSeq(db));
    return 0;
  }
  const changes = await changesAfter(db, cursor, CHANGES_PER_RUN);
  const last = changes[changes.length - 1];
  if (!last) return 0;
  const endpoints = (await listWebhookEndpoints(db)).filter((e) => e.active);
  const at = now.toISOString();
  const rows = changes.flatMap((change) => {
    const type = webhookType(change);
    return endpoints
      .filter((e) => e.eventTypes.includes(type))
      .map((e) => ({
        id: newId("msg"),
        endpointId: e.id,
        type,
        changeSeq: change.seq,
        payload: JSON.stringify(changePayload(change)),
        status: "pending" as const,
        createdAt: at,
        updatedAt: at,
      }));
  });
  const made = await insertWebhookDeliveries(db, rows);
  try {
    for (let i = 0; i < made.length; i += 100) {
      await queue.sendBatch(made.slice(i, i + 100).map((id) => ({ body: { deliveryId: id } })));
    }
  } catch (err) {
    // Unsent deliveries are forgotten and the cursor stays: the next run makes them again.
    await deleteWebhookDeliveries(db, made);
    throw err;
  }
  await advanceWebhookCursor(db, last.seq);
  return made.length;
}
