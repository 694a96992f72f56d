import { QUEUE_BUCKETS, type QueueBucket } from "@factline/domain";
import { useRef, useState } from "react";
import { adminApi } from "../api/admin";
import type { QueueItem } from "../api/contract";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { LoadState, StatusBadge, when } from "../components/status";
import { useShortcuts } from "../keyboard/use-shortcuts";
import { Link, navigate } from "../router";

const BUCKET_LABELS: Record<QueueBucket, string> = {
  unreviewed_claims: "Unreviewed claims",
  claims_in_review: "Claims in review",
  open_conflicts: "Open conflicts",
  event_drafts: "Event drafts",
  events_in_review: "Events in review",
};

export function linkFor(item: QueueItem): string {
  if (item.recordType === "claim") return `/claims/${encodeURIComponent(item.id)}`;
  if (item.recordType === "event") return `/events/${encodeURIComponent(item.id)}`;
  return `/conflicts#${encodeURIComponent(item.id)}`;
}

/** The review queue: what waits for editors and reviewers, with counts per bucket. */
export function QueuePage() {
  const queue = useResource(keys.queue(), () => adminApi.queue());
  const [q, setQ] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const items = (queue.data?.data ?? []).filter((i) =>
    i.title.toLowerCase().includes(q.trim().toLowerCase()),
  );
  const counts = queue.data?.counts;
  // j/k move focus along the items' links, so Enter opens the focused one as any link does.
  const step = (by: number) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>("a[data-queue-item]")];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = at === -1 ? (by > 0 ? 0 : links.length - 1) : at + by;
    links[Math.min(Math.max(next, 0), links.length - 1)]?.focus();
  };
  useShortcuts({
    j: () => step(1),
    k: () => step(-1),
    "/": () => search.current?.focus(),
  });
  return (
    <>
      <h1>Review queue</h1>
      <LoadState loading={queue.loading && !queue.data} error={queue.error} />
      <p className="muted">
        Keyboard: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>Enter</kbd> open, <kbd>/</kbd>{" "}
        search, <kbd>?</kbd> all shortcuts.
      </p>
      <search>
        <label>
          Search the queue{" "}
          <input
            ref={search}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              // Escape leaves the search for the list; Enter opens the first match.
              if (e.key === "Escape") {
                // Chrome clears a search field on Escape; keep the filter, leave for the list.
                e.preventDefault();
                step(1);
              }
              if (e.key === "Enter" && items[0]) navigate(linkFor(items[0]));
            }}
          />
        </label>
      </search>
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
                      <Link to={linkFor(item)} data-queue-item="">
                        {item.title}
                      </Link>{" "}
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
