import { newWebhookSecret } from "@factline/client";
import {
  type CreatedWebhookEndpoint,
  type CreateWebhookEndpointInput,
  newId,
  type UpdateWebhookEndpointInput,
  type WebhookPayload,
} from "@factline/domain";
import type { Database } from "../db/client";
import {
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  initWebhookCursor,
  insertWebhookDeliveries,
  insertWebhookEndpoint,
  latestChangeSeq,
  toWebhookEndpoint,
  updateWebhookEndpoint,
} from "../db/queries/webhooks";
import { assertPublicAddresses, safeUrl } from "../lib/fetch-article";
import type { HostResolver } from "../lib/resolve-host";
import { notFound } from "./errors";
import type { WebhookDeliveryMessage } from "./webhook-dispatch";

/**
 * Registers an endpoint with a fresh secret (shown in this answer only). Its URL must pass the
 * URL-ingest checks (public http(s), resolving only to public addresses): deliveries are
 * server-side requests. It hears of changes committed from now on.
 */
export async function registerWebhookEndpoint(
  db: Database,
  input: CreateWebhookEndpointInput,
  who: { userId: string; resolve: HostResolver; now: Date },
): Promise<CreatedWebhookEndpoint> {
  const url = safeUrl(input.url, "");
  await assertPublicAddresses(url, who.resolve, AbortSignal.timeout(10_000), false);
  await initWebhookCursor(db, await latestChangeSeq(db));
  const row = {
    id: newId("whk"),
    url: url.href,
    description: input.description ?? null,
    secret: newWebhookSecret(),
    eventTypes: [...new Set(input.eventTypes)],
    active: true,
    createdBy: who.userId,
    createdAt: who.now.toISOString(),
  };
  await insertWebhookEndpoint(db, row);
  return { ...toWebhookEndpoint(row), secret: row.secret };
}

/** Changes an endpoint's description, change types or active flag. */
export async function changeWebhookEndpoint(
  db: Database,
  id: string,
  input: UpdateWebhookEndpointInput,
) {
  const row = await updateWebhookEndpoint(db, id, {
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.eventTypes !== undefined ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
  });
  if (!row) throw notFound("webhook endpoint", id);
  return toWebhookEndpoint(row);
}

/** Queues a signed `webhook.test` delivery to one endpoint (the admin's "send test event"). */
export async function sendTestEvent(
  db: Database,
  queue: Queue<WebhookDeliveryMessage>,
  id: string,
  now: Date,
): Promise<string> {
  const endpoint = await getWebhookEndpoint(db, id);
  if (!endpoint) throw notFound("webhook endpoint", id);
  const payload: WebhookPayload = {
    type: "webhook.test",
    timestamp: now.toISOString(),
    data: {
      seq: null,
      recordType: "webhook",
      recordId: endpoint.id,
      action: "test",
      mergedInto: null,
    },
  };
  const [deliveryId] = await insertWebhookDeliveries(db, [
    {
      id: newId("msg"),
      endpointId: endpoint.id,
      type: "webhook.test",
      changeSeq: null,
      payload: JSON.stringify(payload),
      status: "pending",
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    },
  ]);
  if (!deliveryId) throw new Error("the test delivery was not stored");
  await queue.send({ deliveryId });
  return deliveryId;
}

/** Removes an endpoint and its delivery log; 404 when unknown. */
export async function removeWebhookEndpoint(db: Database, id: string): Promise<void> {
  if (!(await deleteWebhookEndpoint(db, id))) throw notFound("webhook endpoint", id);
}
