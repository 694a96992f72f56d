import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../../lib/openapi";

export const HealthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]).meta({ description: "ok when every dependency answered" }),
    database: z.object({
      ok: z.boolean().meta({ description: "Whether D1 answered a query" }),
      latencyMs: z.number().meta({ description: "Time the D1 query took" }),
      error: z.string().optional(),
    }),
    time: z.string().meta({ description: "Server time (ISO 8601)" }),
  })
  .meta({ id: "Health" });

export const health = createRoute({
  method: "get",
  path: "/v1/health",
  operationId: "getHealth",
  summary: "Service health, including the D1 connection",
  tags: ["Meta"],
  responses: {
    200: { description: "Healthy", content: { "application/json": { schema: HealthSchema } } },
    503: {
      description: "D1 did not answer",
      content: { "application/json": { schema: HealthSchema } },
    },
    ...problemResponses,
  },
});
export type HealthRoute = typeof health;
