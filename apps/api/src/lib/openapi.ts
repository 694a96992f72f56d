import { ProblemSchema } from "@factline/domain";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { ApiError } from "./api-error";
import { fieldErrorsFromZod } from "./problem";

/**
 * A router whose zod validation failures become 400 problem+json naming each field
 * (`query.limit`, `body.title`), thrown so the one `onError` shapes every error alike.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) {
        const errors = fieldErrorsFromZod(
          result.error,
          result.target === "json" ? "body" : result.target,
        );
        const detail = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
        throw new ApiError("validation_failed", detail, { errors });
      }
    },
  });
}

/** Problem responses every route can answer with; spread into `createRoute({ responses })`. */
function problemResponse(description: string) {
  return { description, content: { "application/problem+json": { schema: ProblemSchema } } };
}

export const problemResponses = {
  400: problemResponse("The request is not valid; `errors` names each field"),
  404: problemResponse("Not found"),
  406: problemResponse("None of the accepted media types can be produced"),
  429: problemResponse("Too many requests; see Retry-After"),
  500: problemResponse("Server error"),
} as const;

export const writeProblemResponses = {
  ...problemResponses,
  401: problemResponse("Not signed in"),
  403: problemResponse("Not allowed for your role or workflow state"),
  409: problemResponse("Conflicts with the stored data"),
  412: problemResponse("The record changed since you read it; the current version is included"),
  428: problemResponse("If-Match (or version in the body) is required"),
} as const;
