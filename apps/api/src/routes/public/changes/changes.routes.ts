import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../../lib/openapi";

export const ChangesQuery = z.object({
  since: z.coerce.number().int().min(0).default(0).openapi({
    description:
      "Return changes after this seq (0 for everything); use `lastSeq` of the previous page",
    example: 0,
  }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .openapi({ description: "1 to 1000" }),
});

export const ChangeSchema = z
  .object({
    seq: z.number().int(),
    type: z.string().openapi({ description: "event, claim, source or actor" }),
    id: z.string(),
    action: z.enum(["upsert", "retract", "merge"]).openapi({
      description:
        "upsert: fetch the record again; retract: delete it (tombstone); merge: replace it with mergedInto",
    }),
    mergedInto: z.string().nullable(),
    at: z.string(),
    href: z.string().openapi({ description: "The record's URL (a merged one redirects)" }),
  })
  .openapi("Change");

export const ChangePageSchema = z
  .object({
    data: z.array(ChangeSchema),
    lastSeq: z.number().int().openapi({ description: "Pass as `since` to continue" }),
    next: z
      .string()
      .nullable()
      .openapi({ description: "URL of the next page; null when caught up" }),
  })
  .openapi("ChangePage");

export const changes = createRoute({
  method: "get",
  path: "/v1/changes",
  operationId: "listChanges",
  summary: "The change feed for syncing: upserts, retractions (tombstones) and merges, in order",
  tags: ["Sync"],
  request: { query: ChangesQuery },
  responses: {
    200: {
      description: "Changes after `since`",
      content: { "application/json": { schema: ChangePageSchema } },
    },
    ...problemResponses,
  },
});

export type ChangesRoute = typeof changes;
