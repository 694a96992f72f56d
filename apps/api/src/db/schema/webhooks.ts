import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";

/** Where signed change notifications go; the secret signs them (Standard Webhooks). */
export const webhookEndpointsTable = sqliteTable("webhook_endpoints", {
  id: text().primaryKey(),
  url: text().notNull(),
  description: text(),
  /** Standard Webhooks secret, `whsec_<base64>`; only ever shown on create. */
  secret: text().notNull(),
  /** JSON array of event types (`event.published`, …). */
  eventTypes: text({ mode: "json" }).$type<string[]>().notNull(),
  active: integer({ mode: "boolean" }).notNull().default(true),
  createdBy: text().notNull(),
  createdAt: timestamp().notNull(),
});

/**
 * One notification to one endpoint. Made before its queue message, at most once per endpoint
 * and change (`seq`), with the body fixed, so every retry sends the same bytes under the same
 * `webhook-id` and a receiver can deduplicate.
 */
export const webhookDeliveriesTable = sqliteTable(
  "webhook_deliveries",
  {
    id: text().primaryKey(),
    endpointId: text()
      .notNull()
      .references(() => webhookEndpointsTable.id, { onDelete: "cascade" }),
    type: text().notNull(),
    /** The change-feed seq; null for a test event. */
    changeSeq: integer(),
    payload: text().notNull(),
    status: text({ enum: ["pending", "delivered", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer().notNull().default(0),
    lastStatus: integer(),
    lastError: text(),
    createdAt: timestamp().notNull(),
    updatedAt: timestamp().notNull(),
    deliveredAt: timestamp(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_change_unique").on(t.endpointId, t.changeSeq),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.id),
  ],
);

/** How far through the change feed deliveries have been made: one row, `id` 1. */
export const webhookCursorTable = sqliteTable("webhook_cursor", {
  id: integer().primaryKey(),
  lastSeq: integer().notNull(),
});

export type WebhookEndpointRow = typeof webhookEndpointsTable.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveriesTable.$inferSelect;
