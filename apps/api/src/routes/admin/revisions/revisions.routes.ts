import { RevisionId, RevisionSchema, Version, type VersionedRecordType } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: revisions"];

/** The record kinds with revision history, as they appear in paths. */
export const RevisionedType = z
  .enum(["events", "claims", "sources", "actors"] as const satisfies `${VersionedRecordType}s`[])
  .meta({ description: "The kind of record, as in its admin path" });

const Params = z.object({
  type: RevisionedType,
  id: z.string().min(1).max(64).meta({ description: "The record's id" }),
});

export const RevisionEntry = RevisionSchema.extend({
  userName: z.string().nullable().meta({ description: "Who made the change, by name" }),
}).meta({ id: "RevisionEntry", description: "A revision with the name of who made it" });

export const list = createRoute({
  method: "get",
  path: "/{type}/{id}/revisions",
  operationId: "adminListRevisions",
  summary: "Every change to a record, newest first: who, when, what (diff)",
  tags: TAGS,
  middleware: [requireAction("revision.read")] as const,
  request: { params: Params },
  responses: {
    200: {
      description: "The record's revisions",
      content: { "application/json": { schema: z.object({ data: z.array(RevisionEntry) }) } },
    },
    ...writeProblemResponses,
  },
});
export type ListRoute = typeof list;

export const RestoreBody = z
  .object({ version: Version.optional() })
  .strict()
  .meta({ id: "RestoreBody", description: "The version you read, if not sent in If-Match" });

export const restore = createRoute({
  method: "post",
  path: "/{type}/{id}/revisions/{revId}/restore",
  operationId: "adminRestoreRevision",
  summary: "Restore a revision's fields as a new revision (version + 1); needs If-Match",
  tags: TAGS,
  middleware: [requireAction("revision.restore")] as const,
  request: {
    params: Params.extend({ revId: RevisionId }),
    body: { required: false, content: { "application/json": { schema: RestoreBody } } },
  },
  responses: {
    200: {
      description: "The record as restored",
      content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
    },
    ...writeProblemResponses,
  },
});
export type RestoreRoute = typeof restore;
