/**
 * The review queue's buckets, in the order editors work through them: data here so the API's
 * queue and the admin UI's tabs cannot disagree.
 */
export const QUEUE_BUCKETS = [
  "unreviewed_claims",
  "claims_in_review",
  "open_conflicts",
  "event_drafts",
  "events_in_review",
] as const;

/** One bucket of the review queue. */
export type QueueBucket = (typeof QUEUE_BUCKETS)[number];
