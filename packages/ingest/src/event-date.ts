// The main event's date. Candidates are the dates stated in the lede (headline, standfirst,
// first sentences) and in the sentences that state the event, relative ones already resolved
// against the publication date. Each is scored by what a reader uses to tell the event's date
// from the others a report mentions: its precision, whether an event word stands next to it
// ("the attack (17 August 2017)", "elected on Sunday"), whether it names a document or a
// background span instead ("the statement of 18 August", "since 24 February", "until 30
// October"), whether it lies after publication (a plan), whether it is the first date the lede
// states (news writes the when of its event first), and how often the text repeats it. A time of day stated with the event and
// no day ("alle 12.31", "à 21h51") dates it on the publication day. The publication date stands
// in when no day is stated with the event. Competing dates are kept as reasons.
import type { EventKind, PartialDate, SentenceAnalysis } from "@factline/domain";
import { parsePartialDate, partialDatesOverlap } from "@factline/domain";
import { findClockTime } from "./dates/clock";
import { DATE_FRAMES } from "./dates/frames";
import { findKindCues } from "./event-kinds";

/** The chosen date and why. */
export type EventDateChoice = { date: PartialDate; reasons: string[] };

// How many sentences from the top of the text make the lede.
export const LEDE = 5;

const PRECISION_SCORE: Record<PartialDate["precision"], number> = {
  day: 3,
  month: 1,
  year: 0,
  decade: -1,
};

// How near (in characters) an event word must stand to a date to date it.
const NEAR = 60;
// What being the lede's first date is worth: more than an event word nearby and a repeat
// together (news writes the when of its event first; a later date beside an event word is often
// background: "aseguró esta mañana … los decretos aprobados el miércoles").
const FIRST_IN_LEDE = 3;

type Candidate = {
  date: PartialDate;
  text: string;
  score: number;
  at: number;
  why: string[];
  inLede: boolean;
  framed: boolean;
  /** The page's leading date marker (" date 2026-01-24 …"), the page's date, not a statement. */
  marker: boolean;
};

// A stored excerpt's leading date marker, as publication-date.ts reads it.
const MARKER = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?$/;

/** The frame words just before a date: a document, a start ("since"), an end ("until"). */
function frameOf(
  before: string,
  lang: string | null | undefined,
): "doc" | "since" | "until" | null {
  const frames = DATE_FRAMES[lang ?? "en"] ?? DATE_FRAMES.en;
  if (!frames) return null;
  if (frames.since.test(before)) return "since";
  if (frames.until.test(before)) return "until";
  if (frames.doc.test(before)) return "doc";
  return null;
}

/**
 * Picks the main event's date from the sentences. `eventSentences` are the indexes of the
 * sentences stating the event; `kind` is the event's kind when known (its words date it best).
 */
