import {
  type Action,
  Version,
  type VersionedRecordType,
  type WorkflowEntity,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { IdempotencyHeaders } from "../../lib/idempotency";
import { writeProblemResponses } from "../../lib/openapi";
import { idempotency } from "../../middleware/idempotency";
import { requireAction } from "../../middleware/require-user";

/** A JSON response for a `createRoute` contract. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** A required JSON request body for a `createRoute` contract. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

/** The record types the admin API edits through the same list/get/create/update/delete routes. */
export type RecordNoun = VersionedRecordType;

const capitalized = <N extends RecordNoun>(noun: N) =>
  (noun.charAt(0).toUpperCase() + noun.slice(1)) as Capitalize<N>;

/**
 * The admin list filter every record type takes: status, text, page size and cursor. `filters`
 * are extra record-specific fields, placed after status as the contracts have always had them.
 */
export function recordListQuery<
  Id extends z.ZodType,
  S extends z.ZodType,
  F extends z.ZodRawShape = Record<never, never>,
>(spec: { idSchema: Id; status: S; textIn: string; filters?: F }) {
  return z.object({
    status: spec.status.optional(),
    ...(spec.filters ?? ({} as F)),
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: `Text in the ${spec.textIn}` }),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: spec.idSchema.optional().meta({ description: "The `next` of the previous page" }),
  });
}

/**
 * The five routes every admin record type has, as `createRoute` contracts: list, get,
 * create (role check + Idempotency-Key), update (needs If-Match or `version` in the body) and
 * delete (a retract). Paths, operationIds, schema ids and role actions follow from `noun`;
 * the summaries are each record's own words, so they are passed in whole.
 */
export function recordCrudRoutes<
  N extends RecordNoun,
  Id extends z.ZodType,
  R extends z.ZodType,
  C extends z.ZodType,
  US extends z.ZodRawShape,
  Q extends z.ZodObject,
>(spec: {
  noun: N;
  tag: string;
  idSchema: Id;
  recordSchema: R;
  createInput: C;
  updateInput: z.ZodObject<US>;
  listQuery: Q;
  summaries: { list: string; get: string; create: string; update: string; remove: string };
}) {
  const { noun, idSchema, recordSchema, summaries } = spec;
  const Noun = capitalized(noun);
  const plural = `${noun}s` as const;
  const collection = `/${plural}` as const;
  const item = `/${plural}/{id}` as const;
  const tags = [spec.tag];

  const IdParams = z.object({ id: idSchema });
  const Page = z
    .object({ data: z.array(recordSchema), next: idSchema.nullable() })
    .meta({ id: `Admin${Noun}Page` });
  /** The changes, plus `version` for clients that cannot send If-Match. */
  const UpdateBody = spec.updateInput.extend({ version: Version.optional() }).meta({
    id: `Update${Noun}Body`,
    description: "Fields to change; send the version you read in If-Match or here",
  });

  const list = createRoute({
    method: "get",
    path: collection,
    operationId: `adminList${Noun}s` as const,
    summary: summaries.list,
    tags,
    request: { query: spec.listQuery },
    responses: { 200: jsonResponse(Page, `A page of ${plural}`), ...writeProblemResponses },
  });

  const get = createRoute({
    method: "get",
    path: item,
    operationId: `adminGet${Noun}` as const,
    summary: summaries.get,
    tags,
    request: { params: IdParams },
    responses: { 200: jsonResponse(recordSchema, `The ${noun}`), ...writeProblemResponses },
  });

  const create = createRoute({
    method: "post",
    path: collection,
    operationId: `adminCreate${Noun}` as const,
    summary: summaries.create,
    tags,
    middleware: [requireAction(`${noun}.create` as Action), idempotency] as const,
    request: { headers: IdempotencyHeaders, body: jsonBody(spec.createInput) },
    responses: { 201: jsonResponse(recordSchema, "Created"), ...writeProblemResponses },
  });

  const update = createRoute({
    method: "patch",
    path: item,
    operationId: `adminUpdate${Noun}` as const,
    summary: summaries.update,
    tags,
    middleware: [requireAction(`${noun}.update` as Action)] as const,
    request: { params: IdParams, body: jsonBody(UpdateBody) },
    responses: { 200: jsonResponse(recordSchema, "Changed"), ...writeProblemResponses },
  });

  const remove = createRoute({
    method: "delete",
    path: item,
    operationId: `adminDelete${Noun}` as const,
    summary: summaries.remove,
    tags,
    middleware: [requireAction(`${noun}.delete` as Action)] as const,
    request: { params: IdParams },
    responses: { 200: jsonResponse(recordSchema, "Retracted"), ...writeProblemResponses },
  });

  return { IdParams, Page, UpdateBody, list, get, create, update, remove };
}

/**
 * `POST /<records>/{id}/transition` for the workflow records (events, claims): the body names
 * the status to move to; the handler asks the domain whether the user may make that move, so
 * the route has no role middleware.
 */
export function recordTransitionRoute<
  N extends WorkflowEntity,
  P extends z.ZodObject,
  R extends z.ZodType,
  S extends z.ZodType,
>(spec: { noun: N; tag: string; idParams: P; recordSchema: R; status: S; summary: string }) {
  const Noun = capitalized(spec.noun);
  const TransitionBody = z
    .object({
      to: spec.status,
      note: z.string().trim().max(2000).optional(),
      version: Version.optional(),
    })
    .strict()
    .meta({
      id: `${Noun}TransitionBody`,
      description: `The status to move the ${spec.noun} to`,
    });
  const transition = createRoute({
    method: "post",
    path: `/${spec.noun}s/{id}/transition` as const,
    operationId: `adminTransition${Noun}` as const,
    summary: spec.summary,
    tags: [spec.tag],
    request: { params: spec.idParams, body: jsonBody(TransitionBody) },
    responses: { 200: jsonResponse(spec.recordSchema, "Moved"), ...writeProblemResponses },
  });
  return { TransitionBody, transition };
}
