import { WebhookPayloadSchema } from "@factline/domain";
import type { createRouter } from "./openapi";

/**
 * The signed change notification Factline POSTs to registered endpoints, as an OpenAPI 3.1
 * `webhooks` entry. It belongs to the admin document: endpoints are registered, listed and
 * tested through `/admin/api/webhooks`, and `/v1/openapi.json` describes public reads only.
 * Registered on the root app (not the admin router) because a sub-router's mount path would be
 * prefixed to the entry's name.
 */
export function registerWebhookDocs(app: ReturnType<typeof createRouter>): void {
  app.openAPIRegistry.registerWebhook({
    method: "post",
    path: "change",
    operationId: "webhookChange",
    summary: "A change was committed",
    description:
      "Signed per Standard Webhooks (`verifyWebhook` in `@factline/client`); at least once: dedupe on `webhook-id`, resume from `/v1/changes` on a `seq` gap.",
    // Factline signs the request; the receiver asks no credentials of it.
    security: [],
    request: {
      body: { required: true, content: { "application/json": { schema: WebhookPayloadSchema } } },
    },
    responses: {
      200: { description: "Received (any 2xx)" },
      400: { description: "Any other status: retried" },
    },
  });
}
