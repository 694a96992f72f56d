import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../../lib/openapi";

export const feed = createRoute({
  method: "get",
  path: "/v1/feed.atom",
  operationId: "getFeed",
  summary: "Atom 1.0 feed of recently published or updated events and claims",
  description:
    "Latest change per record, newest first. Retracted and merged records appear as RFC 6721 `at:deleted-entry` tombstones.",
  tags: ["Sync"],
  responses: {
    200: {
      description: "The feed",
      content: {
        "application/atom+xml": { schema: z.string().openapi({ description: "Atom 1.0 XML" }) },
      },
    },
    ...problemResponses,
  },
});

export type FeedRoute = typeof feed;