export function pickEventDate(
  sentences: SentenceAnalysis[],
  eventSentences: Set<number>,
  published: PartialDate | null,
  lang?: string | null,
  kind?: EventKind | null,
): EventDateChoice | null {
  const candidates: Candidate[] = [];
  const pubEnd = published ? published.latest : null;
  sentences.forEach((s, i) => {
    const inLede = i < LEDE;
    const stating = eventSentences.has(s.index);
    if (!inLede && !stating) return;
    // A time of day with no day beside it: the publication day.
    const clock =
      published?.precision === "day" && !s.dates.some((d) => d.date.precision === "day")
        ? findClockTime(s.text, lang)
        : null;
    const dates =
      clock && published
        ? [
            ...s.dates,
            {
              text: clock.text,
              start: s.start + clock.start,
              end: s.start + clock.end,
              date: published,
              relative: true,
            },
          ]
        : s.dates;
    if (dates.length === 0) return;
    const cues = findKindCues(s.text, lang);
    const own = kind && kind !== "other" ? cues.filter((c) => c.kind === kind) : [];
    const near = own.length > 0 ? own : cues;
    for (const d of dates) {
      const why: string[] = d === dates[s.dates.length] ? ["a time of the publication day"] : [];
      const at = d.start - s.start;
      const end = d.end - s.start;
      let score = PRECISION_SCORE[d.date.precision];
      if (cues.length > 0) score += 1;
      const distance = Math.min(
        ...near.map((c) => (c.end <= at ? at - c.end : c.start >= end ? c.start - end : 0)),
      );
      if (distance <= NEAR) {
        score += own.length > 0 ? 2 : 1.5;
        why.push("next to an event word");
      }
      if (stating) score += 2;
      if (inLede) score += (LEDE - i) * 0.2;
      // The date's own lead words count ("desde el 4 de julio", "seit Montag").
      const lead = /\d/.test(d.text)
        ? d.text.replace(/\d[\s\S]*$/, "")
        : d.text.replace(/\S+$/, "");
      const frame = frameOf(s.text.slice(Math.max(0, at - 40), at) + lead, lang);
      if (frame === "doc") {
        score -= 1.5;
        why.push("dates a document");
      } else if (frame === "since" || frame === "until") {
        score -= 2.5;
        why.push(frame === "since" ? "starts a span" : "ends a span");
      }
      // A date after publication is a plan or a deadline, not what happened.
      const after = pubEnd !== null && d.date.earliest > pubEnd;
      if (after) {
        score -= 4;
        why.push("after publication");
      }
      candidates.push({
        date: d.date,
        text: d.text,
        score,
        at: s.start + at,
        why,
        inLede,
        framed: frame !== null || after,
        marker: MARKER.test(s.text.slice(0, at + d.text.length)),
      });
    }
  });
  // The first day or month the lede states, unless framed as something else.
  const first = candidates
    .filter(
      (c) =>
        c.inLede &&
        !c.framed &&
        !c.marker &&
        c.date.precision !== "year" &&
        c.date.precision !== "decade",
    )
    .sort((a, b) => a.at - b.at)[0];
  if (first) {
    first.score += FIRST_IN_LEDE;
    first.why.push("the lede's first date");
  }
  // A date the text repeats is the one it is about.
  const times = new Map<string, number>();
  for (const c of candidates) times.set(c.date.value, (times.get(c.date.value) ?? 0) + 1);
  for (const c of candidates) c.score += Math.min((times.get(c.date.value) ?? 1) - 1, 2) * 0.5;

  // A date after publication is a plan or a deadline: it is kept as a reason, not chosen, when a
  // publication day can stand in.
  const planned = (c: Candidate) =>
    published?.precision === "day" && pubEnd !== null && c.date.earliest > pubEnd;
  const best = candidates
    .filter((c) => (c.date.precision === "day" || c.date.precision === "month") && !planned(c))
    .sort((a, b) => b.score - a.score || a.at - b.at)[0];
  const others = [...new Set(candidates.map((c) => c.date.value))].filter(
    (v) => v !== best?.date.value,
  );
  const also = others.length ? [`other dates stated: ${others.slice(0, 6).join(", ")}`] : [];
  const stated = (c: Candidate) => ({
    date: c.date,
    reasons: [
      `date ${c.date.value} stated as "${c.text}"${c.why.length ? ` (${c.why.join(", ")})` : ""}`,
      ...also,
    ],
  });
  if (best && best.date.precision === "day" && best.score > 0) return stated(best);
  if (best && best.date.precision !== "day" && published?.precision !== "day") return stated(best);
  if (
    published &&
    published.precision === "day" &&
    (!best || best.date.precision === "day" || partialDatesOverlap(best.date, published))
  )
    return {
      date: published,
      reasons: [
        `date ${published.value} = publication date (no day stated with the event)`,
        ...also,
      ],
    };
  if (best) return stated(best);
  return null;
}

/**
 * The date the event's own statements assert (`event.date` assertions of the cluster's claims,
 * the most asserted first), with the competing ones as a reason; null when none asserts one.
 */
export function assertedEventDate(
  assertions: { value: string; claimId: string }[],
): EventDateChoice | null {
  const votes = new Map<string, string[]>();
  for (const a of assertions) {
    const ids = votes.get(a.value) ?? [];
    ids.push(a.claimId);
    votes.set(a.value, ids);
  }
  const best = [...votes.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  )[0];
  if (!best) return null;
  const r = parsePartialDate(best[0]);
  if (!r.ok) return null;
  const reasons = [`date ${best[0]} asserted by ${best[1].join(", ")}`];
  if (votes.size > 1)
    reasons.push(
      `other dates asserted: ${[...votes.keys()].filter((d) => d !== best[0]).join(", ")}`,
    );
  return { date: r.date, reasons };
}
