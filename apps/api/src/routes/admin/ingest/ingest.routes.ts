import {
  AcceptIngestInput,
  ActorSchema,
  ClaimSchema,
  EventSchema,
  IngestId,
  IngestResultSchema,
  isWellFormedText,
  ProblemSchema,
  parsePartialDate,
  SourceId,
  SourceSchema,
  UserId,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../../../lib/api-error";
import { IdempotencyHeaders } from "../../../lib/idempotency";
import { writeProblemResponses } from "../../../lib/openapi";
import { idempotency } from "../../../middleware/idempotency";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: ingest"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

// JSON escaping can triple a body (non-ASCII as \u escapes); anything past this is refused
// before it is read into memory at all.
const MAX_REQUEST_BYTES = 6 * 1024 * 1024;

/** Refuses oversized request bodies with 413 before they are parsed. */
export const ingestBodyLimit = bodyLimit({
  maxSize: MAX_REQUEST_BYTES,
  onError: () => {
    throw new ApiError("payload_too_large", "The request body is larger than 6 MiB", {
      errors: [{ path: "body", message: "larger than 6 MiB" }],
    });
  },
});

export const IdParams = z.object({ id: IngestId });

/** An article to ingest: exactly one of text, HTML or a URL the Worker fetches. */
export const StartIngestBody = z
  .object({
    text: z
      .string()
      .refine(isWellFormedText, { message: "must be valid Unicode text (it has a lone surrogate)" })
      .optional()
      .meta({ description: "Plain article text (up to 200,000 chars)" }),
    html: z
      .string()
      .refine(isWellFormedText, { message: "must be valid Unicode text (it has a lone surrogate)" })
      .optional()
      .meta({ description: "Article HTML (up to 1,500,000 chars)" }),
    url: z
      .string()
      .max(2048)
      .optional()
      .meta({ description: "An http(s) URL the Worker fetches (public hosts only)" }),
    publishedAt: z
      .string()
      .max(40)
      .refine((v) => parsePartialDate(v).ok || !Number.isNaN(Date.parse(v)), {
        message: "must be an ISO timestamp or a date like 2025-07-04",
      })
      .optional()
      .meta({ description: "When the article was published; anchors relative dates" }),
  })
  .strict()
  .superRefine((v, ctx) => {
    const given = (["text", "html", "url"] as const).filter((k) => v[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: given.length > 1 ? [given[1] as string] : [],
        message: "give exactly one of text, html or url",
      });
    }
    // Whitespace alone is nothing to ingest: it would store an empty draft.
    for (const k of ["text", "html"] as const)
      if (v[k] !== undefined && v[k].trim() === "")
        ctx.addIssue({ code: "custom", path: [k], message: "must not be empty" });
  })
  .meta({ id: "StartIngestBody", description: "An article to ingest" });

/** An existing source the ingested article would duplicate. */
export const DuplicateSourceSchema = z
  .object({
    sourceId: SourceId,
    title: z.string(),
    url: z.string().nullable(),
    matchedBy: z.enum(["url", "content_hash"]),
  })
  .meta({ id: "DuplicateSource", description: "An existing source with the same URL or text" });

const ingestFields = {
  id: IngestId,
  status: z.enum(["draft", "accepted", "discarded"]),
  inputKind: z.enum(["text", "html", "url"]),
  url: z.string().nullable().meta({ description: "The fetched URL (after redirects), for url" }),
  contentHash: z.string().nullable().meta({ description: "SHA-256 of the cleaned text (hex)" }),
  createdBy: UserId,
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
  sourceId: SourceId.nullable().meta({ description: "The article source, once accepted" }),
  eventId: z.string().nullable().meta({ description: "The event, once accepted" }),
};

/** A stored ingest with its result. */
export const IngestSchema = z
  .object({
    ...ingestFields,
    result: IngestResultSchema,
    duplicateOf: DuplicateSourceSchema.nullable().meta({
      description: "For drafts: an existing source accepting would reuse",
    }),
  })
  .meta({ id: "Ingest", description: "A stored ingest and what ingest made of the article" });

