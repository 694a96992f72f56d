import {
  ActorId,
  ActorSchema,
  ConflictSchema,
  CountryCode,
  EventKind,
  EventRelation,
  PartialDateSchema,
  PartialDateText,
  PublicClaimSchema,
  PublicEventSchema,
  SourceSchema,
  Timestamp,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../../lib/openapi";
import { CursorQuery, LimitQuery, pageSchema } from "../../../lib/pagination";

export const EventListQuery = z.object({
  q: z
    .string()
    .max(500)
    .optional()
    .openapi({ description: "Full-text search in titles and summaries", example: "taliban" }),
  actor: ActorId.optional().openapi({ description: "Only events this actor takes part in" }),
  place: CountryCode.optional().openapi({
    description: "Only events in this country (ISO 3166-1 alpha-2)",
  }),
  kind: EventKind.optional(),
  from: PartialDateText.optional().openapi({
    description: "Only events whose date range overlaps from this date on (2025, 2025-07, 1990s…)",
    example: "2021",
  }),
  to: PartialDateText.optional().openapi({
    description: "Only events whose date range overlaps up to this date",
    example: "2025-07",
  }),
  updated_since: Timestamp.optional().openapi({
    description: "Only events changed after this instant",
  }),
  cursor: CursorQuery,
  limit: LimitQuery,
});

export const EventPageSchema = pageSchema(PublicEventSchema, "EventPage");

export const RelatedEventSummarySchema = z
  .object({
    eventId: z.string(),
    relation: EventRelation,
    direction: z.enum(["outgoing", "incoming"]).openapi({
      description:
        "outgoing: this event `relation` the other; incoming: the other `relation` this one",
    }),
    slug: z.string(),
    title: z.string(),
    date: PartialDateSchema.nullable(),
  })
  .openapi("RelatedEventSummary");

export const EventDetailSchema = z
  .object({
    event: PublicEventSchema,
    claims: z
      .array(PublicClaimSchema)
      .openapi({ description: "Published claims about the event, with evidence and verdicts" }),
    sources: z
      .array(SourceSchema)
      .openapi({ description: "Sources the claims come from or quote" }),
    actors: z.array(ActorSchema),
    relatedEvents: z.array(RelatedEventSummarySchema),
    conflicts: z.array(ConflictSchema).openapi({ description: "Open conflicts among the claims" }),
  })
  .openapi("EventDetail");

export const list = createRoute({
  method: "get",
  path: "/v1/events",
  operationId: "listEvents",
  summary: "List published events",
  description:
    "Newest first by date. Filters combine with AND. Keyset pagination: follow `next` (also in the Link header) until it is null. Each event's `actors` carry the actor's `name` and `kind` inline, so a list renders in one request; `/v1/actors/{id}` has the rest of an actor.",
  tags: ["Events"],
  request: { query: EventListQuery },
  responses: {
    200: {
      description: "A page of events",
      content: { "application/json": { schema: EventPageSchema } },
    },
    ...problemResponses,
  },
});

export const detail = createRoute({
  method: "get",
  path: "/v1/events/{idOrSlug}",
  operationId: "getEvent",
  summary: "One published event with its claims, sources, actors, related events and conflicts",
  description: "Send `Accept: application/ld+json` for schema.org `Event` JSON-LD.",
  tags: ["Events"],
  request: {
    params: z.object({
      idOrSlug: z
        .string()
        .min(1)
        .max(200)
        .openapi({ example: "russia-recognizes-taliban-government" }),
    }),
  },
  responses: {
    200: {
      description: "The event",
      content: {
        "application/json": { schema: EventDetailSchema },
        "application/ld+json": {
          schema: z.record(z.string(), z.unknown()).openapi({ description: "schema.org Event" }),
        },
      },
    },
    308: { description: "The event was merged into another; Location names it" },
    ...problemResponses,
  },
});

export type ListRoute = typeof list;
export type DetailRoute = typeof detail;
