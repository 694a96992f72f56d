import { ERROR_CODES, type ErrorCode, type FieldError } from "@factline/domain";

/**
 * An error a handler throws to answer with problem+json. `onError` turns it into the response,
 * so handlers never build error bodies themselves.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extra: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    detail: string,
    options: {
      errors?: FieldError[];
      headers?: Record<string, string>;
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(detail);
    this.name = "ApiError";
    this.code = code;
    this.status = ERROR_CODES[code];
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }
}

/** A 400 naming one field: `badField("query.limit", "must be at most 100")`. */
export function badField(path: string, message: string): ApiError {
  return new ApiError("validation_failed", `${path}: ${message}`, { errors: [{ path, message }] });
}

/** A 404 for a record kind and id. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError("not_found", `No ${what} with id "${id}"`, {
    errors: [{ path: "path.id", message: `no ${what} with this id` }],
  });
}
