import type { Data } from "./admin";

// The API's answers as the UI reads them, named once: every type here is derived from the
// Worker's route contracts through the typed client, never written by hand.

/** A signed-in user and their session (GET /me, POST /session). */
export type SignedIn = Data<"me">;
export type Event = Data<"getEvent">;
export type Claim = Data<"getClaim">;
export type Source = Data<"getSource">;
export type Actor = Data<"getActor">;
export type User = Data<"listUsers">["data"][number];

/** GET /queue: counts per bucket and a page of waiting items. */
export type Queue = Data<"queue">;
export type QueueItem = Queue["data"][number];

/** A revision with the name of who made it. */
export type RevisionEntry = Data<"revisions">["data"][number];

/** A conflict with the claims it involves (GET /conflicts). */
export type ConflictWithClaims = Data<"conflicts">["data"][number];

/** A stored ingest with its result (POST /ingest). */
export type IngestDraft = Data<"ingest">;
/** What accepting an ingest created (POST /ingest/{id}/accept). */
export type IngestAccepted = Data<"acceptIngest">;

/** A watched publisher feed with its items counted by outcome (GET /feeds). */
export type Feed = Data<"listFeeds">["data"][number];
/** An item a feed listed: drafted, duplicate, or dead with the reason (GET /feed-items). */
export type FeedItem = Data<"listFeedItems">["data"][number];
/** A webhook endpoint (GET /webhooks); the secret only in `CreatedWebhook`. */
export type WebhookEndpoint = Data<"listWebhooks">["data"][number];
export type CreatedWebhook = Data<"createWebhook">;
/** One entry of an endpoint's delivery log. */
export type WebhookDelivery = Data<"listWebhookDeliveries">["data"][number];
