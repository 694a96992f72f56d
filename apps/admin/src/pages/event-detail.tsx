import { canEdit, describePartialDate } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import type { Event } from "../api/contract";
import { keys } from "../api/query-client";
import { useAfterWrite, useResource } from "../api/use-resource";
import { useTitles } from "../api/use-titles";
import { ChangedBanner } from "../components/changed-banner";
import { MergeForm } from "../components/merge-form";
import { Revisions } from "../components/revisions";
import { LoadState, StatusBadge } from "../components/status";
import { Transitions } from "../components/transitions";
import { NewClaimForm } from "../forms/claim-forms";
import { EventForm } from "../forms/event-form";
import { Link, navigate } from "../router";
import { useSession, useUser } from "../session";
import { TimelineView } from "../timeline/timeline-view";

/** One event: its edit form, claims, workflow and revision history. */
export function EventDetailPage({ id }: { id: string }) {
  const user = useUser();
  const afterWrite = useAfterWrite();
  const { can } = useSession();
  const event = useResource(keys.event(id), () => adminApi.getEvent(id), { pinned: true });
  const claims = useResource(keys.claims({ event: id }), () => adminApi.listClaims({ event: id }));
  const e = event.data;
  // A restore replaces the fields from outside the form, so the form starts over from them.
  const [restores, setRestores] = useState(0);
  const actors = useTitles(e?.actors.map((a) => a.actorId) ?? [], adminApi.getActor);
  const related = useTitles(e?.related.map((r) => r.eventId) ?? [], adminApi.getEvent);
  const others = useResource(keys.events({ for: "merge" }), () =>
    can("claim.merge")
      ? adminApi.listEvents()
      : Promise.resolve({ data: { data: [] as Event[], next: null }, etag: null, status: 200 }),
  );

  return (
    <>
      <p>
        <Link to="/events">← Events</Link>
      </p>
      <LoadState loading={event.loading && !e} error={event.error} />
      {e && (
        <>
          <h1>{e.title}</h1>
          <p className="meta">
            <StatusBadge status={e.status} /> · {e.date ? describePartialDate(e.date) : "no date"} ·
            version {e.version}
          </p>
          <ChangedBanner
            noun="event"
            id={e.id}
            version={e.version}
            onReload={() => void event.reload().then(() => setRestores((n) => n + 1))}
          />
          <div className="columns">
            <section aria-labelledby="edit-heading">
              <h2 id="edit-heading">Edit</h2>
              {!canEdit("event", e.status, user.role) && (
                <p className="muted">
                  {user.role === "editor" ? "Editors" : "You"} cannot edit an event that is{" "}
                  {e.status}.
                </p>
              )}
              <EventForm
                key={`${e.id}:${restores}`}
                event={e}
                disabled={!canEdit("event", e.status, user.role)}
                onSaved={(saved: Event, etag) => event.set(saved, etag)}
              />
            </section>
            <div>
              <Transitions entity="event" record={e} onChanged={(r) => event.set(r as Event)} />
              <section aria-labelledby="actors-heading">
                <h2 id="actors-heading">Actors and related events</h2>
                {e.actors.length === 0 && e.related.length === 0 && (
                  <p className="muted">None recorded.</p>
                )}
                <ul className="items" aria-label="Actors">
                  {e.actors.map((a) => (
                    <li key={`${a.actorId}:${a.role}`}>
                      {actors[a.actorId] ?? a.actorId} <span className="muted">({a.role})</span>
                    </li>
                  ))}
                </ul>
                <ul className="items" aria-label="Related events">
                  {e.related.map((r) => (
                    <li key={`${r.eventId}:${r.relation}`}>
                      <span className="muted">{r.relation.replace("_", " ")}</span>{" "}
                      <Link to={`/events/${r.eventId}`}>{related[r.eventId] ?? r.eventId}</Link>
                    </li>
                  ))}
                </ul>
              </section>
              <section aria-labelledby="claims-heading">
                <h2 id="claims-heading">Claims</h2>
                <LoadState loading={claims.loading && !claims.data} error={claims.error} />
                <ul className="items" aria-label="Claims about this event">
                  {claims.data?.data.map((c) => (
                    <li key={c.id}>
                      <Link to={`/claims/${c.id}`}>{c.statement || c.text}</Link>{" "}
                      <StatusBadge status={c.status} />
                      {c.sourceId && (
                        <>
                          {" "}
                          <Link to={`/sources/${c.sourceId}`} className="muted">
                            read in source
                          </Link>
                        </>
                      )}
                      {c.rank !== "normal" && (
                        <span className={`rank rank-${c.rank}`}>{c.rank}</span>
                      )}
                    </li>
                  ))}
                </ul>
                {claims.data?.data.length === 0 && <p className="muted">No claims yet.</p>}
                {can("claim.create") && (
                  <details>
                    <summary>New claim</summary>
                    <NewClaimForm
                      eventId={e.id}
                      onCreated={(c) => {
                        afterWrite();
                        navigate(`/claims/${c.id}`);
                      }}
                    />
                  </details>
                )}
              </section>
            </div>
          </div>
          <TimelineView focus={e} />
          {can("claim.merge") && e.status !== "retracted" && (
            <section aria-labelledby="merge-heading">
              <h2 id="merge-heading">Duplicate?</h2>
              <MergeForm
                type="event"
                record={e}
                candidates={(others.data?.data ?? []).map((x) => ({ id: x.id, label: x.title }))}
                onMerged={(winner) => {
                  afterWrite();
                  navigate(`/events/${winner}`);
                }}
              />
            </section>
          )}
          <Revisions
            type="event"
            recordId={e.id}
            currentVersion={e.version}
            onRestored={(r) => {
              event.set(r as Event);
              setRestores((n) => n + 1);
            }}
          />
        </>
      )}
    </>
  );
}
