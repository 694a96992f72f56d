import { type IngestResult, newId, tryCanonicalUrl } from "@factline/domain";
import { ingest } from "@factline/ingest";
import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  type DuplicateSource,
  findDuplicateSource,
  getIngest,
  type Ingest,
  listIngests,
  loadIngestKnowledge,
  toIngest,
} from "../../../db/queries/ingests";
import type { AppEnv } from "../../../env";
import { ApiError } from "../../../lib/api-error";
import { sha256Hex } from "../../../lib/auth/tokens";
import { DEFAULT_FETCH_LIMITS, fetchArticle } from "../../../lib/fetch-article";
import { dohResolver } from "../../../lib/resolve-host";
import { currentUser, writeContext } from "../../../middleware/require-user";
import { detectedUrl } from "../../../services/accept-plan";
import { type AcceptOutcome, acceptIngest } from "../../../services/ingest-accept";
import { discardDraft, storeDraft } from "../../../services/ingest-drafts";
import { MAX_HTML_CHARS, MAX_STORED_BYTES, MAX_TEXT_CHARS } from "../../../services/ingest-limits";
import type { AcceptRoute, CreateRoute, GetRoute, ListRoute, RemoveRoute } from "./ingest.routes";

function tooLarge(field: "text" | "html", max: number): ApiError {
  const message = `longer than ${max.toLocaleString("en")} characters`;
  return new ApiError("payload_too_large", `body.${field}: ${message}`, {
    errors: [{ path: `body.${field}`, message }],
  });
}

const utf8Bytes = (s: string) => new TextEncoder().encode(s).byteLength;

function tooLargeToStore(field: string, bytes: number): ApiError {
  const message = `the article and its analysis take ${Math.ceil(bytes / 1024)} KiB; a draft holds at most ${Math.floor(MAX_STORED_BYTES / 1024)} KiB`;
  return new ApiError("payload_too_large", `${field}: ${message}`, {
    errors: [{ path: field, message }],
  });
}

function notFoundIngest(id: string): ApiError {
  return new ApiError("not_found", `No ingest with id "${id}"`, {
    errors: [{ path: "path.id", message: "no ingest with this id" }],
  });
}

// The fetch deadline can be shortened by a binding (tests use it to reach the timeout quickly).
function fetchLimits(c: Context<AppEnv>) {
  const raw = (c.env as { INGEST_FETCH_TIMEOUT_MS?: string }).INGEST_FETCH_TIMEOUT_MS;
  const timeoutMs = Number(raw);
  return {
    ...DEFAULT_FETCH_LIMITS,
    ...(Number.isFinite(timeoutMs) && timeoutMs > 0 ? { timeoutMs } : {}),
  };
}

/** The source a draft would duplicate (by its canonical URLs or content hash). */
async function duplicateOf(c: Context<AppEnv>, record: Ingest): Promise<DuplicateSource | null> {
  if (record.status !== "draft") return null;
  const url = detectedUrl(record.result.article.url, record.url);
  const canonical = url ? tryCanonicalUrl(url) : null;
  return findDuplicateSource(c.get("db"), {
    urls: canonical ? [canonical] : [],
    contentHash: record.contentHash,
  });
}

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const input = c.req.valid("json");
  if (input.text !== undefined && input.text.length > MAX_TEXT_CHARS) {
    throw tooLarge("text", MAX_TEXT_CHARS);
  }
  if (input.html !== undefined && input.html.length > MAX_HTML_CHARS) {
    throw tooLarge("html", MAX_HTML_CHARS);
  }
  const db = c.get("db");
  const user = currentUser(c);
  const now = new Date().toISOString();
  let document: { text: string } | { html: string };
  let fetchedUrl: string | null = null;
  let inputKind: "text" | "html" | "url";
  if (input.url !== undefined) {
    const fetched = await fetchArticle(input.url, fetchLimits(c), fetch, dohResolver());
    if (fetched.body.length > (fetched.format === "html" ? MAX_HTML_CHARS : MAX_TEXT_CHARS)) {
      throw new ApiError("payload_too_large", "body.url: the page is too long to ingest", {
        errors: [{ path: "body.url", message: "the page is too long to ingest" }],
      });
    }
    fetchedUrl = fetched.url;
    document = fetched.format === "html" ? { html: fetched.body } : { text: fetched.body };
    inputKind = "url";
  } else if (input.html !== undefined) {
    document = { html: input.html };
    inputKind = "html";
  } else {
    document = { text: input.text ?? "" };
    inputKind = "text";
  }
  const known = await loadIngestKnowledge(db);
  const result: IngestResult = ingest({
    ...document,
    ...(fetchedUrl ? { url: fetchedUrl } : {}),
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    retrievedAt: now,
    knownActors: known.actors,
    knownEvents: known.events,
  });
  const stored = "text" in document ? document.text : document.html;
  const bytes = utf8Bytes(stored) + utf8Bytes(JSON.stringify(result));
  if (bytes > MAX_STORED_BYTES) throw tooLargeToStore(`body.${inputKind}`, bytes);
  const row = {
    id: newId("ing"),
    status: "draft" as const,
    inputKind,
    url: fetchedUrl,
    input: stored,
    result,
    contentHash: await sha256Hex(result.cleanedText),
    createdBy: user.id,
    createdAt: now,
    acceptedAt: null,
    sourceId: null,
    eventId: null,
  };
  const record = toIngest(row);
  // Looked up before the insert: it matches stored sources, never this ingest.
  const created = { ...record, duplicateOf: await duplicateOf(c, record) };
  await storeDraft(db, row, { idempotency: c.get("idempotency"), body: created });
  return c.json(created, 201, {
    location: `/admin/api/ingest/${row.id}`,
  });
};

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  return c.json(await listIngests(c.get("db"), c.req.valid("query")), 200);
};

export const get: RouteHandler<GetRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await getIngest(c.get("db"), id);
  if (!row) throw notFoundIngest(id);
  const record = toIngest(row);
  return c.json({ ...record, duplicateOf: await duplicateOf(c, record) }, 200);
};

export const remove: RouteHandler<RemoveRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json({ ...(await discardDraft(c.get("db"), id)), duplicateOf: null }, 200);
};

/** What accepting answers (and an Idempotency-Key replays): the records written, no result. */
function accepted(out: AcceptOutcome) {
  const { result: _result, ...ingestFields } = out.ingest;
  return { ...out, ingest: ingestFields, eventId: out.event?.id ?? null };
}

export const accept: RouteHandler<AcceptRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const out = await acceptIngest(c.get("db"), id, c.req.valid("json"), writeContext(c), accepted);
  return c.json(accepted(out), 201, { location: `/admin/api/ingest/${id}` });
};
