// Table-driven date rules for any language in ./lexicon.ts: absolute dates ("4 de julio de
// 2025", "4 juillet 2025", "4. Juli 2025", "16 mai, 2023"), month and year ("agosto de 2024"),
// numeric dates in the language's order (04/07/2025, 27.9.2018) and ISO dates, decades ("los
// años noventa", "1990er"), and dates relative to the reference day ("ayer", "el jueves",
// "nesta sexta-feira (22)", "la semaine dernière"). Nothing here reads the clock.
import { dayDate, type PartialDate, parsePartialDate } from "@factline/domain";
import { type DateLexicon, LEXICON } from "./lexicon";

/** A date found by the rules, offsets relative to the text. */
export type RuleDate = {
  text: string;
  start: number;
  end: number;
  date: PartialDate;
  relative: boolean;
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[’']/g, "['’]");
const alt = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join("|");

// Word edges that know accented letters ("miércoles", "août").
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

type Compiled = {
  lex: DateLexicon;
  monthIndex: Map<string, number>;
  weekdayIndex: Map<string, number>;
  dayMonth: RegExp;
  monthDay: RegExp;
  compact: RegExp;
  monthYear: RegExp;
  weekday: RegExp;
  relDay: RegExp;
  lastPeriod: RegExp;
  decade: RegExp | null;
  decadeWords: Map<string, number>;
};

const compiled = new Map<string, Compiled>();

function compile(lang: string): Compiled | null {
  const hit = compiled.get(lang);
  if (hit) return hit;
  const lex = LEXICON[lang];
  if (!lex) return null;
  // Every name also without its accents: pages and headlines in capitals drop them ("MAIOU",
  // "MIERCOLES").
  const monthIndex = new Map<string, number>();
  lex.months.forEach((names, i) => {
    for (const n of names) {
      monthIndex.set(n, i + 1);
      monthIndex.set(bare(n), i + 1);
    }
  });
  const weekdayIndex = new Map<string, number>();
  lex.weekdays.forEach((names, i) => {
    for (const n of names) {
      weekdayIndex.set(n, i);
      weekdayIndex.set(bare(n), i);
    }
  });
  const M = `(${alt([...monthIndex.keys()])})\\.?`;
  const WD = `(${alt([...weekdayIndex.keys()])})`;
  const J = lex.joiners.length
    ? `(?:\\s+(?:${alt(lex.joiners)})\\s+|\\s*,?\\s+)`
    : "(?:\\s*,?\\s+)";
  const lead = lex.lead.length ? `(?:(?:${alt(lex.lead)})\\s+)?` : "";
  const dayMonth = new RegExp(
    `${B}${lead}(?:${WD},?\\s+)?(\\d{1,2})(?:\\.|º|°|ª|er|st|nd|rd|th)?${J}${M}(?:${J}(\\d{4}))?${E}`,
    "giu",
  );
  // Month first, year written: "julio 4, 2025", "Enero 13 de 2026" (Latin American usage).
  const monthDay = new RegExp(
    `${B}${M}\\s+(\\d{1,2})(?:º|°|st|nd|rd|th)?(?:\\s*,\\s*|${J})(\\d{4})${E}`,
    "giu",
  );
  // Dotted or hyphenated: "4.jul.2025", "04-Jul-2025".
  const compact = new RegExp(`${B}(\\d{1,2})([./-])${M.replace("\\.?", "")}\\2(\\d{4})${E}`, "giu");
  const monthYear = new RegExp(`${B}${M}${J}(\\d{4})${E}`, "giu");
  const thisBefore = lex.thisBefore.length ? `(?:(${alt(lex.thisBefore)})\\s+)?` : "()";
  const pastAfter = lex.pastAfter.length ? `(?:\\s+(${alt(lex.pastAfter)}))?` : "()";
  // The day of the month may follow in brackets or after a comma: "nesta terça-feira (8)",
  // "desta sexta-feira, 29" (not a time or a figure: "lunes, 10.30", "martes, 3,5 %").
  const suffix = lex.weekdaySuffixes?.length ? `(?:${alt(lex.weekdaySuffixes)})?` : "";
  const weekday = new RegExp(
    `${B}(?:(${alt(lex.lead)})\\s+)?${thisBefore}${WD}${suffix}${pastAfter}(?:\\s*\\((\\d{1,2})\\)|,\\s*(\\d{1,2})(?![\\d%]|[.,:h]\\d|\\s*(?:h|hs|horas|uhr|%)${E}))?${E}`,
    "giu",
  );
  const relDay = new RegExp(`${B}(${alt(lex.days.map(([w]) => w))})${E}`, "giu");
  const lastPeriod = new RegExp(
    `${B}(?:(${alt(lex.lastWeek)})|(${alt(lex.lastMonth)})|(${alt(lex.lastYear)}))${E}`,
    "giu",
  );
  const decadeWords = new Map(lex.decadeWords);
  const D = `((?:1[5-9]|20)\\d0|[0-9]0|${alt([...decadeWords.keys()]) || "\\u0000"})`;
  const decade = lex.decades.length
    ? new RegExp(
        `${B}(?:${lex.decades.map((t) => esc(t).replace("\\{d\\}", D)).join("|")})${E}`,
        "giu",
      )
    : null;
  const c: Compiled = {
    lex,
    monthIndex,
    weekdayIndex,
    dayMonth,
    monthDay,
    compact,
    monthYear,
    weekday,
    relDay,
    lastPeriod,
    decade,
    decadeWords,
  };
  compiled.set(lang, c);
  return c;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Lower case without accents ("miércoles" → "miercoles", "Μαΐου" → "μαιου"). */
export function bare(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

function fromParts(year: number, month?: number, day?: number): PartialDate | null {
  if (day !== undefined && month !== undefined) {
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1) return null;
    return dayDate(year, month, day);
  }
  const text = month !== undefined ? `${year}-${pad(month)}` : String(year);
  const r = parsePartialDate(text);
  return r.ok ? r.date : null;
}

function monthOf(c: Compiled, name: string): number | undefined {
  const key = name.toLowerCase();
  return c.monthIndex.get(key) ?? c.monthIndex.get(bare(key));
}

const DAY_MS = 86_400_000;
const toUtc = (d: PartialDate) => new Date(`${d.earliest}T12:00:00.000Z`);
const fromUtc = (d: Date) => dayDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** The Monday–Sunday week of `day`, as the narrowest PartialDate that holds it. */
export function weekOf(day: Date): PartialDate | null {
  const dow = (day.getUTCDay() + 6) % 7;
  const monday = new Date(day.getTime() - dow * DAY_MS);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  if (monday.getUTCFullYear() !== sunday.getUTCFullYear()) return null;
  if (monday.getUTCMonth() === sunday.getUTCMonth())
    return fromParts(monday.getUTCFullYear(), monday.getUTCMonth() + 1);
  return fromParts(monday.getUTCFullYear());
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  return y.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

const NUMERIC = /(?<![\d.,/-])(\d{1,4})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;

/** Dates in `text` by the tables of `lang`; null when the language has no table. */
export function findRuleDates(
  text: string,
  reference: PartialDate | null,
  lang: string,
): RuleDate[] | null {
  const c = compile(lang);
  if (!c) return null;
  const out: RuleDate[] = [];
  const taken: { start: number; end: number }[] = [];
  const free = (s: number, e: number) => !taken.some((t) => s < t.end && t.start < e);
  const push = (text: string, start: number, date: PartialDate | null, relative: boolean) => {
    const t = text.replace(/[\s,;:.]+$/, "");
    const end = start + t.length;
    if (!date || !free(start, end)) return;
    out.push({ text: t, start, end, date, relative });
    taken.push({ start, end });
  };
  const refDay = reference?.precision === "day" ? toUtc(reference) : null;
  const refMonth = reference?.precision === "month" ? toUtc(reference) : null;
  const refYear = reference ? Number(reference.earliest.slice(0, 4)) : null;

  for (const m of text.matchAll(c.dayMonth)) {
    const month = monthOf(c, m[3] as string);
    const day = Number(m[2]);
    if (!month) continue;
    if (m[4]) {
      push(m[0], m.index, fromParts(Number(m[4]), month, day), false);
    } else if (refYear !== null) {
      // No year written: the reference's year, or the one before when that lands well after it.
      let d = fromParts(refYear, month, day);
      if (d && refDay && toUtc(d).getTime() > refDay.getTime() + 30 * DAY_MS)
        d = fromParts(refYear - 1, month, day);
      push(m[0], m.index, d, true);
    }
  }
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b, y] = [m[1] as string, m[3] as string, m[4] as string];
    if (a.length === 4) {
      if (m[2] === "-" && b.length === 2 && y.length === 2)
        push(m[0], m.index, fromParts(Number(a), Number(b), Number(y)), false);
      continue;
    }
    if (y.length === 2 && m[2] === "-") continue;
    const [day, month] = c.lex.numeric === "dmy" ? [a, b] : [b, a];
    push(m[0], m.index, fromParts(twoDigitYear(y), Number(month), Number(day)), false);
  }
  for (const m of text.matchAll(c.monthDay)) {
    const month = monthOf(c, m[1] as string);
    if (month) push(m[0], m.index, fromParts(Number(m[3]), month, Number(m[2])), false);
  }
  for (const m of text.matchAll(c.compact)) {
    const month = monthOf(c, m[3] as string);
    if (month) push(m[0], m.index, fromParts(Number(m[4]), month, Number(m[1])), false);
  }
  for (const m of text.matchAll(c.monthYear)) {
    const month = monthOf(c, m[1] as string);
    if (month) push(m[0], m.index, fromParts(Number(m[2]), month), false);
  }
  if (c.decade) {
    for (const m of text.matchAll(c.decade)) {
      const raw = m.slice(1).find((g) => g !== undefined);
      if (!raw) continue;
      const word = c.decadeWords.get(raw.toLowerCase());
      const n = word ?? Number(raw);
      const year = raw.length === 4 ? n : n >= 30 || word !== undefined ? 1900 + n : 2000 + n;
      const r = parsePartialDate(`${year}s`);
      if (r.ok) push(m[0], m.index, r.date, false);
    }
  }
  if (refDay) {
    for (const m of text.matchAll(c.relDay)) {
      const word = (m[1] as string).toLowerCase();
      const offset = c.lex.days.find(([w]) => w === word || bare(w) === bare(word))?.[1];
      if (offset === undefined) continue;
      push(m[0], m.index, fromUtc(new Date(refDay.getTime() + offset * DAY_MS)), true);
    }
    for (const m of text.matchAll(c.lastPeriod)) {
      const d = refDay;
      const date = m[1]
        ? weekOf(new Date(d.getTime() - 7 * DAY_MS))
        : m[2]
          ? fromParts(
              d.getUTCMonth() === 0 ? d.getUTCFullYear() - 1 : d.getUTCFullYear(),
              d.getUTCMonth() === 0 ? 12 : d.getUTCMonth(),
            )
          : fromParts(d.getUTCFullYear() - 1);
      push(m[0], m.index, date, true);
    }
    for (const m of text.matchAll(c.weekday)) {
      // A language without "this"/"past" words compiles those groups as "()", which match empty.
      const hasLead = Boolean(m[1] || m[2] || m[4]);
      const dayNumber = m[5] || m[6] ? Number(m[5] ?? m[6]) : null;
      // Where a bare weekday is a name or a plain word too often ("Domingo", "sexta"), it needs a
      // lead word, a "past" word or the day of the month after it; French news writes it bare
      // ("a approuvé mardi").
      if (!hasLead && dayNumber === null && !c.lex.bareWeekdays) continue;
      const key = (m[3] as string).toLowerCase();
      const wd = c.weekdayIndex.get(key) ?? c.weekdayIndex.get(bare(key));
      if (wd === undefined) continue;
      const refDow = (refDay.getUTCDay() + 6) % 7;
      // News copy names the most recent such day (today's included), unless it says "past".
      let back = (refDow - wd + 7) % 7;
      if (
        back === 0 &&
        (Boolean(m[4]) || /pasad|dernier|scors|vergangen|letzt|last|passad/i.test(m[2] ?? ""))
      )
        back = 7;
      let date = new Date(refDay.getTime() - back * DAY_MS);
      if (dayNumber !== null && date.getUTCDate() !== dayNumber) {
        // "(22)" names the day: the nearest such weekday within a week either side.
        const fwd = new Date(date.getTime() + 7 * DAY_MS);
        if (fwd.getUTCDate() === dayNumber) date = fwd;
        else continue;
      }
      push(m[0], m.index, fromUtc(date), true);
    }
  }
  if (refMonth) {
    // Only the month is known (" date 2021-09" over the page, /2024/12/ in the address): a
    // weekday with its day of the month ("desta sexta-feira (3)", "no sábado (14)") still names
    // one day — in that month, or the one before when the weekday does not fit.
    for (const m of text.matchAll(c.weekday)) {
      const dayNumber = m[5] || m[6] ? Number(m[5] ?? m[6]) : null;
      if (dayNumber === null) continue;
      const key = (m[3] as string).toLowerCase();
      const wd = c.weekdayIndex.get(key) ?? c.weekdayIndex.get(bare(key));
      if (wd === undefined) continue;
      for (const back of [0, 1]) {
        const d: Date = new Date(
          Date.UTC(refMonth.getUTCFullYear(), refMonth.getUTCMonth() - back, dayNumber, 12),
        );
        if (d.getUTCDate() !== dayNumber || (d.getUTCDay() + 6) % 7 !== wd) continue;
        push(m[0], m.index, fromUtc(d), true);
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
