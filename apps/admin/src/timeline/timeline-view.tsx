import { useState } from "react";
import { adminApi } from "../api/admin";
import type { Event } from "../api/contract";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { LoadState } from "../components/status";
import { navigate } from "../router";
import { AREA_COLOURS, type ColourBy, STATUS_COLOURS } from "./colours";
import { daySpan, viewFor, ZOOMS, type Zoom } from "./scale";
import { dateConflicts, TimelineChart } from "./timeline";

/** Every event, page after page (the timeline needs all of them, the list API pages by 50). */
async function allEvents() {
  const first = await adminApi.listEvents();
  const data = [...first.data.data];
  let next = first.data.next;
  for (let i = 0; next && i < 20; i++) {
    const page = await adminApi.listEvents({ cursor: next });
    data.push(...page.data.data);
    next = page.data.next;
  }
  return { ...first, data };
}

type Props = {
  /** The event the timeline is shown for: zoom centres on it and only it and its relations show. */
  focus?: Event;
};

/** The timeline with its controls: zoom, pan, colour and filters by actor, place and kind. */
export function TimelineView({ focus }: Props) {
  const events = useResource(keys.timeline(), allEvents);
  const conflicts = useResource(keys.conflicts(), () => adminApi.conflicts());
  const actors = useResource(keys.actors(), () => adminApi.listActors());
  const [zoom, setZoom] = useState<Zoom>("decades");
  const [colourBy, setColourBy] = useState<ColourBy>("kind");
  const [actor, setActor] = useState("");
  const [place, setPlace] = useState("");
  const [kind, setKind] = useState("");
  const [shift, setShift] = useState(0);

  const all = events.data ?? [];
  const related = focus
    ? new Set([
        focus.id,
        ...focus.related.map((r) => r.eventId),
        ...all.filter((e) => e.related.some((r) => r.eventId === focus.id)).map((e) => e.id),
      ])
    : null;
  const shown = all.filter(
    (e) =>
      (!related || related.has(e.id)) &&
      (!actor || e.actors.some((a) => a.actorId === actor)) &&
      (!place || e.places.includes(place)) &&
      (!kind || e.kind === kind),
  );
  const spans = shown
    .filter((e) => e.date)
    .map((e) => daySpan(e.date as NonNullable<Event["date"]>));
  const extent = spans.length
    ? { start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])) }
    : { start: 0, end: 1 };
  const centreOf = focus?.date ? daySpan(focus.date) : spans.at(-1);
  const centre = (centreOf ? (centreOf[0] + centreOf[1]) / 2 : extent.end) + shift;
  const view = viewFor(zoom, extent, centre);
  const step = (view.end - view.start) / 2;

  const actorNames = new Map((actors.data?.data ?? []).map((a) => [a.id, a.name]));
  const actorIds = [...new Set(all.flatMap((e) => e.actors.map((a) => a.actorId)))];
  const places = [...new Set(all.flatMap((e) => e.places))].sort();
  const kinds = [...new Set(all.map((e) => e.kind))].sort();
  const legend = colourBy === "kind" ? AREA_COLOURS : STATUS_COLOURS;

  return (
    <section aria-labelledby="timeline-heading" className="timeline-view">
      <h2 id="timeline-heading" className={focus ? "" : "visually-hidden"}>
        Timeline
      </h2>
      <LoadState loading={events.loading && !events.data} error={events.error} />
      <div className="timeline-controls">
        <fieldset>
          <legend>Zoom</legend>
          {ZOOMS.map((z) => (
            <button
              key={z}
              type="button"
              className={z === zoom ? "" : "secondary"}
              aria-pressed={z === zoom}
              onClick={() => {
                setZoom(z);
                setShift(0);
              }}
            >
              {z[0]?.toUpperCase()}
              {z.slice(1)}
            </button>
          ))}
          {zoom !== "decades" && (
            <>
              <button type="button" className="secondary" onClick={() => setShift((s) => s - step)}>
                ← Earlier
              </button>
              <button type="button" className="secondary" onClick={() => setShift((s) => s + step)}>
                Later →
              </button>
            </>
          )}
        </fieldset>
        <label>
          Colour by{" "}
          <select
            aria-label="Colour by"
            value={colourBy}
            onChange={(e) => setColourBy(e.target.value as ColourBy)}
          >
            <option value="kind">kind</option>
            <option value="status">status</option>
          </select>
        </label>
        {!focus && (
          <>
            <label>
              Actor{" "}
              <select aria-label="Actor" value={actor} onChange={(e) => setActor(e.target.value)}>
                <option value="">any</option>
                {actorIds.map((id) => (
                  <option key={id} value={id}>
                    {actorNames.get(id) ?? id}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Place{" "}
              <select aria-label="Place" value={place} onChange={(e) => setPlace(e.target.value)}>
                <option value="">any</option>
                {places.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Kind{" "}
              <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">any</option>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </div>
      <ul className="timeline-legend" aria-label={`Colours by ${colourBy}`}>
        {Object.entries(legend).map(([name, colour]) => (
          <li key={name}>
            <span className="swatch" style={{ background: colour }} aria-hidden="true" />{" "}
            {name.replace("_", " ")}
          </li>
        ))}
        <li>
          <span className="swatch swatch-disputed" aria-hidden="true" /> disputed date value
        </li>
      </ul>
      {events.data && (
        <TimelineChart
          events={shown}
          conflicts={dateConflicts(conflicts.data?.data ?? [])}
          view={view}
          colourBy={colourBy}
          {...(focus ? { focusId: focus.id } : {})}
          onOpen={(id) => navigate(`/events/${id}`)}
        />
      )}
    </section>
  );
}
