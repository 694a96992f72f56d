import { PublicClaimSchema, SourceId, SourceSchema } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../../lib/openapi";

export const SourceDetailSchema = z
  .object({
    source: SourceSchema,
    embeddedIn: SourceSchema.nullable().openapi({
      description: "The article this post is quoted in",
    }),
    embeds: z.array(SourceSchema).openapi({ description: "Posts quoted in this source" }),
    claims: z
      .array(PublicClaimSchema)
      .openapi({ description: "Published claims it makes or that quote it (at most 100)" }),
  })
  .openapi("SourceDetail");

export const detail = createRoute({
  method: "get",
  path: "/v1/sources/{id}",
  operationId: "getSource",
  summary: "One source cited by the published record, with its embeds and claims",
  tags: ["Sources"],
  request: { params: z.object({ id: SourceId }) },
  responses: {
    200: {
      description: "The source",
      content: { "application/json": { schema: SourceDetailSchema } },
    },
    308: { description: "The source was merged into another; Location names it" },
    ...problemResponses,
  },
});

export type DetailRoute = typeof detail;
