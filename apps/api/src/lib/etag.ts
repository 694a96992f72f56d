/** A strong ETag: the first 128 bits of the body's SHA-256, base64url. */
export async function etagFor(body: ArrayBuffer | string): Promise<string> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return `"${base64url(digest.slice(0, 16))}"`;
}

/** A strong ETag from a version token that changes whenever the body would. */
export async function etagForToken(token: string): Promise<string> {
  return etagFor(`token:${token}`);
}

function base64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Whether `If-None-Match` matches `etag`. RFC 9110 §13.1.2: the weak comparison is used (a
 * `W/` prefix on either side is ignored) and `*` matches any current representation.
 */
export function ifNoneMatchMatches(header: string | undefined | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === bare);
}
