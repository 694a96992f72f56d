import { z } from "zod";
import { Timestamp, text } from "./common";
import { FeedId, FeedItemId, IngestId, UserId } from "./ids";

/** Shortest and longest time between two polls of one feed, in minutes. */
export const FEED_INTERVAL_MINUTES = { min: 5, max: 24 * 60, default: 60 } as const;

/** `active` feeds are polled; `paused` ones keep their items but are not fetched. */
export const FeedStatus = z
  .enum(["active", "paused"])
  .meta({ description: "active (polled) or paused" });
export type FeedStatus = z.infer<typeof FeedStatus>;

/** How many items a feed's poll found, by what became of them. */
export const FeedItemCounts = z
  .object({
    queued: z.number().int().describe("Waiting on the ingest queue."),
    drafted: z.number().int().describe("Stored as a draft ingest awaiting an editor."),
    duplicate: z.number().int().describe("Already stored (same canonical URL or content hash)."),
    dead: z.number().int().describe("Given up on; in the dead letters with the reason."),
  })
  .meta({ id: "FeedItemCounts", description: "A feed's items by outcome" });
export type FeedItemCounts = z.infer<typeof FeedItemCounts>;

/** A publisher feed (RSS 2.0, Atom or JSON Feed) that the Cron Trigger polls. */
export const FeedSchema = z
  .object({
    id: FeedId.describe("The feed's id (`fed_…`)."),
    url: z.string().describe("The feed's URL (public http(s) only)."),
    title: z.string().nullable().describe("A name for the feed; the feed's own title if unset."),
    status: FeedStatus.describe("active (polled) or paused."),
    intervalMinutes: z.number().int().describe("Minutes between two polls when all is well."),
    nextPollAt: Timestamp.describe("When the feed is next due (later after errors: backoff)."),
    lastPolledAt: Timestamp.nullable().describe("When the feed was last fetched."),
    lastOutcome: z
      .string()
      .nullable()
      .describe("What the last poll did: `200: 3 new items`, `304 not modified`, or its error."),
    consecutiveErrors: z.number().int().describe("Failed polls in a row (drives the backoff)."),
    items: FeedItemCounts.describe("The feed's items by outcome."),
    createdBy: UserId.describe("Who registered the feed."),
    createdAt: Timestamp.describe("When the feed was registered."),
  })
  .meta({ id: "Feed", description: "A watched publisher feed" });
export type Feed = z.infer<typeof FeedSchema>;

const Interval = z
  .number()
  .int()
  .min(FEED_INTERVAL_MINUTES.min)
  .max(FEED_INTERVAL_MINUTES.max)
  .describe(`Minutes between polls, ${FEED_INTERVAL_MINUTES.min} to ${FEED_INTERVAL_MINUTES.max}.`);

/** Input to register a feed (admins only). */
export const CreateFeedInput = z
  .object({
    url: z.string().max(2048).describe("The feed's URL; public http(s) hosts only."),
    title: text(200).optional().describe("A name for the feed."),
    intervalMinutes: Interval.optional(),
  })
  .strict()
  .meta({ id: "CreateFeedInput", description: "A publisher feed to watch" });
export type CreateFeedInput = z.infer<typeof CreateFeedInput>;

/** Input to change a feed (admins only). */
export const UpdateFeedInput = z
  .object({
    title: text(200)
      .nullable()
      .optional()
      .describe("A name for the feed; null for the feed's own."),
    status: FeedStatus.optional().describe("Pause or resume polling."),
    intervalMinutes: Interval.optional(),
  })
  .strict()
  .meta({ id: "UpdateFeedInput", description: "Changes to a watched feed" });
export type UpdateFeedInput = z.infer<typeof UpdateFeedInput>;

/**
 * What became of a feed item: `queued` on the ingest queue, `drafted` (a draft ingest awaits an
 * editor), `duplicate` (already stored), `dead` (given up on, with the reason).
 */
export const FeedItemStatus = z
  .enum(["queued", "drafted", "duplicate", "dead"])
  .meta({ description: "queued, drafted, duplicate or dead" });
export type FeedItemStatus = z.infer<typeof FeedItemStatus>;

/** One article a feed listed, and what the ingest queue made of it. */
export const FeedItemSchema = z
  .object({
    id: FeedItemId.describe("The item's id (`fdi_…`)."),
    feedId: FeedId.describe("The feed that listed it."),
    url: z.string().describe("The article's canonical URL."),
    title: z.string().nullable().describe("The title the feed gave it."),
    publishedAt: Timestamp.nullable().describe("When the feed says it was published."),
    status: FeedItemStatus.describe("What became of it."),
    attempts: z.number().int().describe("Deliveries of its queue message so far."),
    lastError: z.string().nullable().describe("Why the last attempt failed, if it did."),
    ingestId: IngestId.nullable().describe("The draft ingest it became (`drafted`)."),
    duplicateOf: z
      .string()
      .nullable()
      .describe("The stored source (`src_…`) or draft (`ing_…`) it duplicates."),
    createdAt: Timestamp.describe("When a poll first found it."),
    updatedAt: Timestamp.describe("When its status last changed."),
  })
  .meta({ id: "FeedItem", description: "An article a watched feed listed" });
export type FeedItem = z.infer<typeof FeedItemSchema>;
