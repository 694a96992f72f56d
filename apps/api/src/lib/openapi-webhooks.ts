import { WebhookPayloadSchema } from "@factline/domain";
import { z } from "@hono/zod-openapi";
import type { createRouter } from "./openapi";

/**
 * The signed change notification Factline POSTs to registered endpoints, as an OpenAPI 3.1
 * `webhooks` entry. It belongs to the admin document: endpoints are registered, listed and
 * tested through `/admin/api/webhooks`, and `/v1/openapi.json` describes public reads only.
 * Registered on the root app (not the admin router) because a sub-router's mount path would be
 * prefixed to the entry's name.
 */
export function registerWebhookDocs(app: ReturnType<typeof createRouter>): void {
  const header = (description: string) => z.string().meta({ description });
  app.openAPIRegistry.registerWebhook({
    method: "post",
    path: "change",
    operationId: "webhookChange",
    summary: "A change was committed (sent to every active endpoint that wants its type)",
    description: [
      "Standard Webhooks: verify `webhook-signature` (`v1,<base64 HMAC-SHA256>` with the",
      "endpoint's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<body>`), e.g. with",
      "`verifyWebhook` from `@factline/client`. Delivery is at least once and not in `seq` order:",
      "deduplicate on `webhook-id`; on a gap in `data.seq` resume from",
      "`GET /v1/changes?since=<last seq processed>`. Anything but a 2xx within 10 s is retried",
      "(5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), then the delivery is marked failed.",
    ].join(" "),
    tags: ["Admin: webhooks"],
    security: [],
    request: {
      headers: z.object({
        "webhook-id": header(
          "The delivery's id (`msg_…`), the same on every retry: the deduplication key.",
        ),
        "webhook-timestamp": header(
          "Unix seconds when this attempt was signed; reject stale ones.",
        ),
        "webhook-signature": header(
          "`v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`.",
        ),
      }),
      body: { required: true, content: { "application/json": { schema: WebhookPayloadSchema } } },
    },
    responses: {
      200: { description: "Received (any 2xx): the delivery is settled" },
      400: { description: "Any other status (or none within 10 s): the delivery is retried" },
    },
  });
}
