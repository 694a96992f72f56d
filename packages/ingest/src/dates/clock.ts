// A time of day written with the event ("alle 12.31", "à 21h51", "às 5h11", "um 3.06 Uhr",
// "στις 05:23", "at 8:09 a.m."). A report that times its event without naming a day means the
// day it was published: the event's date is then the publication day (src/event-date.ts). A
// time needs a lead word or a unit, so that figures ("magnitud 5.6", "12.6 kilometers") are
// not read as times. Per language, as data.

const LEAD: Record<string, string[]> = {
  en: ["at", "around", "about", "shortly after", "shortly before", "just after", "just before"],
  es: ["a las", "hacia las", "sobre las", "pasadas las", "alrededor de las", "a eso de las"],
  fr: ["à", "vers", "peu avant", "peu après"],
  pt: ["às", "pelas", "por volta das", "cerca das", "perto das"],
  de: ["um", "gegen", "kurz vor", "kurz nach"],
  it: ["alle", "verso le", "intorno alle", "poco dopo le", "poco prima delle"],
  el: ["στις", "γύρω στις", "λίγο πριν τις", "λίγο μετά τις", "λίγο πριν από τις"],
};

const UNITS = [
  "uhr",
  "horas",
  "hora local",
  "hrs",
  "h",
  "a\\.m\\.",
  "p\\.m\\.",
  "am",
  "pm",
  "gmt",
  "utc",
  "π\\.μ\\.",
  "μ\\.μ\\.",
  "ora locale",
  "heure locale",
  "horário local",
];

const L = "\\p{L}";
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TIME = "(?:[01]?\\d|2[0-3])(?:[:.hH][0-5]\\d(?::[0-5]\\d)?)";
const compiled = new Map<string, RegExp>();

function pattern(lang: string): RegExp {
  const hit = compiled.get(lang);
  if (hit) return hit;
  const leads = [...(LEAD[lang] ?? []), ...(lang === "en" ? [] : (LEAD.en ?? []))]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join("|");
  const re = new RegExp(
    `(?<!${L})(?:(?:${leads})\\s+${TIME}(?![\\d.,]\\d)|${TIME}\\s*(?:${UNITS.join("|")})(?!${L}))`,
    "iu",
  );
  compiled.set(lang, re);
  return re;
}

/** The first time of day written in `text`, with its offsets, or null. */
export function findClockTime(
  text: string,
  lang?: string | null,
): { text: string; start: number; end: number } | null {
  const m = pattern(lang && LEAD[lang] ? lang : "en").exec(text);
  if (!m) return null;
  return { text: m[0], start: m.index, end: m.index + m[0].length };
}
