import { z } from "zod";

/** Machine-readable error codes, shared by the API and the UI. Each maps to one HTTP status. */
export const ERROR_CODES = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  not_acceptable: 406,
  conflict: 409,
  gone: 410,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  upstream_failed: 502,
} as const;

/** A machine-readable error code. */
export const ErrorCode = z
  .enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]])
  .meta({ description: "Machine-readable error code" });
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Short human titles for each code (RFC 9457 `title`: the same for every occurrence). */
export const ERROR_TITLES: Record<ErrorCode, string> = {
  validation_failed: "Your request is not valid",
  bad_request: "Bad request",
  unauthenticated: "You need to log in",
  forbidden: "You may not do this",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  not_acceptable: "Not acceptable",
  conflict: "Conflict",
  gone: "Gone",
  precondition_failed: "The record has changed since you read it",
  precondition_required: "A version is required",
  payload_too_large: "Request too large",
  unsupported_media_type: "Unsupported media type",
  unprocessable: "Cannot process this request",
  rate_limited: "Too many requests",
  internal: "Something went wrong on our side",
  upstream_failed: "A remote server failed",
};

/**
 * A rule refused a request: what the API's services throw (a stale version, a missing record, a
 * move the workflow does not allow). It names an `ErrorCode`, so every client maps it the same
 * way; the API turns it into problem+json in one place. `errors` name the input fields at
 * fault, `extra` carries what the client needs to recover (e.g. the current record).
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = "DomainError";
    this.code = code;
    this.status = ERROR_CODES[code];
    this.errors = options.errors;
    this.extra = options.extra ?? {};
  }
}

/** One problem with one field of a request. */
export const FieldError = z
  .object({
    /** Where: `query.limit`, `body.date`, `header.if-match`, `path.id`. */
    path: z
      .string()
      .meta({ example: "query.limit" })
      .describe("Where: `query.limit`, `body.date`, `header.if-match`, `path.id`."),
    /** What is wrong with it. */
    message: z.string().meta({ example: "must be at most 100" }).describe("What is wrong with it."),
  })
  .meta({ id: "FieldError", description: "A problem with one field" });
export type FieldError = z.infer<typeof FieldError>;

/** An RFC 9457 problem details document (`application/problem+json`). */
export const ProblemSchema = z
  .object({
    /** A URI naming the problem type. */
    type: z
      .string()
      .meta({ example: "https://factline.dev/problems/validation_failed" })
      .describe("A URI naming the problem type."),
    /** Short summary, the same for every occurrence of this type. */
    title: z.string().describe("Short summary, the same for every occurrence of this type."),
    /** The HTTP status code. */
    status: z.number().int().describe("The HTTP status code."),
    /** What went wrong this time, in words. */
    detail: z.string().describe("What went wrong this time, in words."),
    /** The request path. */
    instance: z.string().optional().describe("The request path."),
    /** Machine-readable code. */
    code: ErrorCode.describe("Machine-readable code."),
    /** The request id, to quote when reporting a problem. */
    requestId: z.string().describe("The request id, to quote when reporting a problem."),
    /** Per-field problems, for validation errors. */
    errors: z.array(FieldError).optional().describe("Per-field problems, for validation errors."),
  })
  .catchall(z.unknown())
  .meta({ id: "Problem", description: "RFC 9457 problem details" });
export type Problem = z.infer<typeof ProblemSchema>;

/** The `type` URI for a code. */
export function problemType(code: ErrorCode): string {
  return `https://factline.dev/problems/${code}`;
}
