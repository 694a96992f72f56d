import { DomainError, type ErrorCode, type FieldError } from "@factline/domain";

/**
 * An error a handler or middleware throws to answer with problem+json: a `DomainError` that may
 * also set response headers (Retry-After, WWW-Authenticate). `onError` turns both into the
 * response, so handlers never build error bodies themselves.
 */
export class ApiError extends DomainError {
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    detail: string,
    options: {
      errors?: FieldError[];
      headers?: Record<string, string>;
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(code, detail, options);
    this.name = "ApiError";
    this.headers = options.headers ?? {};
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
