import { FEED_INTERVAL_MINUTES } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import type { Feed, FeedItem } from "../api/contract";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { LoadState, when } from "../components/status";
import { useSession } from "../session";

function problemText(err: unknown): string {
  return (err as Error)?.message ?? String(err);
}

function WatchFeedForm({ onCreated }: { onCreated: () => void }) {
  const [url, setUrl] = useState("");
  const [interval, setInterval] = useState(String(FEED_INTERVAL_MINUTES.default));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      aria-label="Watch a feed"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        setError(null);
        try {
          await adminApi.createFeed({ url, intervalMinutes: Number(interval) });
          setUrl("");
          onCreated();
        } catch (err) {
          setError(problemText(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <label>
        Feed URL (RSS 2.0, Atom or JSON Feed)
        <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label>
        Minutes between polls
        <input
          type="number"
          min={FEED_INTERVAL_MINUTES.min}
          max={FEED_INTERVAL_MINUTES.max}
          value={interval}
          onChange={(e) => setInterval(e.target.value)}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Registering…" : "Watch feed"}
      </button>
    </form>
  );
}

function FeedRow({ feed, onChanged }: { feed: Feed; onChanged: () => void }) {
  const { can } = useSession();
  return (
    <tr>
      <th scope="row">
        {feed.title ?? feed.url}
        <br />
        <small>{feed.url}</small>
      </th>
      <td>{feed.status}</td>
      <td>{feed.intervalMinutes} min</td>
      <td>{when(feed.lastPolledAt)}</td>
      <td data-testid="feed-outcome">{feed.lastOutcome ?? "not polled yet"}</td>
      <td>
        {feed.items.drafted} drafted, {feed.items.duplicate} duplicate, {feed.items.queued} queued,{" "}
        {feed.items.dead} dead
      </td>
      <td>
        {can("feed.manage") && (
          <button
            type="button"
            className="secondary"
            onClick={async () => {
              await adminApi.pollFeed(feed.id);
              onChanged();
            }}
          >
            Poll soon
          </button>
        )}
      </td>
    </tr>
  );
}

function ItemsTable({
  items,
  caption,
  onRetry,
}: {
  items: FeedItem[];
  caption: string;
  onRetry?: (id: string) => void;
}) {
  if (items.length === 0) return <p>None.</p>;
  return (
    <table className="list">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Article</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">Reason / result</th>
          <th scope="col">Found</th>
          {onRetry && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id}>
            <th scope="row">
              {i.title ?? i.url}
              <br />
              <small>{i.url}</small>
            </th>
            <td>{i.status}</td>
            <td>{i.attempts}</td>
            <td>
              {i.status === "drafted"
                ? `draft ${i.ingestId}`
                : i.status === "duplicate"
                  ? `duplicate of ${i.duplicateOf}`
                  : (i.lastError ?? "")}
            </td>
            <td>{when(i.createdAt)}</td>
            {onRetry && (
              <td>
                <button type="button" className="secondary" onClick={() => onRetry(i.id)}>
                  Retry
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Watched publisher feeds, what their polls brought in, and the dead letters with reasons. */
export function FeedsPage() {
  const { can } = useSession();
  const feeds = useResource(keys.feeds(), () => adminApi.listFeeds());
  const dead = useResource(keys.feedItems({ status: "dead" }), () =>
    adminApi.listFeedItems({ status: "dead" }),
  );
  const recent = useResource(keys.feedItems(), () => adminApi.listFeedItems({}));
  const reload = () => {
    void feeds.reload();
    void dead.reload();
    void recent.reload();
  };
  return (
    <>
      <h1>Feeds</h1>
      <p>
        Every new article a watched feed lists is fetched and stored as a draft on the Ingest page,
        for an editor to review; nothing is published by itself.
      </p>
      <button type="button" className="secondary" onClick={reload}>
        Refresh
      </button>
      <LoadState loading={feeds.loading && !feeds.data} error={feeds.error} />
      {feeds.data && (
        <table className="list">
          <caption className="visually-hidden">Watched feeds</caption>
          <thead>
            <tr>
              <th scope="col">Feed</th>
              <th scope="col">Status</th>
              <th scope="col">Interval</th>
              <th scope="col">Last poll</th>
              <th scope="col">Outcome</th>
              <th scope="col">Items</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {feeds.data.data.map((f) => (
              <FeedRow key={f.id} feed={f} onChanged={reload} />
            ))}
          </tbody>
        </table>
      )}
      {can("feed.manage") && (
        <section aria-labelledby="watch-h">
          <h2 id="watch-h">Watch a feed</h2>
          <WatchFeedForm onCreated={reload} />
        </section>
      )}
      <section aria-labelledby="dead-h">
        <h2 id="dead-h">Dead letters</h2>
        <LoadState loading={dead.loading && !dead.data} error={dead.error} />
        {dead.data && (
          <ItemsTable
            items={dead.data.data}
            caption="Dead letters"
            {...(can("feed.manage")
              ? {
                  onRetry: async (itemId: string) => {
                    await adminApi.retryFeedItem(itemId);
                    reload();
                  },
                }
              : {})}
          />
        )}
      </section>
      <section aria-labelledby="recent-h">
        <h2 id="recent-h">Recent items</h2>
        <LoadState loading={recent.loading && !recent.data} error={recent.error} />
        {recent.data && <ItemsTable items={recent.data.data} caption="Recent feed items" />}
      </section>
    </>
  );
}
