import { DomainError, type IngestResult, tryCanonicalUrl } from "@factline/domain";
import { ingest } from "@factline/ingest";
import type { Database } from "../db/client";
import {
  findIngestOfSameArticle,
  getFeedItem,
  getFeedRow,
  recordFeedItemFailure,
  settleFeedItem,
} from "../db/queries/feeds";
import { findDuplicateSource, loadIngestKnowledge } from "../db/queries/ingests";
import { ingestsTable } from "../db/schema";

import { sha256Hex } from "../lib/auth/tokens";
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchArticle } from "../lib/fetch-article";
import type { HostResolver } from "../lib/resolve-host";
import { detectedUrl } from "./accept-plan";
// The same size limits as an editor's URL ingest: a draft row must fit in D1.
import { MAX_HTML_CHARS, MAX_STORED_BYTES, MAX_TEXT_CHARS } from "./ingest-limits";

/** What ingesting a feed item needs from outside. */
export type FeedItemIngestDeps = {
  db: Database;
  resolve: HostResolver;
  fetcher?: typeof fetch;
  limits?: FetchLimits;
  now: Date;
};

/**
 * Why an item could not be ingested. `permanent` failures (the page may not be fetched, is
 * gone, is not an article, is too large) go straight to the dead letters: retrying cannot
 * help. The others (server errors, timeouts, D1 hiccups) are retried with backoff.
 */
export class FeedItemFailure extends Error {
  override readonly name = "FeedItemFailure";
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

const PERMANENT_CODES = new Set([
  "validation_failed",
  "unprocessable",
  "unsupported_media_type",
  "payload_too_large",
]);

/** What became of the item. */
export type FeedItemIngestOutcome = "drafted" | "duplicate" | "already-settled" | "gone";

const utf8Bytes = (s: string) => new TextEncoder().encode(s).byteLength;

/**
 * Fetches a queued item's article, runs ingest and stores the result as a draft awaiting an
 * editor (never accepted or published here), unless the article is already stored as a
 * source or a draft (same canonical URL or content hash): then the item is marked `duplicate`.
 *
 * Idempotent on redelivery: a settled item is left alone, and the draft's id is derived from
 * the item's, so two deliveries racing past the first check still store one draft.
 */
export async function ingestFeedItem(
  deps: FeedItemIngestDeps,
  feedItemId: string,
): Promise<FeedItemIngestOutcome> {
  const { db } = deps;
  const item = await getFeedItem(db, feedItemId);
  if (!item) return "gone";
  if (item.status !== "queued") return "already-settled";
  const feed = await getFeedRow(db, item.feedId);
  if (!feed) return "gone";
  const now = deps.now.toISOString();

  let fetched: Awaited<ReturnType<typeof fetchArticle>>;
  try {
    fetched = await fetchArticle(
      item.url,
      deps.limits ?? DEFAULT_FETCH_LIMITS,
      deps.fetcher ?? fetch,
      deps.resolve,
    );
  } catch (err) {
    if (err instanceof DomainError) {
      throw new FeedItemFailure(
        err.message.replace(/^body\.url: /, ""),
        PERMANENT_CODES.has(err.code),
      );
    }
    throw err;
  }
  if (fetched.body.length > (fetched.format === "html" ? MAX_HTML_CHARS : MAX_TEXT_CHARS)) {
    throw new FeedItemFailure("the page is too long to ingest", true);
  }

  const known = await loadIngestKnowledge(db);
  const document = fetched.format === "html" ? { html: fetched.body } : { text: fetched.body };
  const result: IngestResult = ingest({
    ...document,
    url: fetched.url,
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    retrievedAt: now,
    knownActors: known.actors,
    knownEvents: known.events,
  });
  const contentHash = await sha256Hex(result.cleanedText);
  const article = detectedUrl(result.article.url, fetched.url);
  const urls = [
    ...new Set([item.url, tryCanonicalUrl(fetched.url), article ? tryCanonicalUrl(article) : null]),
  ].filter((u): u is string => u !== null);

  const source = await findDuplicateSource(db, { urls, contentHash });
  const draft = source
    ? null
    : await findIngestOfSameArticle(db, { urls: [...urls, fetched.url], contentHash });
  const duplicateOf = source?.sourceId ?? draft;
  if (duplicateOf) {
    await settleFeedItem(db, item.id, { status: "duplicate", duplicateOf, updatedAt: now });
    return "duplicate";
  }

  const bytes = utf8Bytes(fetched.body) + utf8Bytes(JSON.stringify(result));
  if (bytes > MAX_STORED_BYTES) {
    throw new FeedItemFailure(
      `the article and its analysis take ${Math.ceil(bytes / 1024)} KiB, more than a draft holds`,
      true,
    );
  }
  const ingestId = `ing_${item.id.slice("fdi_".length)}`;
  await db.batch([
    db
      .insert(ingestsTable)
      .values({
        id: ingestId,
        status: "draft",
        inputKind: "url",
        url: fetched.url,
        input: fetched.body,
        result,
        contentHash,
        // The admin who registered the feed stands behind what it brings in.
        createdBy: feed.createdBy,
        createdAt: now,
        acceptedAt: null,
        sourceId: null,
        eventId: null,
      })
      .onConflictDoNothing(),
    settleFeedItem(db, item.id, { status: "drafted", ingestId, updatedAt: now }),
  ]);
  return "drafted";
}

/** Keeps a failed attempt's count and reason on the item, for the admin and the dead letter. */
export async function noteFeedItemFailure(
  db: Database,
  feedItemId: string,
  args: { attempts: number; error: string; now: Date },
) {
  await recordFeedItemFailure(db, feedItemId, {
    attempts: args.attempts,
    error: args.error.slice(0, 1000),
    now: args.now.toISOString(),
  });
}

/**
 * Marks an item dead (it reached the dead-letter queue): the reason is the one the message
 * carries, else the last failure recorded on the item.
 */
export async function deadLetterFeedItem(
  db: Database,
  feedItemId: string,
  args: { reason: string | null; attempts: number; now: Date },
) {
  const item = await getFeedItem(db, feedItemId);
  if (item?.status !== "queued") return;
  const reason =
    args.reason ?? item.lastError ?? `gave up after ${args.attempts} deliveries without a reason`;
  await settleFeedItem(db, feedItemId, {
    status: "dead",
    lastError: reason,
    attempts: Math.max(item.attempts, args.attempts),
    updatedAt: args.now.toISOString(),
  });
}
