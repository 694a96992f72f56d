// Per-language vocabularies, compiled once into matchers. A page's vocabulary is its detected
// language's plus English (menus, "Share", "Newsletter" are English on many non-English sites);
// an undetermined language gets every language's, since a wrong guess costs more than a union.
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { pt } from "./pt";
import { ru } from "./ru";
import type { LanguageData } from "./types";

export type { LanguageData } from "./types";

/** The languages with vocabularies: the product's six, and Russian (wire copy and Telegram
 * channels the product reads). */
export const LANGUAGES: Record<string, LanguageData> = { en, es, fr, pt, de, it, ru };

/** Matches phrases at the start of a lowercased block, or anywhere with `find`. */
export type PhraseMatcher = {
  /** The phrase the block starts with, or null. One-word phrases must be the whole block. */
  start(lower: string): string | null;
  /** The first phrase found anywhere in the block, or null. */
  find(lower: string): string | null;
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const FIRST_WORD = /^([\p{L}'-]+)\s*[:|›»→>]/u;

function matcher(all0: string[]): PhraseMatcher {
  // "assine*": an imperative that opens a prompt of a few words ("Assine nossa newsletter").
  const verbs = [...new Set(all0.filter((p) => p.endsWith("*")).map((p) => p.slice(0, -1)))];
  const phrases = all0.map((p) => (p.endsWith("*") ? p.slice(0, -1) : p));
  const verbRe = verbs.length
    ? new RegExp(`^(?:${verbs.map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`, "u")
    : null;
  const multi = [...new Set(phrases.filter((p) => /\s|[:@-]/.test(p)))].sort(
    (a, b) => b.length - a.length,
  );
  const single = new Set(phrases.filter((p) => !/\s|[:@-]/.test(p)));
  const all = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  // A phrase ends at a non-letter, so "share" never matches "shares" and "ad" never "adds".
  const startRe = multi.length
    ? new RegExp(`^(?:${multi.map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`, "u")
    : null;
  const findRe = all.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${all.map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`, "u")
    : null;
  return {
    start(lower) {
      const m = startRe?.exec(lower);
      if (m) return m[0];
      const verb = verbRe?.exec(lower);
      if (verb && lower.split(/\s+/).length <= 10 && !/[.!?]["”»]?$/.test(lower)) return verb[0];
      // One word alone ("Share", "Publicidade", "Comentários 3") is a control, not a sentence.
      if (lower.length <= 40) {
        const bare = lower.replace(/[^\p{L}\s'-]+/gu, " ").trim();
        if (single.has(bare)) return bare;
      }
      const first = FIRST_WORD.exec(lower)?.[1];
      return first && single.has(first) ? first : null;
    },
    find(lower) {
      return findRe?.exec(lower)?.[0] ?? null;
    },
  };
}

function prefix(phrases: string[]): (lower: string) => string | null {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  // "Por Juan", "Por: Juan", "By: Jane".
  const re = new RegExp(`^(?:${sorted.map(escapeRe).join("|")})(?=:?\\s+\\S)`, "u");
  return (lower) => re.exec(lower)?.[0] ?? null;
}

// Network names are the same in every language; a share row is these and the page's controls.
const NETWORKS =
  "facebook twitter x whatsapp telegram linkedin pinterest reddit instagram youtube tiktok threads bluesky mastodon flipboard messenger email e-mail mail rss google news";

function controls(phrases: string[]): (lower: string) => boolean {
  const whole = new Set(phrases);
  const tokens = new Set([...NETWORKS.split(" "), ...phrases.filter((p) => !/\s/.test(p))]);
  return (lower) => {
    const bare = lower
      .replace(/[^\p{L}\p{N}\s'-]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (!bare) return false;
    if (whole.has(bare)) return true;
    const parts = bare.split(" ");
    // "© 2025 Example Media. All rights reserved.": a long control phrase with a few words
    // around it, or in a copyright line (© or a year). A phrase inside a longer line is that
    // line's own words ("Das Wichtigste aus der Pressekonferenz des Kanzlers in Kürze:").
    const copyright = /©|\b(?:19|20)\d{2}\b/.test(lower);
    for (const p of whole)
      if (
        /\s/.test(p) &&
        p.length > 12 &&
        bare.includes(p) &&
        (copyright || parts.length - p.split(" ").length <= 4)
      )
        return true;
    if (parts.length < 2 || parts.length > 12) return false;
    // A player's or a share row's controls back to back, each a word or a phrase of the list
    // ("Attiva schermo intero Disattiva schermo intero", "Play Replay Pausa").
    const segmented = [true, ...parts.map(() => false)];
    for (let i = 0; i < parts.length; i++) {
      if (!segmented[i]) continue;
      for (let j = i + 1; j <= Math.min(parts.length, i + 5); j++) {
        const piece = parts.slice(i, j).join(" ");
        if (j === i + 1 ? tokens.has(piece) || /^\d+$/.test(piece) : whole.has(piece))
          segmented[j] = true;
      }
    }
    return segmented[parts.length] === true;
  };
}

/** Everything language-dependent that boilerplate detection uses, compiled. */
export type Vocabulary = {
  codes: string[];
  stopwords: Set<string>;
  cta: PhraseMatcher;
  related: PhraseMatcher;
  advert: PhraseMatcher;
  byline: PhraseMatcher;
  /** The byline word a block opens with, followed by more words ("Por Juan", "par Gabriela"). */
  bylinePrefix(lower: string): string | null;
  paywall: PhraseMatcher;
  consent: PhraseMatcher;
  tags: PhraseMatcher;
  closing: PhraseMatcher;
  /** True when a block is nothing but page controls and network names. */
  controlsOnly(lower: string): boolean;
  credit: PhraseMatcher;
  readingTime: PhraseMatcher;
  /** Dateline words, month and weekday names: what a dateline may hold besides numbers. */
  dateWords: Set<string>;
  months: Set<string>;
};

const cache = new Map<string, Vocabulary>();

/** The vocabulary for a detected language (`und` or an unknown code: all languages). */
export function vocabulary(code: string): Vocabulary {
  const key = LANGUAGES[code] ? code : "und";
  const hit = cache.get(key);
  if (hit) return hit;
  const langs =
    key === "und"
      ? Object.values(LANGUAGES)
      : [LANGUAGES[key] as LanguageData, ...(key === "en" ? [] : [en])];
  const pick = (f: (l: LanguageData) => string[]) => matcher(langs.flatMap(f));
  const words = (f: (l: LanguageData) => string[]) =>
    new Set(langs.flatMap(f).flatMap((w) => w.split(/\s+/)));
  const v: Vocabulary = {
    codes: langs.map((l) => l.code),
    // Stopwords are the page's own language only: English function words in a Spanish text are
    // names and titles, not grammar. (English pages get English.)
    stopwords: new Set(
      (key === "und" ? langs : [LANGUAGES[key] as LanguageData]).flatMap((l) =>
        l.stopwords.split(" "),
      ),
    ),
    cta: pick((l) => l.cta),
    related: pick((l) => l.related),
    advert: pick((l) => l.advert),
    byline: pick((l) => l.byline),
    bylinePrefix: prefix(langs.flatMap((l) => l.byline)),
    paywall: pick((l) => l.paywall),
    consent: pick((l) => l.consent),
    tags: pick((l) => l.tags),
    closing: pick((l) => l.closing),
    controlsOnly: controls(langs.flatMap((l) => l.controls)),
    credit: pick((l) => l.credit),
    readingTime: pick((l) => l.readingTime),
    dateWords: words((l) => [...l.dateline, ...l.months, ...l.weekdays]),
    months: words((l) => l.months),
  };
  cache.set(key, v);
  return v;
}
