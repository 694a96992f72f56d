import type {
  AssertionProperty,
  Claim,
  Conflict,
  Event,
  IngestResult,
  Revision,
  Source,
  User,
} from "@factline/domain";

/** A page of an admin list; `next` is the cursor of the following page. */
export type Page<T> = { data: T[]; next?: string | null };

/** GET /admin/api/me and POST /admin/api/session. */
export type SignedIn = { user: User; session: { id: string; expiresAt: string } };

export const QUEUE_BUCKETS = [
  "unreviewed_claims",
  "claims_in_review",
  "open_conflicts",
  "event_drafts",
  "events_in_review",
] as const;
export type QueueBucket = (typeof QUEUE_BUCKETS)[number];

export type QueueItem = {
  bucket: QueueBucket;
  recordType: "claim" | "event" | "conflict";
  id: string;
  title: string;
  status: string;
  since: string;
  version: number | null;
};

/** GET /admin/api/queue. */
export type Queue = {
  counts: Record<QueueBucket, number>;
  data: QueueItem[];
  next: string | null;
};

/** A revision with the name of who made it. */
export type RevisionEntry = Revision & { userName?: string | null };

/** A conflict with the claims it involves (GET /admin/api/conflicts). */
export type ConflictWithClaims = Conflict & {
  claims: Claim[];
  event?: Pick<Event, "id" | "title">;
};

/** POST /admin/api/conflicts/resolve. */
export type ResolveConflictBody = {
  eventId: string;
  property: AssertionProperty;
  preferredClaimIds: string[];
  reason?: string;
  deprecated: { claimId: string; reason: string }[];
};

/** A stored ingest with its result (POST /admin/api/ingest, GET /admin/api/ingest/{id}). */
export type IngestDraft = {
  id: string;
  status: "draft" | "accepted" | "discarded";
  inputKind: "text" | "html" | "url";
  url: string | null;
  result: IngestResult;
  /** An existing source with the same URL or text, which accepting would reuse. */
  duplicateOf: {
    sourceId: string;
    title: string;
    url: string | null;
    matchedBy: "url" | "content_hash";
  } | null;
};

/** What accepting an ingest created (POST /admin/api/ingest/{id}/accept). */
export type IngestAccepted = {
  sources: Source[];
  reusedSourceIds: string[];
  event: Event | null;
  eventId: string | null;
  eventCreated: boolean;
  claims: Claim[];
  skippedClaims: { candidateId: string; existingClaimId: string }[];
};

export type { Claim, Event, Revision, Source, User };
