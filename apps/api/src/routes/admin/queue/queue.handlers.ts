import type { RouteHandler } from "@hono/zod-openapi";
import { getQueue, type QueueCursor } from "../../../db/queries/queue";
import type { AppEnv } from "../../../env";
import { badField } from "../../../lib/api-error";
import type { GetRoute } from "./queue.routes";

// The cursor is opaque to clients: base64url of the last item's `since` and `id`.
function encodeCursor(cursor: QueueCursor): string {
  return btoa(JSON.stringify([cursor.since, cursor.id]))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function decodeCursor(text: string): QueueCursor {
  try {
    const parsed: unknown = JSON.parse(atob(text.replace(/-/g, "+").replace(/_/g, "/")));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string"
    ) {
      return { since: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the 400
  }
  throw badField("query.cursor", "is not a cursor this API returned");
}

export const get: RouteHandler<GetRoute, AppEnv> = async (c) => {
  const { bucket, limit, cursor } = c.req.valid("query");
  const queue = await getQueue(c.get("db"), {
    bucket,
    limit,
    cursor: cursor ? decodeCursor(cursor) : null,
  });
  return c.json(
    {
      counts: queue.counts,
      data: queue.items,
      next: queue.next ? encodeCursor(queue.next) : null,
    },
    200,
  );
};
