import type { VersionedRecordType } from "@factline/domain";
import type { RouteHandler } from "@hono/zod-openapi";
import { loadAdminActor, loadClaim, loadEvent, loadSource } from "../../../db/queries/load";
import { listRevisions } from "../../../db/queries/revisions";
import type { AppEnv } from "../../../env";
import { ApiError, badField, notFound } from "../../../lib/api-error";
import { invalidatePublicCache } from "../../../lib/cache";
import { etagFor, requiredVersion } from "../../../lib/concurrency";
import { fieldErrorsFromZod } from "../../../lib/problem";
import { writeContext } from "../../../middleware/require-user";
import { restoreRevision } from "../../../services/restore";
import { type ListRoute, RestoreBody, type RestoreRoute } from "./revisions.routes";

const RECORD_TYPES = {
  events: "event",
  claims: "claim",
  sources: "source",
  actors: "actor",
} as const satisfies Record<`${VersionedRecordType}s`, VersionedRecordType>;

const LOADERS = {
  event: loadEvent,
  claim: loadClaim,
  source: loadSource,
  actor: loadAdminActor,
} as const;

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  const { type, id } = c.req.valid("param");
  const recordType = RECORD_TYPES[type];
  const db = c.get("db");
  // An unknown id is a 404, not an empty history.
  if (!(await LOADERS[recordType](db, id))) throw notFound(recordType, id);
  return c.json({ data: await listRevisions(db, recordType, id) }, 200);
};

export const restore: RouteHandler<RestoreRoute, AppEnv> = async (c) => {
  const { type, id, revId } = c.req.valid("param");
  // The body is optional (If-Match usually carries the version), so it is parsed here rather
  // than by the route's validator, with the same strict schema and field-named 400s.
  const raw = c.req.header("content-type")?.includes("json")
    ? await c.req.json().catch(() => {
        throw badField("body", "is not valid JSON");
      })
    : {};
  const parsed = RestoreBody.safeParse(raw ?? {});
  if (!parsed.success) {
    const errors = fieldErrorsFromZod(parsed.error, "body");
    throw new ApiError(
      "validation_failed",
      errors.map((e) => `${e.path}: ${e.message}`).join("; "),
      {
        errors,
      },
    );
  }
  const expected = requiredVersion(c, parsed.data.version);
  const record = await restoreRevision(
    c.get("db"),
    RECORD_TYPES[type],
    id,
    revId,
    expected,
    writeContext(c),
  );
  await invalidatePublicCache();
  return c.json(record as Record<string, unknown>, 200, { etag: etagFor(record.version) });
};
