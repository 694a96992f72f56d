import { createRoute } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { SignedInSchema } from "../session/session.routes";

export const getMe = createRoute({
  method: "get",
  path: "/me",
  operationId: "getMe",
  summary: "The signed-in user, their role, and the current session",
  tags: ["Admin: session"],
  responses: {
    200: {
      description: "The signed-in user",
      content: { "application/json": { schema: SignedInSchema } },
    },
    ...writeProblemResponses,
  },
});
export type GetMeRoute = typeof getMe;
