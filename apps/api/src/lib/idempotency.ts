import { z } from "@hono/zod-openapi";
import { ApiError, badField } from "./api-error";
import { sha256Hex } from "./auth/tokens";

/** RFC draft-ietf-httpapi-idempotency-key-header: a key is 1–255 visible ASCII characters. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Headers of the first response that a replay repeats; the rest are per-request. */
export const REPLAYED_HEADERS = ["content-type", "location", "etag", "content-location"];

/**
 * The header as an OpenAPI request parameter, for create routes' contracts:
 * `request: { headers: IdempotencyHeaders, body: … }`. The `idempotency` middleware does the
 * real validation (before this runs), so this only documents it.
 */
export const IdempotencyHeaders = z.object({
  "idempotency-key": z.string().optional().meta({
    description:
      "1–255 visible ASCII characters, unique per create; a retry with the same key and body returns the first response (kept 24 h)",
    example: "3f6c1f2e-8a4b-4d0e-9c1a-0b7d5e2f4a91",
  }),
});

/** The validated key, or a 400 naming header.idempotency-key. */
export function parseIdempotencyKey(value: string): string {
  if (!KEY_PATTERN.test(value)) {
    throw badField("header.idempotency-key", "must be 1 to 255 visible ASCII characters");
  }
  return value;
}

/** Identifies "the same request": method, path and exact body bytes. */
export function requestFingerprint(method: string, path: string, body: string): Promise<string> {
  return sha256Hex(`${method}\n${path}\n${body}`);
}

/** 422: the key was first used for a different request. */
export function keyReusedError(): ApiError {
  return new ApiError(
    "unprocessable",
    "This Idempotency-Key was already used for a different request; use a new key",
    { errors: [{ path: "header.idempotency-key", message: "already used with a different body" }] },
  );
}

/** 409: the first request with this key has not finished yet. */
export function keyInProgressError(): ApiError {
  return new ApiError(
    "conflict",
    "A request with this Idempotency-Key is still being processed; retry shortly",
    {
      errors: [
        { path: "header.idempotency-key", message: "a request with this key is in progress" },
      ],
      headers: { "retry-after": "1" },
    },
  );
}
