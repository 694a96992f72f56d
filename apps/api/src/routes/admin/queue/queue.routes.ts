import { QUEUE_BUCKETS } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";

const Bucket = z.enum(QUEUE_BUCKETS).meta({ description: "A queue bucket" });

export const QueueQuery = z.object({
  bucket: Bucket.optional().meta({ description: "Only this bucket's items (counts cover all)" }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(300).optional().meta({ description: "The `next` of the previous page" }),
});

export const QueueItem = z
  .object({
    bucket: Bucket,
    recordType: z.enum(["claim", "event", "conflict"]),
    id: z.string().meta({ description: "Record id, or the conflict key" }),
    title: z.string(),
    status: z.string(),
    since: z.string().meta({ description: "When it started waiting" }),
    version: z.number().int().nullable(),
  })
  .meta({ id: "QueueItem", description: "Something waiting for an editor or reviewer" });

export const QueuePage = z
  .object({
    counts: z.record(Bucket, z.number().int()),
    data: z.array(QueueItem),
    next: z.string().nullable(),
  })
  .meta({ id: "QueuePage", description: "Counts per bucket and a page of items, oldest first" });

export const get = createRoute({
  method: "get",
  path: "/queue",
  operationId: "adminGetQueue",
  summary: "The review queue: unreviewed and in-review claims, open conflicts, event drafts",
  tags: ["Admin: queue"],
  request: { query: QueueQuery },
  responses: {
    200: { description: "The queue", content: { "application/json": { schema: QueuePage } } },
    ...writeProblemResponses,
  },
});
export type GetRoute = typeof get;
