import type { PartialDate } from "@factline/domain";

// The timeline's arithmetic: days since 1970 (UTC), the window a zoom level shows, the ticks of
// its axis. No charting library: a linear scale and calendar ticks are all it needs.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day (`YYYY-MM-DD`). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** The days a partial date covers, end exclusive: a decade is ten years wide. */
export function daySpan(date: Pick<PartialDate, "earliest" | "latest">): [number, number] {
  return [dayNumber(date.earliest), dayNumber(date.latest) + 1];
}

export const ZOOMS = ["decades", "years", "months", "days"] as const;
export type Zoom = (typeof ZOOMS)[number];

/** How many days each zoom level shows across the chart (decades: everything). */
const ZOOM_DAYS: Record<Exclude<Zoom, "decades">, number> = {
  years: 366 * 4,
  months: 31 * 6,
  days: 21,
};

export type View = { start: number; end: number };

/** The window a zoom shows, centred on `centre` (a day), within the data's extent when wider. */
export function viewFor(zoom: Zoom, extent: View, centre: number): View {
  if (zoom === "decades") {
    const pad = Math.max(180, (extent.end - extent.start) * 0.03);
    return { start: extent.start - pad, end: extent.end + pad };
  }
  const half = ZOOM_DAYS[zoom] / 2;
  return { start: centre - half, end: centre + half };
}

export type Tick = { day: number; label: string };

function isoOf(day: number): { y: number; m: number } {
  const d = new Date(day * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1 };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Calendar ticks for a window: decades, years, months or days, about 4 to 16 of them. */
export function ticksFor(view: View): Tick[] {
  const span = view.end - view.start;
  const ticks: Tick[] = [];
  const first = isoOf(view.start);
  if (span > 365 * 25) {
    for (let y = Math.ceil(first.y / 10) * 10; ; y += 10) {
      const day = Date.UTC(y, 0, 1) / DAY_MS;
      if (day > view.end) break;
      ticks.push({ day, label: `${y}s` });
    }
  } else if (span > 365 * 2) {
    const step = span > 365 * 10 ? 5 : 1;
    for (let y = Math.ceil(first.y / step) * step; ; y += step) {
      const day = Date.UTC(y, 0, 1) / DAY_MS;
      if (day > view.end) break;
      if (day >= view.start) ticks.push({ day, label: String(y) });
    }
  } else if (span > 45) {
    for (let i = 0; ; i++) {
      const day = Date.UTC(first.y, first.m - 1 + i, 1) / DAY_MS;
      if (day > view.end) break;
      const { y, m } = isoOf(day);
      if (day >= view.start) ticks.push({ day, label: `${MONTHS[m - 1]} ${y}` });
    }
  } else {
    for (let day = Math.ceil(view.start); day <= view.end; day++) {
      const d = new Date(day * DAY_MS);
      if (span > 16 && d.getUTCDate() % 2 === 0) continue;
      ticks.push({ day, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` });
    }
  }
  return ticks;
}
