import { z } from "zod";
import { Timestamp, text } from "./common";
import { UserId, WebhookDeliveryId, WebhookEndpointId } from "./ids";
import { VersionedRecordType } from "./revision";

/**
 * What a change-feed row announces, as a webhook type: `<record>.published` (a published
 * record appeared or changed), `<record>.retracted`, `<record>.merged`.
 */
export const WEBHOOK_EVENT_TYPES = VersionedRecordType.options.flatMap((record) =>
  (["published", "retracted", "merged"] as const).map((what) => `${record}.${what}` as const),
);
export const WebhookEventType = z
  .enum(WEBHOOK_EVENT_TYPES as [string, ...string[]])
  .meta({ description: "A change type: `<record>.published`, `.retracted` or `.merged`" });
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** The change-feed action behind each event type's verb. */
export const WEBHOOK_ACTION_VERBS = {
  upsert: "published",
  retract: "retracted",
  merge: "merged",
} as const;

/** Where Factline sends signed change notifications, and which changes it wants. */
export const WebhookEndpointSchema = z
  .object({
    id: WebhookEndpointId.describe("The endpoint's id (`whk_…`)."),
    url: z.string().describe("Where deliveries are POSTed (public https/http only)."),
    description: z.string().nullable().describe("What the endpoint is for."),
    eventTypes: z.array(WebhookEventType).describe("The change types it receives."),
    active: z.boolean().describe("Inactive endpoints get no new deliveries."),
    createdBy: UserId.describe("Who registered it."),
    createdAt: Timestamp.describe("When it was registered."),
  })
  .meta({ id: "WebhookEndpoint", description: "A webhook endpoint" });
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;

/** An endpoint as answered on create: the only time its signing secret is shown. */
export const CreatedWebhookEndpointSchema = WebhookEndpointSchema.extend({
  secret: z
    .string()
    .describe("The signing secret (`whsec_…`, Standard Webhooks); shown once, keep it safe."),
}).meta({ id: "CreatedWebhookEndpoint", description: "A new endpoint and its secret" });
export type CreatedWebhookEndpoint = z.infer<typeof CreatedWebhookEndpointSchema>;

/** Input to register an endpoint (admins only). */
export const CreateWebhookEndpointInput = z
  .object({
    url: z.string().max(2048).describe("Where to POST deliveries; public hosts only."),
    description: text(200).optional().describe("What the endpoint is for."),
    eventTypes: z
      .array(WebhookEventType)
      .min(1, { message: "name at least one change type" })
      .describe("The change types to receive."),
  })
  .strict()
  .meta({ id: "CreateWebhookEndpointInput", description: "A webhook endpoint to register" });
export type CreateWebhookEndpointInput = z.infer<typeof CreateWebhookEndpointInput>;

/** Input to change an endpoint (admins only). */
export const UpdateWebhookEndpointInput = z
  .object({
    description: text(200).nullable().optional().describe("What the endpoint is for."),
    eventTypes: z
      .array(WebhookEventType)
      .min(1)
      .optional()
      .describe("The change types to receive."),
    active: z.boolean().optional().describe("Stop or resume new deliveries."),
  })
  .strict()
  .meta({ id: "UpdateWebhookEndpointInput", description: "Changes to a webhook endpoint" });
export type UpdateWebhookEndpointInput = z.infer<typeof UpdateWebhookEndpointInput>;

/** `pending` (queued or waiting for a retry), `delivered` (a 2xx), `failed` (retries used up). */
export const WebhookDeliveryStatus = z
  .enum(["pending", "delivered", "failed"])
  .meta({ description: "pending, delivered or failed" });
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/** One notification to one endpoint, and how its attempts went. */
export const WebhookDeliverySchema = z
  .object({
    id: WebhookDeliveryId.describe("The delivery's id, sent as `webhook-id` (`msg_…`)."),
    endpointId: WebhookEndpointId.describe("The endpoint it goes to."),
    type: z.string().describe("The event type (`event.published`, … or `webhook.test`)."),
    seq: z
      .number()
      .int()
      .nullable()
      .describe("The change-feed `seq` it announces (null for a test)."),
    status: WebhookDeliveryStatus.describe("Where it stands."),
    attempts: z.number().int().describe("POSTs made so far."),
    lastStatus: z.number().int().nullable().describe("The HTTP status of the last attempt."),
    lastError: z.string().nullable().describe("Why the last attempt failed, if it did."),
    createdAt: Timestamp.describe("When the change was committed and the delivery made."),
    deliveredAt: Timestamp.nullable().describe("When the endpoint answered 2xx."),
  })
  .meta({ id: "WebhookDelivery", description: "A webhook delivery and its attempts" });
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

/**
 * The JSON body of every delivery (Standard Webhooks' `type`/`timestamp`/`data` shape). `seq`
 * is the change feed's cursor: a receiver that sees a gap (or missed deliveries) resumes with
 * `GET /v1/changes?since=<last seq it processed>`.
 */
export const WebhookPayloadSchema = z
  .object({
    type: z.string().describe("`<record>.published|retracted|merged`, or `webhook.test`."),
    timestamp: Timestamp.describe("When the change was committed."),
    data: z.object({
      seq: z.number().int().nullable().describe("The change-feed seq (null for a test event)."),
      recordType: z.string().describe("event, claim, source or actor."),
      recordId: z.string().describe("The record's id."),
      action: z.enum(["upsert", "retract", "merge", "test"]).describe("The change-feed action."),
      mergedInto: z.string().nullable().describe("For merges: the record that replaces it."),
    }),
  })
  .meta({ id: "WebhookPayload", description: "What a webhook delivery POSTs" });
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;
