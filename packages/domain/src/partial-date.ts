import { z } from "zod";

/** How precisely a date is known. */
export const DatePrecision = z
  .enum(["day", "month", "year", "decade"])
  .meta({ description: "How precisely the date is known" });
export type DatePrecision = z.infer<typeof DatePrecision>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date known to some precision: `2025-07-04` (day), `2021-08` (month), `2001` (year) or
 * `1990s` (decade), with the earliest and latest calendar day it can mean.
 */
export const PartialDateSchema = z
  .object({
    /** The canonical text form: `2025-07-04`, `2021-08`, `2001` or `1990s`. */
    value: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$|^\d{3}0s$/, {
        message: "must be YYYY-MM-DD, YYYY-MM, YYYY or a decade like 1990s",
      })
      .meta({ description: "Canonical form: 2025-07-04, 2021-08, 2001 or 1990s" }),
    /** How precisely the date is known. */
    precision: DatePrecision.describe("How precisely the date is known."),
    /** The first day the date can mean (ISO 8601, `YYYY-MM-DD`). */
    earliest: z
      .string()
      .regex(ISO_DAY, { message: "must be YYYY-MM-DD" })
      .meta({ description: "First day the date can mean (YYYY-MM-DD)" }),
    /** The last day the date can mean (ISO 8601, `YYYY-MM-DD`). */
    latest: z
      .string()
      .regex(ISO_DAY, { message: "must be YYYY-MM-DD" })
      .meta({ description: "Last day the date can mean (YYYY-MM-DD)" }),
  })
  .meta({ id: "PartialDate", description: "A date with its precision and the range it covers" });
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** The result of `parsePartialDate`: the date, or a message saying why the text is not one. */
export type ParsePartialDateResult =
  | { ok: true; date: PartialDate }
  | { ok: false; message: string };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function iso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A day-precision date. Month and day are 1-based. Throws on an impossible day. */
export function dayDate(year: number, month: number, day: number): PartialDate {
  const r = parsePartialDate(iso(year, month, day));
  if (!r.ok) throw new RangeError(r.message);
  return r.date;
}

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `YYY0s`. Years run 0001–9999. Impossible dates such
 * as `2025-02-30` or `2025-13` are rejected with a message saying why.
 */
export function parsePartialDate(input: string): ParsePartialDateResult {
  const text = input.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year < 1) return { ok: false, message: "year must be 0001 or later" };
    if (month < 1 || month > 12) return { ok: false, message: `month ${m[2]} does not exist` };
    const max = daysInMonth(year, month);
    if (day < 1 || day > max) {
      return {
        ok: false,
        message: `${MONTH_NAMES[month - 1]} ${year} has ${max} days, so day ${m[3]} does not exist`,
      };
    }
    const value = iso(year, month, day);
    return { ok: true, date: { value, precision: "day", earliest: value, latest: value } };
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (year < 1) return { ok: false, message: "year must be 0001 or later" };
    if (month < 1 || month > 12) return { ok: false, message: `month ${m[2]} does not exist` };
    return {
      ok: true,
      date: {
        value: `${pad(year, 4)}-${pad(month)}`,
        precision: "month",
        earliest: iso(year, month, 1),
        latest: iso(year, month, daysInMonth(year, month)),
      },
    };
  }
  m = /^(\d{4})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    if (year < 1) return { ok: false, message: "year must be 0001 or later" };
    return {
      ok: true,
      date: {
        value: pad(year, 4),
        precision: "year",
        earliest: iso(year, 1, 1),
        latest: iso(year, 12, 31),
      },
    };
  }
  m = /^(\d{3})0s$/.exec(text);
  if (m) {
    const start = Number(m[1]) * 10;
    // The 0s decade (years 1–9) has no year 0 in the proleptic Gregorian calendar used here.
    const first = Math.max(start, 1);
    return {
      ok: true,
      date: {
        value: `${pad(start, 4).slice(0, 3)}0s`,
        precision: "decade",
        earliest: iso(first, 1, 1),
        latest: iso(start + 9, 12, 31),
      },
    };
  }
  // Quote at most a short prefix: the text comes from a request and may be huge.
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return {
    ok: false,
    message: `"${shown}" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or a decade like 1990s`,
  };
}

/** The canonical text of a partial date (the inverse of `parsePartialDate`). */
export function formatPartialDate(date: PartialDate): string {
  return date.value;
}

/** A human-readable form: `4 July 2025`, `August 2021`, `2001`, `the 1990s`. */
export function describePartialDate(date: PartialDate): string {
  const [y, mo, d] = date.earliest.split("-").map(Number) as [number, number, number];
  switch (date.precision) {
    case "day":
      return `${d} ${MONTH_NAMES[mo - 1]} ${y}`;
    case "month":
      return `${MONTH_NAMES[mo - 1]} ${y}`;
    case "year":
      return String(y);
    case "decade":
      return `the ${date.value}`;
  }
}

// Coarsest to finest: among dates starting the same day, the more precise sorts first.
const PRECISION_RANK: Record<DatePrecision, number> = { decade: 0, year: 1, month: 2, day: 3 };

/**
 * Orders partial dates chronologically: by earliest day, then the more precise first
 * (`2021-08-15` before `2021-08`), then by latest day. Usable with `Array.prototype.sort`.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.precision !== b.precision) return PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision];
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return 0;
}

/** True when the two dates' ranges share at least one day. */
export function partialDatesOverlap(a: PartialDate, b: PartialDate): boolean {
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

/** True when every day `inner` can mean lies within `outer` (`2021-08-15` is within `2021`). */
export function partialDateContains(outer: PartialDate, inner: PartialDate): boolean {
  return outer.earliest <= inner.earliest && inner.latest <= outer.latest;
}

/**
 * A zod schema for a partial date written as text (`2025-07-04`); the output is the structured
 * `PartialDate`. Use it for inputs and query parameters.
 */
export const PartialDateText = z
  .string()
  .transform((value, ctx) => {
    const r = parsePartialDate(value);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }
    return r.date;
  })
  .meta({
    description: "A partial date: 2025-07-04, 2021-08, 2001 or 1990s",
    example: "2025-07-04",
  });
