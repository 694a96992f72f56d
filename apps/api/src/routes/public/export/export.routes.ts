import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../../lib/openapi";

export const exportAll = createRoute({
  method: "get",
  path: "/v1/export.ndjson",
  operationId: "exportRecord",
  summary: "Bulk export of the whole published record as NDJSON, streamed",
  description:
    'One JSON object per line: `{"type":"actor"|"source"|"event"|"claim"|"tombstone","record":{…}}`, actors first, then sources, events, claims and the tombstones of retracted or merged records.',
  tags: ["Sync"],
  responses: {
    200: {
      description: "The export",
      content: {
        "application/x-ndjson": {
          schema: z.string().openapi({ description: "Newline-delimited JSON" }),
        },
      },
    },
    ...problemResponses,
  },
});

export type ExportRoute = typeof exportAll;
