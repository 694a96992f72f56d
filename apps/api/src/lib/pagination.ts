import { z } from "@hono/zod-openapi";
import { badField } from "./api-error";

/** Page size: 1 to 100, 20 when left out. */
export const LimitQuery = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(20)
  .openapi({ description: "Page size, 1 to 100", example: 20 });

/** The opaque cursor a list returns in `next`; pass it back unchanged. */
export const CursorQuery = z
  .string()
  .max(512)
  .optional()
  .openapi({ description: "Opaque cursor from a previous page's `next`" });

function toBase64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): string {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(
    Uint8Array.from(bin, (c) => c.charCodeAt(0)),
  );
}

/**
 * A keyset cursor: the sort key of the last row of a page, as base64url JSON. Opaque to clients;
 * the `k` field names the list so a cursor from one list is rejected by another.
 */
export function encodeCursor(kind: string, key: unknown): string {
  return toBase64url(JSON.stringify({ k: kind, v: key }));
}

/** The key inside a cursor; a 400 naming `query.cursor` when it is not one of this list's. */
export function decodeCursor<T extends z.ZodType>(
  kind: string,
  cursor: string,
  key: T,
): z.infer<T> {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error("not base64url");
    const parsed = JSON.parse(fromBase64url(cursor)) as { k?: unknown; v?: unknown };
    if (parsed.k !== kind) throw new Error("wrong list");
    const r = key.safeParse(parsed.v);
    if (!r.success) throw new Error("bad key");
    return r.data;
  } catch {
    throw badField("query.cursor", "is not a cursor from this list; use the `next` link as given");
  }
}

/** The URL of the next page: the request URL with `cursor` replaced. */
export function nextUrl(requestUrl: string, cursor: string): string {
  const url = new URL(requestUrl);
  url.searchParams.set("cursor", cursor);
  return url.toString();
}

/** A response schema for a page of `item`. */
export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      next: z.string().nullable().openapi({
        description: "URL of the next page (also in the Link header); null on the last",
      }),
    })
    .openapi(id);
}
