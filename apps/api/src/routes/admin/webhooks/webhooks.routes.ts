import {
  CreatedWebhookEndpointSchema,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryId,
  WebhookDeliverySchema,
  WebhookDeliveryStatus,
  WebhookEndpointId,
  WebhookEndpointSchema,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: webhooks"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});
const IdParams = z.object({ id: WebhookEndpointId });

export const WebhookEndpointList = z
  .object({ data: z.array(WebhookEndpointSchema) })
  .meta({ id: "WebhookEndpointList" });

export const WebhookDeliveryPage = z
  .object({ data: z.array(WebhookDeliverySchema), next: WebhookDeliveryId.nullable() })
  .meta({ id: "WebhookDeliveryPage" });

export const DeliveriesQuery = z.object({
  status: WebhookDeliveryStatus.optional().meta({ description: "Only deliveries in this status" }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: WebhookDeliveryId.optional().meta({ description: "The `next` of the previous page" }),
});

export const list = createRoute({
  method: "get",
  path: "/webhooks",
  operationId: "adminListWebhookEndpoints",
  summary: "Webhook endpoints (admins only)",
  tags: TAGS,
  middleware: [requireAction("webhook.manage")] as const,
  responses: {
    200: json(WebhookEndpointList, "Every endpoint, oldest first"),
    ...writeProblemResponses,
  },
});
export type ListRoute = typeof list;

export const create = createRoute({
  method: "post",
  path: "/webhooks",
  operationId: "adminCreateWebhookEndpoint",
  summary: "Register a webhook endpoint; the answer holds its signing secret, once (admins only)",
  tags: TAGS,
  middleware: [requireAction("webhook.manage")] as const,
  request: { body: body(CreateWebhookEndpointInput) },
  responses: {
    201: json(CreatedWebhookEndpointSchema, "The endpoint and its secret"),
    ...writeProblemResponses,
  },
});
export type CreateRoute = typeof create;

export const get = createRoute({
  method: "get",
  path: "/webhooks/{id}",
  operationId: "adminGetWebhookEndpoint",
  summary: "One webhook endpoint (admins only)",
  tags: TAGS,
  middleware: [requireAction("webhook.manage")] as const,
  request: { params: IdParams },
  responses: { 200: json(WebhookEndpointSchema, "The endpoint"), ...writeProblemResponses },
});
export type GetRoute = typeof get;

export const update = createRoute({
  method: "patch",
  path: "/webhooks/{id}",
  operationId: "adminUpdateWebhookEndpoint",
  summary: "Change an endpoint's description, change types or active flag (admins only)",
  tags: TAGS,
  middleware: [requireAction("webhook.manage")] as const,
  request: { params: IdParams, body: body(UpdateWebhookEndpointInput) },
  responses: {
    200: json(WebhookEndpointSchema, "The endpoint after the change"),
    ...writeProblemResponses,
  },
});
export type UpdateRoute = typeof update;

export const remove = createRoute({
  method: "delete",
  path: "/webhooks/{id}",
  operationId: "adminDeleteWebhookEndpoint",
  summary: "Forget an endpoint and its delivery log (admins only)",
  tags: TAGS,
  middleware: [requireAction("webhook.manage")] as const,
  request: { params: IdParams },
  responses: { 204: { description: "Forgotten" }, ...writeProblemResponses },
});
export type RemoveRoute = typeof remove;

export const deliveries = createRoute({
  method: "get",
  path: "/webhooks/{id}/deliveries",
  operationId: "adminListWebhookDeliveries",
  summary: "An endpoint's delivery log, newest first: status, attempts, last error (admins only)",
  tags: TAGS,
  middleware: [requireAction("webhook.manage")] as const,
  request: { params: IdParams, query: DeliveriesQuery },
  responses: { 200: json(WebhookDeliveryPage, "A page of deliveries"), ...writeProblemResponses },
});
export type DeliveriesRoute = typeof deliveries;

export const sendTest = createRoute({
  method: "post",
  path: "/webhooks/{id}/test",
  operationId: "adminSendWebhookTest",
  summary: "Queue a signed `webhook.test` delivery to the endpoint (admins only)",
  tags: TAGS,
  middleware: [requireAction("webhook.manage")] as const,
  request: { params: IdParams },
  responses: {
    202: json(z.object({ deliveryId: WebhookDeliveryId }), "Queued; see the delivery log"),
    ...writeProblemResponses,
  },
});
export type SendTestRoute = typeof sendTest;
