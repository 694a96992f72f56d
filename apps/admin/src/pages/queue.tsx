import { QUEUE_BUCKETS, type QueueBucket } from "@factline/domain";
import { adminApi } from "../api/admin";
import type { QueueItem } from "../api/contract";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { LoadState, StatusBadge, when } from "../components/status";
import { Link } from "../router";

const BUCKET_LABELS: Record<QueueBucket, string> = {
  unreviewed_claims: "Unreviewed claims",
  claims_in_review: "Claims in review",
  open_conflicts: "Open conflicts",
  event_drafts: "Event drafts",
  events_in_review: "Events in review",
};

function linkFor(item: QueueItem): string {
  if (item.recordType === "claim") return `/claims/${encodeURIComponent(item.id)}`;
  if (item.recordType === "event") return `/events/${encodeURIComponent(item.id)}`;
  return `/conflicts#${encodeURIComponent(item.id)}`;
}

/** The review queue: what waits for editors and reviewers, with counts per bucket. */
export function QueuePage() {
  const queue = useResource(keys.queue(), () => adminApi.queue());
  const items = queue.data?.data ?? [];
  const counts = queue.data?.counts;
  return (
    <>
      <h1>Review queue</h1>
      <LoadState loading={queue.loading && !queue.data} error={queue.error} />
      {counts && (
        <ul className="counts" aria-label="Queue counts">
          {QUEUE_BUCKETS.map((b) => (
            <li key={b}>
              <a href={`#${b}`}>
                <span className="count">{counts[b] ?? 0}</span> {BUCKET_LABELS[b]}
              </a>
            </li>
          ))}
        </ul>
      )}
      {queue.data &&
        QUEUE_BUCKETS.map((b) => {
          const list = items.filter((i) => i.bucket === b);
          return (
            <section key={b} id={b} aria-labelledby={`${b}-heading`}>
              <h2 id={`${b}-heading`}>
                {BUCKET_LABELS[b]} ({counts?.[b] ?? list.length})
              </h2>
              {list.length === 0 ? (
                <p className="muted">Nothing waiting.</p>
              ) : (
                <ul className="items" aria-label={BUCKET_LABELS[b]}>
                  {list.map((item) => (
                    <li key={`${item.recordType}:${item.id}`}>
                      <Link to={linkFor(item)}>{item.title}</Link>{" "}
                      {item.recordType !== "conflict" && <StatusBadge status={item.status} />}{" "}
                      <span className="muted">waiting since {when(item.since)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
    </>
  );
}
