// Dates in text as PartialDates. English goes through chrono-node (English locale only, to keep
// the Worker bundle lean); es, fr, pt, de and it through the data tables of ./dates/lexicon.ts
// (./dates/rules.ts). Bare years and decades, which chrono leaves alone, come from the two rules
// below. Nothing here reads the clock: relative expressions resolve against the article date or
// are left out.
import { dayDate, type PartialDate, parsePartialDate } from "@factline/domain";
import * as chrono from "chrono-node/en";
import { findRuleDates } from "./dates/rules";

/** A date found in a text, with offsets relative to that text. */
export type FoundDate = {
  text: string;
  start: number;
  end: number;
  date: PartialDate;
  relative: boolean;
};

const RELATIVE =
  /\b(?:yesterday|today|tonight|tomorrow|last|next|this|ago|earlier|later|coming|past)\b|^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

// The relative expressions we trust to mean a date relative to publication. Chrono also reads
// "a week after <event>" as publication + 7 days, which is wrong in news copy.
const TRUSTED_RELATIVE =
  /^(?:(?:on|since|until|by)\s+)?(?:yesterday|today|tonight|tomorrow|(?:last|this|next|past)\s+(?:week|month|year|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|(?:(?:last|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?|earlier this (?:week|month|year)|last night|this morning)$/i;

const MONTH_DAY =
  /^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)$/i;

const ENGLISH_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\s+(?:January|February|March|April|June|July|August|September|October|November|December)\s+\d{4}\b/;

const pad = (n: number) => String(n).padStart(2, "0");

function fromParts(year: number, month?: number, day?: number): PartialDate | null {
  const text =
    day !== undefined && month !== undefined
      ? `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`
      : month !== undefined
        ? `${String(year).padStart(4, "0")}-${pad(month)}`
        : String(year).padStart(4, "0");
  const r = parsePartialDate(text);
  return r.ok ? r.date : null;
}

function utcDay(d: Date): { y: number; m: number; d: number } {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

// "last week" names a Monday–Sunday span; a PartialDate cannot say "week", so the narrowest
// precision that holds the whole span is used (month when it does not cross one, else year).
function weekSpan(day: Date): PartialDate | null {
  const dow = (day.getUTCDay() + 6) % 7;
  const monday = new Date(day.getTime() - dow * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  const a = utcDay(monday);
  const b = utcDay(sunday);
  if (a.y === b.y && a.m === b.m) return fromParts(a.y, a.m);
  if (a.y === b.y) return fromParts(a.y);
  return null;
}

/** Parses an ISO timestamp or partial date (`2025-07-04`, `2025-07-04T10:00:00Z`) to a day. */
export function articleDay(value: string | null | undefined): PartialDate | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  const r = parsePartialDate(value);
  return r.ok ? r.date : null;
}

function overlaps(spans: { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

const DECADE = /\b(?:the\s+)?(?:(?:early|mid|late)[- ])?((?:1[0-9]|20)\d0)s\b/gi;
// A bare year: four digits 1500–2099 not part of a larger number, an amount or a code.
const YEAR = /(?<![\d,.$£€#:/-])\b(1[5-9]\d{2}|20\d{2})\b(?![\d,]\d|%|\.\d|s\b|-\w|:\d)/g;

/**
 * Finds dates in `text`. `reference` is the article's day; without it, expressions that need
 * one ("yesterday", "on Tuesday", "July 4" without a year) are left out.
 */
// Every date kept below has a digit, a weekday or a relative word ("in August" alone is left
// out: its year is a guess). Chrono is the most expensive step of the pipeline, so it only sees
// text that has one of those.
const MAYBE_DATE =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|tomorrow|ago)\b|\b(?:last|next|this|past)\s+(?:week|month|year|weekend)\b|\blast night\b|\bthis morning\b/i;

export function findDates(
  text: string,
  reference: PartialDate | null,
  lang?: string | null,
): FoundDate[] {
  if (lang && lang !== "en") {
    const found = findRuleDates(text, reference, lang);
    if (found) {
      // Pages in other languages often carry an English date line ("January 13, 2026" in a
      // byline, a quoted post's date): English month names with a written year are read too.
      if (ENGLISH_DATE.test(text)) {
        const taken = found.map((d) => ({ start: d.start, end: d.end }));
        for (const d of findRuleDates(text, null, "en") ?? [])
          if (!d.relative && !overlaps(taken, d.start, d.end)) found.push(d);
      }
      return withYears(text, found);
    }
  }
  const out: FoundDate[] = [];
  if (!MAYBE_DATE.test(text)) return out;
  const refDate = reference
    ? new Date(`${reference.earliest}T12:00:00.000Z`)
    : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.casual.parse(
    text,
    { instant: refDate, timezone: 0 },
    { forwardDate: false },
  );
  for (const r of results) {
    // Chrono sometimes takes trailing punctuation into the match ("on Thursday,").
    const t = r.text.replace(/[\s,;:.]+$/, "");
    if (/^(?:now|right now)$/i.test(t)) continue;
    const s = r.start;
    // Without a written year the date depends on the article date. A weekday before a full date
    // ("Tuesday, March 26, 2024", a blog's date line or a caption's) only restates that day.
    const written = /\b(?:1[5-9]|20)\d{2}\b/.test(t) && s.isCertain("day") && s.isCertain("month");
    const relative = !written && (!/\b(?:1[5-9]|20)\d{2}\b/.test(t) || RELATIVE.test(t));
    if (relative && reference?.precision !== "day") continue;
    if (relative && !TRUSTED_RELATIVE.test(t) && !MONTH_DAY.test(t)) continue;
    if (!s.isCertain("month") && !s.isCertain("weekday") && !s.isCertain("day") && !relative)
      continue;
    let d = s.date();
    let date: PartialDate | null;
    if (/\bweek\b/i.test(t)) date = weekSpan(d);
    else if (/\bmonth\b/i.test(t)) date = fromParts(utcDay(d).y, utcDay(d).m);
    else if (/\byear\b/i.test(t)) date = fromParts(utcDay(d).y);
    else if (s.isCertain("day") || s.isCertain("weekday")) {
      // A bare weekday in news copy means the most recent one, not one still to come.
      if (s.isCertain("weekday") && !s.isCertain("day") && d.getTime() > refDate.getTime()) {
        d = new Date(d.getTime() - 7 * 86_400_000);
      }
      const u = utcDay(d);
      date = dayDate(u.y, u.m, u.d);
    } else if (s.isCertain("month")) date = fromParts(utcDay(d).y, utcDay(d).m);
    else date = fromParts(utcDay(d).y);
    if (!date) continue;
    out.push({ text: t, start: r.index, end: r.index + t.length, date, relative });
  }
  const taken = out.map((d) => ({ start: d.start, end: d.end }));
  for (const m of text.matchAll(DECADE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const r = parsePartialDate(`${m[1]}s`);
    if (!r.ok) continue;
    out.push({ text: m[0], start, end, date: r.date, relative: false });
    taken.push({ start, end });
  }
  return withYears(text, out);
}

/** Adds the bare years not inside a date already found. */
function withYears(text: string, out: FoundDate[]): FoundDate[] {
  const taken = out.map((d) => ({ start: d.start, end: d.end }));
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const date = fromParts(Number(m[1]));
    if (!date) continue;
    out.push({ text: m[0], start, end, date, relative: false });
    taken.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
