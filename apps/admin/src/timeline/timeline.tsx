import { describePartialDate, parsePartialDate } from "@factline/domain";
import type { ConflictWithClaims, Event } from "../api/contract";
import { Link } from "../router";
import { type ColourBy, colourOf } from "./colours";
import { daySpan, ticksFor, type View } from "./scale";

const WIDTH = 960;
const AXIS = 28;
const ROW = 40;
const SUB_ROW = 20;
const MIN_BAR = 6;

/** The competing values of an event's open date conflict, each with its day span. */
export type DateConflict = { value: string; claims: number; span: [number, number] }[];

/** Open conflicts about `event.date`, by event id, with each value's span. */
export function dateConflicts(conflicts: readonly ConflictWithClaims[]): Map<string, DateConflict> {
  const out = new Map<string, DateConflict>();
  for (const c of conflicts) {
    if (c.property !== "event.date" || c.resolved) continue;
    const values: DateConflict = [];
    for (const v of c.values) {
      const parsed = parsePartialDate(v.value);
      if (parsed.ok)
        values.push({ value: v.value, claims: v.claimIds.length, span: daySpan(parsed.date) });
    }
    if (values.length > 1) out.set(c.eventId, values);
  }
  return out;
}

type Props = {
  events: readonly Event[];
  conflicts: Map<string, DateConflict>;
  view: View;
  colourBy: ColourBy;
  /** The event this timeline is shown for (drawn outlined). */
  focusId?: string;
  onOpen: (id: string) => void;
};

type Row = { event: Event; y: number; span: [number, number]; conflict?: DateConflict };

function layout(events: readonly Event[], conflicts: Map<string, DateConflict>): Row[] {
  const dated = events
    .filter((e) => e.date)
    .map((e) => ({ event: e, span: daySpan(e.date as NonNullable<Event["date"]>) }))
    .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  let y = AXIS + 8;
  return dated.map(({ event, span }) => {
    const conflict = conflicts.get(event.id);
    const row: Row = { event, y, span, ...(conflict ? { conflict } : {}) };
    y += ROW + (conflict ? conflict.length * SUB_ROW : 0);
    return row;
  });
}

/**
 * Events on a time axis, each drawn over the days its date can mean (a decade is ten years
 * wide), related events joined by arrows, an open date conflict as its competing values side
 * by side under the event. Mouse users click a bar; the same content is the list below.
 */