/** An ingest in a list: counts instead of the whole result. */
export const IngestSummarySchema = z
  .object({
    ...ingestFields,
    title: z.string().nullable(),
    candidateClaims: z.number().int(),
    embeddedPosts: z.number().int(),
    mainEvent: z.string().nullable(),
  })
  .meta({ id: "IngestSummary", description: "A stored ingest, summarised" });

export const IngestPage = z
  .object({ data: z.array(IngestSummarySchema), next: IngestId.nullable() })
  .meta({ id: "IngestPage" });

export const ListQuery = z.object({
  status: z.enum(["draft", "accepted", "discarded"]).default("draft"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: IngestId.optional().meta({ description: "The `next` of the previous page" }),
  source: SourceId.optional().meta({
    description: "Only the ingest that created this source (pass status=accepted)",
  }),
});

/** What accepting created. */
export const AcceptedIngestSchema = z
  .object({
    ingest: z.object(ingestFields),
    sources: z.array(SourceSchema).meta({ description: "The article source, then its posts" }),
    reusedSourceIds: z.array(SourceId).meta({ description: "Sources that already existed" }),
    event: EventSchema.nullable(),
    eventId: z.string().nullable(),
    eventCreated: z.boolean(),
    actors: z.array(ActorSchema).meta({ description: "Actors created for the new event" }),
    claims: z.array(ClaimSchema).meta({ description: "Claims created (unreviewed)" }),
    skippedClaims: z
      .array(z.object({ candidateId: z.string(), existingClaimId: z.string() }))
      .meta({ description: "Selected claims the reused source already had" }),
  })
  .meta({ id: "AcceptedIngest", description: "The records an accepted ingest created" });

export const create = createRoute({
  method: "post",
  path: "/ingest",
  operationId: "adminStartIngest",
  summary: "Ingest an article (text, HTML or a URL) into a draft; honours Idempotency-Key",
  tags: TAGS,
  middleware: [requireAction("ingest.run"), ingestBodyLimit, idempotency] as const,
  request: { headers: IdempotencyHeaders, body: body(StartIngestBody) },
  responses: {
    201: json(IngestSchema, "The stored draft"),
    ...writeProblemResponses,
    413: problem("The text, the HTML or the fetched page is too large"),
    415: problem("The URL answered with a media type other than HTML or plain text"),
    422: problem("The URL answered with a client error (e.g. 404)"),
    502: problem("The URL could not be fetched in time, or its server failed"),
  },
});
export type CreateRoute = typeof create;

export const list = createRoute({
  method: "get",
  path: "/ingest",
  operationId: "adminListIngests",
  summary: "Stored ingests (drafts by default), newest first",
  tags: TAGS,
  middleware: [requireAction("ingest.run")] as const,
  request: { query: ListQuery },
  responses: { 200: json(IngestPage, "A page of ingests"), ...writeProblemResponses },
});
export type ListRoute = typeof list;

export const get = createRoute({
  method: "get",
  path: "/ingest/{id}",
  operationId: "adminGetIngest",
  summary: "One stored ingest with its result",
  tags: TAGS,
  middleware: [requireAction("ingest.run")] as const,
  request: { params: IdParams },
  responses: { 200: json(IngestSchema, "The ingest"), ...writeProblemResponses },
});
export type GetRoute = typeof get;

export const remove = createRoute({
  method: "delete",
  path: "/ingest/{id}",
  operationId: "adminDiscardIngest",
  summary: "Discard a draft ingest (409 once accepted)",
  tags: TAGS,
  middleware: [requireAction("ingest.run")] as const,
  request: { params: IdParams },
  responses: { 200: json(IngestSchema, "Discarded"), ...writeProblemResponses },
});
export type RemoveRoute = typeof remove;

export const accept = createRoute({
  method: "post",
  path: "/ingest/{id}/accept",
  operationId: "adminAcceptIngest",
  summary:
    "Create the selected source(s), claims, evidence and event in one batch; honours Idempotency-Key",
  tags: TAGS,
  middleware: [requireAction("ingest.accept"), ingestBodyLimit, idempotency] as const,
  request: { params: IdParams, headers: IdempotencyHeaders, body: body(AcceptIngestInput) },
  responses: { 201: json(AcceptedIngestSchema, "Created"), ...writeProblemResponses },
});
export type AcceptRoute = typeof accept;
