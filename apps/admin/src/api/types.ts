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

/** A stored ingest draft (POST /admin/api/ingest). */
export type IngestDraft = {
  id: string;
  result: IngestResult;
  status?: string;
  [key: string]: unknown;
};

/** What accepting an ingest created. */
export type IngestAccepted = {
  event?: Event | { id: string };
  eventId?: string;
  sources?: Source[];
  claims?: Claim[];
  [key: string]: unknown;
};

export type { Claim, Event, Revision, Source, User };
