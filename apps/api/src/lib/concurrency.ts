import type { Context } from "hono";
import type { AppEnv } from "../env";
import { ApiError, badField } from "./api-error";

// RFC 9110 §13.1.1: an entity tag is "opaque" or W/"opaque"; ours is the record's version.
// Bare digits are accepted too, since hand-written clients often drop the quotes.
const IF_MATCH = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/;

/** The strong ETag for a record version: `"3"`. */
export function etagFor(version: number): string {
  return `"${version}"`;
}

/** The version in an If-Match header, or undefined when absent; 400 when malformed. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const m = IF_MATCH.exec(header);
  if (!m?.[1]) throw badField("header.if-match", 'must be the record\'s version, e.g. "3"');
  return Number(m[1]);
}

/**
 * The version the client read, from If-Match or `version` in the body; 428 when neither is
 * sent (a blind overwrite could lose someone else's edit), 400 when they disagree.
 */
export function requiredVersion(c: Context<AppEnv>, bodyVersion?: number): number {
  const version = optionalVersion(c, bodyVersion);
  if (version === null) {
    throw new ApiError(
      "precondition_required",
      'Send the version you read in If-Match (e.g. If-Match: "3") or as version in the body',
      { errors: [{ path: "header.if-match", message: "required (or body.version)" }] },
    );
  }
  return version;
}

/** Like `requiredVersion` for writes where the version is optional (adding evidence, deleting). */
export function optionalVersion(c: Context<AppEnv>, bodyVersion?: number): number | null {
  const header = parseIfMatch(c.req.header("if-match"));
  if (header !== undefined && bodyVersion !== undefined && header !== bodyVersion) {
    throw badField("body.version", "differs from If-Match; send one version");
  }
  return header ?? bodyVersion ?? null;
}
