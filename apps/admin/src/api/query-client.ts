import { QueryClient } from "@tanstack/react-query";
import { ApiProblem, setWriteHandler } from "./client";

/**
 * The one server-state cache (TanStack Query). Lists refetch when the window regains focus and
 * are marked stale after every write (`invalidateAfterWrite`); only failures where nothing came
 * back (network, 5xx) are retried, a 4xx answer is final.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: true,
        retry: (count, err) => err instanceof ApiProblem && err.retriable && count < 2,
      },
    },
  });
  setWriteHandler(() => void invalidateAfterWrite(client));
  return client;
}

/**
 * Query keys, one family per kind of answer, so a write can mark exactly what it may have
 * changed as stale.
 */
export const keys = {
  queue: () => ["queue"] as const,
  events: (filters: Record<string, string | undefined> = {}) => ["events", filters] as const,
  event: (id: string) => ["event", id] as const,
  claims: (filters: Record<string, string | undefined> = {}) => ["claims", filters] as const,
  claim: (id: string) => ["claim", id] as const,
  conflicts: () => ["conflicts"] as const,
  revisions: (type: string, id: string) => ["revisions", type, id] as const,
  actors: () => ["actors"] as const,
  sources: () => ["sources"] as const,
  source: (id: string) => ["source", id] as const,
  embeddedPosts: (id: string) => ["sources", { embeddedIn: id }] as const,
  sourceIngest: (id: string) => ["source-ingest", id] as const,
  users: () => ["users"] as const,
  title: (kind: string, id: string) => ["title", kind, id] as const,
  timeline: () => ["timeline"] as const,
  changes: (type: string, id: string) => ["changes", type, id] as const,
  feeds: () => ["feeds"] as const,
  feedItems: (filters: Record<string, string | undefined> = {}) => ["feed-items", filters] as const,
  webhooks: () => ["webhooks"] as const,
  webhookDeliveries: (id: string) => ["webhook-deliveries", id] as const,
};

// What a write to one record can change elsewhere: the lists and queue it appears in, its
// history, open conflicts, titles shown on other pages. Records open in another editor's form
// are not refetched behind it (see useResource's `pinned`); the change banner tells instead.
const AFTER_WRITE = new Set([
  "queue",
  "events",
  "claims",
  "conflicts",
  "revisions",
  "actors",
  "sources",
  "users",
  "title",
  "timeline",
  "feeds",
  "feed-items",
  "webhooks",
  "webhook-deliveries",
]);

/** Marks every list a write may have changed as stale; mounted ones refetch at once. */
export function invalidateAfterWrite(client: QueryClient): Promise<void> {
  const affected = (q: { queryKey: readonly unknown[] }) => AFTER_WRITE.has(String(q.queryKey[0]));
  // Lists no page shows are dropped, so the next page to show one waits for fresh data instead
  // of flashing the outdated copy (the queue's counts right after an ingest, say).
  client.removeQueries({ predicate: affected, type: "inactive" });
  return client.invalidateQueries({ predicate: affected });
}
