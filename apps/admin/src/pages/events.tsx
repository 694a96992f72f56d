import { describePartialDate } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import type { Event } from "../api/contract";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { LoadState, StatusBadge } from "../components/status";
import { EventForm } from "../forms/event-form";
import { Link, navigate, useLocation } from "../router";
import { useSession } from "../session";

const STATUSES = ["", "draft", "in_review", "published", "retracted"] as const;

/** Every event in any status, filterable, with a form to start a new one. */
export function EventsPage() {
  const { search } = useLocation();
  const { can } = useSession();
  const status = search.get("status") ?? "";
  const q = search.get("q") ?? "";
  const [query, setQuery] = useState(q);
  const [creating, setCreating] = useState(false);
  const events = useResource(keys.events({ status, q }), () => adminApi.listEvents({ status, q }));
  // Later pages, appended below the first (reset when the filters change).
  const [more, setMore] = useState<{ key: string; data: Event[]; next: string | null } | null>(
    null,
  );
  const filterKey = `${status}|${q}`;
  const extra = more?.key === filterKey ? more : null;
  const next = extra ? extra.next : (events.data?.next ?? null);
  const rows = [...(events.data?.data ?? []), ...(extra?.data ?? [])];
  const [loadingMore, setLoadingMore] = useState(false);
  async function loadMore() {
    if (!next) return;
    setLoadingMore(true);
    try {
      const r = await adminApi.listEvents({ status, q, cursor: next });
      setMore({
        key: filterKey,
        data: [...(extra?.data ?? []), ...r.data.data],
        next: r.data.next ?? null,
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const filter = (next: { status?: string; q?: string }) => {
    const p = new URLSearchParams({ status, q, ...next });
    for (const [k, v] of [...p]) if (!v) p.delete(k);
    const s = p.toString();
    navigate(`/events${s ? `?${s}` : ""}`, { replace: true });
  };

  return (
    <>
      <h1>Events</h1>
      <search>
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            filter({ q: query });
          }}
        >
          <label>
            Status{" "}
            <select value={status} onChange={(e) => filter({ status: e.target.value })}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s || "any"}
                </option>
              ))}
            </select>
          </label>
          <label>
            Title contains <input value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <button type="submit" className="secondary">
            Filter
          </button>
        </form>
      </search>
      {can("event.create") && (
        <div className="create">
          {creating ? (
            <section aria-labelledby="new-event">
              <h2 id="new-event">New event</h2>
              <EventForm event={null} onSaved={(e: Event) => navigate(`/events/${e.id}`)} />
              <button type="button" className="link" onClick={() => setCreating(false)}>
                Cancel
              </button>
            </section>
          ) : (
            <button type="button" onClick={() => setCreating(true)}>
              New event
            </button>
          )}
        </div>
      )}
      <LoadState loading={events.loading && !events.data} error={events.error} />
      {events.data && (
        <table className="list">
          <caption className="visually-hidden">Events</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link to={`/events/${e.id}`}>{e.title}</Link>
                </td>
                <td>{e.date ? describePartialDate(e.date) : "—"}</td>
                <td>{e.kind}</td>
                <td>
                  <StatusBadge status={e.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {events.data?.data.length === 0 && <p className="muted">No events match.</p>}
      {next && (
        <button
          type="button"
          className="secondary"
          disabled={loadingMore}
          onClick={() => void loadMore()}
        >
          {loadingMore ? "Loading…" : "More events"}
        </button>
      )}
    </>
  );
}
