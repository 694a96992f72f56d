import type { QueueBucket } from "@factline/domain";
import { type AnyColumn, and, asc, count, eq, gt, inArray, isNull, or } from "drizzle-orm";
import type { Database } from "../client";
import { claimsTable, eventsTable } from "../schema";
import { listConflicts } from "./conflicts";

/** One thing waiting for an editor or reviewer. */
export type QueueItem = {
  bucket: QueueBucket;
  recordType: "claim" | "event" | "conflict";
  id: string;
  title: string;
  status: string;
  /** When it started waiting (oldest first). */
  since: string;
  version: number | null;
};

const CLAIM_BUCKETS = { unreviewed_claims: "unreviewed", claims_in_review: "in_review" } as const;
const EVENT_BUCKETS = { event_drafts: "draft", events_in_review: "in_review" } as const;

/** Keyset cursor: the last item's `since` and `id`. */
export type QueueCursor = { since: string; id: string };

type QueueOptions = { bucket?: QueueBucket; limit: number; cursor: QueueCursor | null };

/**
 * The queue's four reads (claim and event counts by status, a page of claims, a page of
 * events), as statements for one batch; exported so their query plans can be tested.
 */
export function queueStatements(db: Database, opts: QueueOptions) {
  const claimStatuses = ["unreviewed", "in_review"] as const;
  const eventStatuses = ["draft", "in_review"] as const;
  const keyset = (since: AnyColumn, id: AnyColumn) =>
    opts.cursor
      ? or(gt(since, opts.cursor.since), and(eq(since, opts.cursor.since), gt(id, opts.cursor.id)))
      : undefined;
  const wantClaims =
    !opts.bucket || opts.bucket === "unreviewed_claims" || opts.bucket === "claims_in_review";
  const wantEvents =
    !opts.bucket || opts.bucket === "event_drafts" || opts.bucket === "events_in_review";
  const claimFilter =
    opts.bucket && opts.bucket in CLAIM_BUCKETS
      ? [CLAIM_BUCKETS[opts.bucket as keyof typeof CLAIM_BUCKETS]]
      : [...claimStatuses];
  const eventFilter =
    opts.bucket && opts.bucket in EVENT_BUCKETS
      ? [EVENT_BUCKETS[opts.bucket as keyof typeof EVENT_BUCKETS]]
      : [...eventStatuses];
  const take = opts.limit + 1;
  return [
    db
      .select({ status: claimsTable.status, n: count() })
      .from(claimsTable)
      .where(and(inArray(claimsTable.status, [...claimStatuses]), isNull(claimsTable.mergedInto)))
      .groupBy(claimsTable.status),
    db
      .select({ status: eventsTable.status, n: count() })
      .from(eventsTable)
      .where(and(inArray(eventsTable.status, [...eventStatuses]), isNull(eventsTable.mergedInto)))
      .groupBy(eventsTable.status),
    db
      .select({
        id: claimsTable.id,
        title: claimsTable.statement,
        status: claimsTable.status,
        since: claimsTable.updatedAt,
        version: claimsTable.version,
      })
      .from(claimsTable)
      .where(
        and(
          wantClaims ? inArray(claimsTable.status, claimFilter) : eq(claimsTable.id, ""),
          isNull(claimsTable.mergedInto),
          keyset(claimsTable.updatedAt, claimsTable.id),
        ),
      )
      .orderBy(asc(claimsTable.updatedAt), asc(claimsTable.id))
      .limit(take),
    db
      .select({
        id: eventsTable.id,
        title: eventsTable.title,
        status: eventsTable.status,
        since: eventsTable.updatedAt,
        version: eventsTable.version,
      })
      .from(eventsTable)
      .where(
        and(
          wantEvents ? inArray(eventsTable.status, eventFilter) : eq(eventsTable.id, ""),
          isNull(eventsTable.mergedInto),
          keyset(eventsTable.updatedAt, eventsTable.id),
        ),
      )
      .orderBy(asc(eventsTable.updatedAt), asc(eventsTable.id))
      .limit(take),
  ] as const;
}

/**
 * The review queue: counts for every bucket and one page of items, oldest first. A bucket
 * filter narrows the page; counts always cover every bucket.
 */
export async function getQueue(
  db: Database,
  opts: QueueOptions,
): Promise<{ counts: Record<QueueBucket, number>; items: QueueItem[]; next: QueueCursor | null }> {
  const [claimCounts, eventCounts, claimRows, eventRows] = await db.batch(
    queueStatements(db, opts),
  );
  const conflicts = await listConflicts(db, { open: true });

  const counts: Record<QueueBucket, number> = {
    unreviewed_claims: claimCounts.find((r) => r.status === "unreviewed")?.n ?? 0,
    claims_in_review: claimCounts.find((r) => r.status === "in_review")?.n ?? 0,
    open_conflicts: conflicts.length,
    event_drafts: eventCounts.find((r) => r.status === "draft")?.n ?? 0,
    events_in_review: eventCounts.find((r) => r.status === "in_review")?.n ?? 0,
  };

  const items: QueueItem[] = [
    ...claimRows.map((r) => ({
      bucket: (r.status === "unreviewed" ? "unreviewed_claims" : "claims_in_review") as QueueBucket,
      recordType: "claim" as const,
      id: r.id,
      title: r.title,
      status: r.status,
      since: r.since,
      version: r.version,
    })),
    ...eventRows.map((r) => ({
      bucket: (r.status === "draft" ? "event_drafts" : "events_in_review") as QueueBucket,
      recordType: "event" as const,
      id: r.id,
      title: r.title,
      status: r.status,
      since: r.since,
      version: r.version,
    })),
  ];
  if (!opts.bucket || opts.bucket === "open_conflicts") {
    for (const c of conflicts) {
      // A conflict waits since its newest claim appeared.
      const since =
        c.claims
          .map((x) => x.createdAt)
          .sort()
          .at(-1) ?? "";
      const item: QueueItem = {
        bucket: "open_conflicts",
        recordType: "conflict",
        id: c.key,
        title: `${c.event ? `${c.event.title} — ` : ""}${c.property}: ${c.values
          .map((v) => v.value)
          .join(" vs ")}`,
        status: "open",
        since,
        version: null,
      };
      const cur = opts.cursor;
      if (!cur || item.since > cur.since || (item.since === cur.since && item.id > cur.id)) {
        items.push(item);
      }
    }
  }
  items.sort((a, b) =>
    a.since < b.since ? -1 : a.since > b.since ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const page = items.slice(0, opts.limit);
  const last = page[page.length - 1];
  const next = items.length > opts.limit && last ? { since: last.since, id: last.id } : null;
  return { counts, items: page, next };
}
