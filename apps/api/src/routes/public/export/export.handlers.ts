import { toPublicClaim } from "@factline/domain";
import type { RouteHandler } from "@hono/zod-openapi";
import {
  EXPORT_KINDS,
  type ExportRecord,
  exportChunk,
  exportVersionQuery,
} from "../../../db/queries/export";
import type { AppEnv } from "../../../env";
import { etagForToken } from "../../../lib/etag";
import { negotiateOrThrow } from "../../../lib/negotiation";
import type { ExportRoute } from "./export.routes";

/** Rows per D1 query while streaming: small enough to stay well inside D1's response limits. */
/** A line of the export as readers may see it: claims without internal user ids. */
function publicRecord(r: ExportRecord): ExportRecord | { type: "claim"; record: unknown } {
  return r.type === "claim" ? { type: "claim", record: toPublicClaim(r.record) } : r;
}

export const EXPORT_CHUNK = 500;

export const exportAll: RouteHandler<ExportRoute, AppEnv> = async (c) => {
  negotiateOrThrow(c.req.header("accept"), ["application/x-ndjson", "application/json"]);
  const db = c.get("db");
  // The body is streamed, so its ETag comes from a version token read first: the latest change
  // seq and the latest update of each kind (any change to the export moves one of them).
  const [version] = await exportVersionQuery(db);
  const etag = await etagForToken(JSON.stringify(version ?? {}));
  const encoder = new TextEncoder();
  let kind = 0;
  let after = "";
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // Skip kinds that are exhausted until a chunk has lines or everything is written.
        while (kind < EXPORT_KINDS.length) {
          const current = EXPORT_KINDS[kind] ?? "tombstone";
          const chunk = await exportChunk(db, current, after, EXPORT_CHUNK);
          if (chunk.records.length < EXPORT_CHUNK) {
            kind += 1;
            after = "";
          } else {
            after = chunk.last ?? after;
          }
          if (chunk.records.length > 0) {
            const lines = chunk.records.map((r) => JSON.stringify(publicRecord(r))).join("\n");
            controller.enqueue(encoder.encode(`${lines}\n`));
            return;
          }
        }
        controller.close();
      } catch (err) {
        console.error(
          JSON.stringify({ level: "error", message: "export failed", error: String(err) }),
        );
        controller.error(err);
      }
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "public, max-age=60",
      etag,
      "content-disposition": 'inline; filename="factline-export.ndjson"',
    },
  }) as never;
};
