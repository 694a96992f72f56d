import {
  ERROR_CODES,
  ERROR_TITLES,
  type ErrorCode,
  type FieldError,
  type Problem,
  problemType,
} from "@factline/domain";
import type { ZodError } from "zod";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Builds an RFC 9457 problem document. */
export function problem(args: {
  code: ErrorCode;
  detail: string;
  requestId: string;
  instance?: string;
  errors?: FieldError[] | undefined;
  extra?: Record<string, unknown>;
}): Problem {
  const body: Problem = {
    ...(args.extra ?? {}),
    type: problemType(args.code),
    title: ERROR_TITLES[args.code],
    status: ERROR_CODES[args.code],
    detail: args.detail,
    code: args.code,
    requestId: args.requestId,
  };
  if (args.instance) body.instance = args.instance;
  if (args.errors?.length) body.errors = args.errors;
  return body;
}

/** A problem+json Response. */
export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, ...headers },
  });
}

/**
 * Field errors from a zod failure, with the request part as the path's first segment
 * (`query.limit`, `body.date`), so a client knows exactly which input to fix.
 */
export function fieldErrorsFromZod(error: ZodError, target: string): FieldError[] {
  return error.issues.map((issue) => {
    const path = [target, ...issue.path.map(String)].join(".");
    return { path, message: issue.message };
  });
}