export function TimelineChart({ events, conflicts, view, colourBy, focusId, onOpen }: Props) {
  const rows = layout(events, conflicts);
  const x = (day: number) => ((day - view.start) / (view.end - view.start)) * WIDTH;
  const bar = (span: [number, number]) => {
    const x1 = x(span[0]);
    const x2 = x(span[1]);
    const w = Math.max(MIN_BAR, x2 - x1);
    return { x: x2 - x1 < MIN_BAR ? (x1 + x2 - MIN_BAR) / 2 : x1, w };
  };
  const byId = new Map(rows.map((r) => [r.event.id, r]));
  const height = (rows.at(-1)?.y ?? AXIS) + ROW + (rows.at(-1)?.conflict?.length ?? 0) * SUB_ROW;
  const ticks = ticksFor(view);
  const undated = events.filter((e) => !e.date);

  return (
    <figure className="timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={`Timeline of ${rows.length} events; the list below says the same in words`}
        data-testid="timeline-svg"
      >
        <defs>
          <marker
            id="tl-arrow"
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="6"
            markerHeight="6"
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" fill="#475569" />
          </marker>
          <clipPath id="tl-clip">
            <rect x="0" y="0" width={WIDTH} height={height} />
          </clipPath>
        </defs>
        <g className="tl-axis">
          <line x1="0" x2={WIDTH} y1={AXIS} y2={AXIS} stroke="#94a3b8" />
          {ticks.map((t) => (
            <g key={t.day} transform={`translate(${x(t.day)},0)`}>
              <line y1={AXIS - 6} y2={height} stroke="#e2e8f0" />
              <text y={AXIS - 10} textAnchor="middle" fontSize="12" fill="#334155">
                {t.label}
              </text>
            </g>
          ))}
        </g>
        <g clipPath="url(#tl-clip)">
          {rows.flatMap((r) =>
            r.event.related.map((rel) => {
              const to = byId.get(rel.eventId);
              if (!to) return null;
              const from = bar(r.span);
              const target = bar(to.span);
              const x1 = from.x + from.w;
              const x2 = target.x;
              const y1 = r.y + 10;
              const y2 = to.y + 10;
              const bend = Math.max(24, Math.abs(x2 - x1) / 3);
              return (
                <path
                  key={`${r.event.id}>${rel.eventId}:${rel.relation}`}
                  className="tl-link"
                  data-relation={rel.relation}
                  d={`M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`}
                  fill="none"
                  stroke="#475569"
                  strokeDasharray={rel.relation === "precedes" ? "4 3" : undefined}
                  markerEnd="url(#tl-arrow)"
                >
                  <title>{`${r.event.title} ${rel.relation.replace("_", " ")} ${to.event.title}`}</title>
                </path>
              );
            }),
          )}
          {rows.map((r) => {
            const b = bar(r.span);
            const date = r.event.date as NonNullable<Event["date"]>;
            // Labels of bars in the right half end at the bar, so they never run off the chart.
            const right = b.x > WIDTH / 2;
            const labelX = right ? Math.min(b.x + b.w, WIDTH - 4) : Math.max(b.x, 4);
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: the bars are the mouse path; keyboard and screen-reader users have the list of links below
              <g
                key={r.event.id}
                className="tl-event"
                data-testid="timeline-event"
                data-event-id={r.event.id}
                data-precision={date.precision}
                data-x={b.x.toFixed(1)}
                data-width={b.w.toFixed(1)}
                onClick={() => onOpen(r.event.id)}
                style={{ cursor: "pointer" }}
              >
                <rect
                  x={b.x}
                  y={r.y}
                  width={b.w}
                  height={20}
                  rx={3}
                  fill={colourOf(colourBy, r.event)}
                  fillOpacity={date.precision === "day" ? 1 : 0.75}
                  stroke={r.event.id === focusId ? "#0f172a" : "none"}
                  strokeWidth={2}
                />
                <text
                  x={labelX}
                  y={r.y + 34}
                  fontSize="12"
                  fill="#0f172a"
                  textAnchor={right ? "end" : "start"}
                >
                  {r.event.title} · {describePartialDate(date)}
                </text>
                <title>{`${r.event.title}: ${describePartialDate(date)}`}</title>
              </g>
            );
          })}
          {rows.flatMap((r) =>
            (r.conflict ?? []).map((v, i) => {
              const b = bar(v.span);
              const y = r.y + ROW + i * SUB_ROW;
              return (
                <g
                  key={`${r.event.id}:${v.value}`}
                  className="tl-conflict-value"
                  data-testid="timeline-conflict-value"
                  data-value={v.value}
                  data-x={b.x.toFixed(1)}
                >
                  <rect
                    x={b.x}
                    y={y}
                    width={b.w}
                    height={12}
                    fill="#fff7ed"
                    stroke="#c2410c"
                    strokeDasharray="3 2"
                  />
                  <text
                    x={Math.min(b.x + b.w + 6, WIDTH - 260)}
                    y={y + 10}
                    fontSize="11"
                    fill="#7c2d12"
                  >
                    {`date disputed: ${v.value} (${v.claims} claim${v.claims === 1 ? "" : "s"})`}
                  </text>
                </g>
              );
            }),
          )}
        </g>
      </svg>
      <figcaption className="visually-hidden">Events on a time axis</figcaption>
      <h2 id="timeline-list-heading">In order, as a list</h2>
      <ol
        className="items timeline-list"
        aria-labelledby="timeline-list-heading"
        data-testid="timeline-list"
      >
        {rows.map((r) => (
          <li key={r.event.id}>
            <Link to={`/events/${r.event.id}`}>{r.event.title}</Link>{" "}
            <span className="muted">
              {describePartialDate(r.event.date as NonNullable<Event["date"]>)} · {r.event.kind} ·{" "}
              {r.event.status.replace("_", " ")}
            </span>
            {r.conflict && (
              <span className="tl-disputed">
                {" "}
                · date disputed:{" "}
                {r.conflict
                  .map((v) => `${v.value} (${v.claims} claim${v.claims === 1 ? "" : "s"})`)
                  .join(" vs ")}
              </span>
            )}
            {r.event.related.length > 0 && (
              <span className="muted">
                {" "}
                ·{" "}
                {r.event.related
                  .map(
                    (rel) =>
                      `${rel.relation.replace("_", " ")} ${byId.get(rel.eventId)?.event.title ?? rel.eventId}`,
                  )
                  .join("; ")}
              </span>
            )}
          </li>
        ))}
      </ol>
      {undated.length > 0 && (
        <p className="muted">
          Not on the axis (no date): {undated.map((e) => e.title).join(", ")}.
        </p>
      )}
    </figure>
  );
}
