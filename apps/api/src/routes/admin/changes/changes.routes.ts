import { RevisionId } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { requireAction } from "../../../middleware/require-user";

export const AdminChangesQuery = z.object({
  after: RevisionId.optional().meta({
    description: "The `last` of the previous answer; without it, the latest writes",
  }),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const AdminChange = z
  .object({
    id: z.string().meta({ description: "The revision's id (the cursor)" }),
    type: z.enum(["event", "claim", "source", "actor"]),
    recordId: z.string(),
    version: z.number().int().meta({ description: "The record's version after the write" }),
    action: z.string(),
    userId: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: "AdminChange", description: "One write to a record, whatever its status" });

export const list = createRoute({
  method: "get",
  path: "/changes",
  operationId: "adminListChanges",
  summary: "Every write to events, claims, sources and actors, oldest first, for polling",
  tags: ["Admin: revisions"],
  middleware: [requireAction("revision.read")] as const,
  request: { query: AdminChangesQuery },
  responses: {
    200: {
      description: "Writes after `after`, and the cursor to poll with next",
      content: {
        "application/json": {
          schema: z.object({
            data: z.array(AdminChange),
            last: z.string().nullable().meta({ description: "Pass as `after` to poll again" }),
          }),
        },
      },
    },
    ...writeProblemResponses,
  },
});
export type ListRoute = typeof list;
