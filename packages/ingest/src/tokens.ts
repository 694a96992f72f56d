// Word-level helpers shared by boilerplate, claims and clustering: a tokenizer, a small English
// stopword list and a light suffix stemmer. A full stemmer would add weight to the Worker bundle
// for little gain: near-duplicates in news copy differ by inflection ("recognized" /
// "recognizes" / "recognition"), which the suffix rules below cover.

import { GAZETTEER } from "./gazetteer";

const URL = /\b(?:https?:\/\/\S+|(?:pic\.twitter\.com|t\.co|x\.com|twitter\.com)\/\S*)/gi;

/** Removes URLs (including bare `pic.twitter.com/…`) from text. */
export function stripUrls(text: string): string {
  if (!text.includes("/")) return text;
  return text.replace(URL, " ");
}

// Letters and digits by UTF-16 code unit, looked up once each (0: not yet, 1: yes, 2: no).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LN = new Uint8Array(0x10000);

/** The length of the letter or digit at `i` (1, or 2 for a surrogate pair), 0 for anything else. */
function letterOrDigit(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  }
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let v = LN[c] as number;
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    LN[c] = v;
  }
  return v === 1 ? 1 : 0;
}

/**
 * Lowercase word tokens (letters, digits, inner apostrophes and dots as in `u.s.`): the matches
 * of `[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*\.?`, scanned by hand because every block and
 * sentence goes through here and a regex match costs more than the scan.
 */
export function words(text: string): string[] {
  const lower = stripUrls(text).toLowerCase();
  const source = lower.includes("’") || lower.includes("‘") ? lower.replace(/[’‘]/g, "'") : lower;
  const out: string[] = [];
  const n = source.length;
  let i = 0;
  while (i < n) {
    let k = letterOrDigit(source, i);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    i += k;
    for (;;) {
      for (k = letterOrDigit(source, i); k > 0; k = letterOrDigit(source, i)) i += k;
      const c = source.charCodeAt(i);
      // An apostrophe, dot or hyphen joins two runs ("u.s", "d'ivoire", "so-called").
      if (c !== 0x27 && c !== 0x2e && c !== 0x2d) break;
      k = letterOrDigit(source, i + 1);
      if (k === 0) break;
      i += 1 + k;
    }
    if (source.charCodeAt(i) === 0x2e) i++;
    let w = source.slice(start, i);
    if (w.endsWith("'s")) w = w.slice(0, -2);
    // Keep the final period of an initialism ("u.s."), drop a sentence's.
    else if (w.endsWith(".") && w.indexOf(".") === w.length - 1) w = w.slice(0, -1);
    if (w) out.push(w);
  }
  return out;
}

// Letters (bit 1) and capitals (bit 2) by UTF-16 code unit; bit 4: looked up.
const LETTER_RE = /\p{L}/u;
const UPPER_RE = /\p{Lu}/u;
const CASE = new Uint8Array(0x10000);

/**
 * How many letters (\p{L}) and capitals (\p{Lu}) a text holds, counted by code point: what
 * `text.match(/\p{L}/gu).length` gives, without building an array of every letter.
 */
export function letterCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const ch = text.slice(i, i + 2);
        if (LETTER_RE.test(ch)) letters++;
        if (UPPER_RE.test(ch)) upper++;
        i++;
        continue;
      }
    }
    let v = CASE[c] as number;
    if (v === 0) {
      const ch = String.fromCharCode(c);
      v = 4 | (LETTER_RE.test(ch) ? 1 : 0) | (UPPER_RE.test(ch) ? 2 : 0);
      CASE[c] = v;
    }
    if (v & 1) letters++;
    if (v & 2) upper++;
  }
  return { letters, upper };
}

export const STOPWORDS = new Set(
  (
    "a an the and or but nor so yet of in on at to for from by with about into onto over under " +
    "as than then that this these those there here it its it's they them their theirs he him his " +
    "she her hers we us our you your i me my is are was were be been being am has have had do " +
    "does did not no can could may might will would shall should must also very more most much " +
    "many some any each all both either neither such which who whom whose what when where why " +
    "how if while after before since until because though although up down out off again " +
    "further once only own same too just now new other another s t"
  ).split(" "),
);

// Interchangeable words in news copy, mapped to one stem so restatements line up.
// "Formally" and "officially" say the same of a decision, in every language.
const SYNONYMS: Map<string, string> = new Map(
  (
    "formal formally official officially oficial oficialmente formalmente officiel officielle " +
    "officiellement formellement ufficiale ufficialmente formalmente offiziell formell"
  )
    .split(" ")
    .map((w) => [w, "offici"]),
);

// Every name, demonym and capital of a gazetteer entry stands for it: "Russian", "Moscow",
// "rusos" and "Moskau" all fold to the same token, for every country and body alike.
// Acronyms are left out unless dotted ("U.S."): "NATO", "USA" and "UNO" are words in Italian.
const NAME_FOLDS: Map<string, string> = (() => {
  const out = new Map<string, string>();
  for (const e of GAZETTEER) {
    for (const surface of [e.name, ...e.aliases, ...e.demonyms, ...e.capitals]) {
      if (/\s/.test(surface) || surface.length <= 2) continue;
      if (surface === surface.toUpperCase() && !surface.includes(".")) continue;
      const w = surface.toLowerCase().replace(/’/g, "'");
      if (!out.has(w)) out.set(w, e.key);
      if (w.endsWith(".") && !out.has(w.slice(0, -1))) out.set(w.slice(0, -1), e.key);
    }
  }
  return out;
})();

const SUFFIXES = [
  "izations",
  "ization",
  "itions",
  "ition",
  "ations",
  "ation",
  "izing",
  "izes",
  "ized",
  "ize",
  "ments",
  "ment",
  "ingly",
  "ing",
  "ally",
  "edly",
  "ed",
  "ies",
  "es",
  "ly",
  "al",
  "s",
];

/** A crude stem: synonyms first, then the longest matching suffix, keeping 4+ letters. */
export function stem(word: string): string {
  return stemLower(word.toLowerCase());
}

const DIGIT = /\d/;

function stemLower(w: string): string {
  const syn = SYNONYMS.get(w) ?? NAME_FOLDS.get(w);
  if (syn) return syn;
  if (w.length <= 4 || DIGIT.test(w)) return w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      const s = w.slice(0, -suffix.length);
      return SYNONYMS.get(s) ?? NAME_FOLDS.get(s) ?? s;
    }
  }
  return w;
}

/** Content stems of a text: stopwords and one-letter tokens dropped. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  // words() is lowercase already.
  for (const w of words(text)) if (w.length > 1 && !STOPWORDS.has(w)) out.push(stemLower(w));
  return out;
}

/** Jaccard similarity of two sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** How much of the smaller set the larger one contains. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / small.size;
}
