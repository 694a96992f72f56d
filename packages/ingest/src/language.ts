// Language detection: franc's method (distance between the text's trigram ranking and each
// language's 300 most frequent trigrams), over franc-min's models for the product's six
// languages (src/lang/trigrams.ts, generated), with trigram-utils doing the counting as in
// franc. Other languages are told by letters only they use (Cyrillic, Polish, Romanian…).
// Scripts with one language (Greek, Thai, Hangul…) are decided by script alone. Among languages
// franc scores within a hair of each other (es/pt/it share many trigrams), the stopword share
// of the languages we hold vocabularies for breaks the tie.
import type { LanguageDetection } from "@factline/domain";
import { asTuples } from "trigram-utils";
import { LANGUAGES } from "./lang/index";
import { TRIGRAM_MODELS } from "./lang/trigrams";

// franc reads 2,048 characters; 800 of the page's longest blocks tell news prose apart as well,
// at well under half the cost.
const MAX_LENGTH = 800;
const MIN_LENGTH = 20;
const MAX_DIFFERENCE = 300;

// Scripts in the order they are tried; a script with trigram models is scored by them, the
// others name their language directly.
const SCRIPTS: [string, RegExp, string | null][] = [
  ["Latin", /\p{Script=Latin}/gu, null],
  ["Cyrillic", /\p{Script=Cyrillic}/gu, null],
  ["Greek", /\p{Script=Greek}/gu, "el"],
  ["Arabic", /\p{Script=Arabic}/gu, "ar"],
  ["Hebrew", /\p{Script=Hebrew}/gu, "he"],
  ["Kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, "ja"],
  ["Han", /\p{Script=Han}/gu, "zh"],
  ["Hangul", /\p{Script=Hangul}/gu, "ko"],
  ["Thai", /\p{Script=Thai}/gu, "th"],
  ["Devanagari", /\p{Script=Devanagari}/gu, "hi"],
  ["Armenian", /\p{Script=Armenian}/gu, "hy"],
  ["Georgian", /\p{Script=Georgian}/gu, "ka"],
];

let models: Record<string, [string, Map<string, number>][]> | null = null;

function loadModels(): Record<string, [string, Map<string, number>][]> {
  if (models) return models;
  models = {};
  for (const [script, langs] of Object.entries(TRIGRAM_MODELS)) {
    models[script] = Object.entries(langs).map(([code, model]) => {
      const ranks = new Map<string, number>();
      model.split("|").forEach((t, i) => {
        ranks.set(t, i);
      });
      return [code, ranks];
    });
  }
  return models;
}

/** franc's distance: how far the text's trigram counts are from a model's ranks. */
function distance(tuples: [string, number][], model: Map<string, number>): number {
  let d = 0;
  for (const [trigram, count] of tuples) {
    const rank = model.get(trigram);
    d += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return d;
}

function stopwordShare(words: string[], code: string): number {
  const data = LANGUAGES[code];
  if (!data || words.length === 0) return 0;
  const set = stopwordSets.get(code) ?? new Set(data.stopwords.split(" "));
  stopwordSets.set(code, set);
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n / words.length;
}
const stopwordSets = new Map<string, Set<string>>();

// Cyrillic languages by the letters only they use, cheaper than trigram models (which would
// also cost the Worker bundle ~4 KB): і ї є ґ are Ukrainian, ы э Russian, ј љ њ Serbian or
// Macedonian, and ъ without ы is Bulgarian.
function cyrillic(value: string): string {
  const n = (re: RegExp) => value.match(re)?.length ?? 0;
  const letters = Math.max(1, n(/\p{Script=Cyrillic}/gu));
  if (n(/[іїєґІЇЄҐ]/g) / letters > 0.01) return "uk";
  if (n(/[јљњЈЉЊ]/g) / letters > 0.005) return n(/[ѓќѕЃЌЅ]/g) > 0 ? "mk" : "sr";
  // ы alone is ~2% of Russian letters; Bulgarian has none, and its ъ is a common vowel.
  if (n(/[ыэЫЭ]/g) / letters < 0.002 && n(/[ъЪ]/g) / letters > 0.002) return "bg";
  return "ru";
}

// Latin-script languages outside the six, by letters only they use (their trigram models would
// cost the Worker bundle ~1 KB each): ł ś ź ż ą ę Polish, ș ț ă Romanian, ơ ư đ Vietnamese,
// ı ğ ş Turkish, ő ű Hungarian, ř ě ů Czech.
const LATIN_LETTERS: [string, RegExp][] = [
  ["pl", /[łśźżąęŁŚŹŻĄĘ]/g],
  ["ro", /[șțăȘȚĂ]/g],
  ["vi", /[ơưđƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g],
  ["tr", /[ığşİĞŞ]/g],
  ["hu", /[őűŐŰ]/g],
  ["cs", /[řěůŘĚŮ]/g],
];

function latinByLetters(value: string, letters: number): string | null {
  for (const [code, re] of LATIN_LETTERS)
    if ((value.match(re)?.length ?? 0) / Math.max(1, letters) > 0.005) return code;
  return null;
}

/** Scores of every language for a text sample, best first (franc's normalized 0..1). */
export function languageScores(sample: string): [string, number][] {
  const value = sample.slice(0, MAX_LENGTH);
  let top: (typeof SCRIPTS)[number] | undefined;
  let topCount = 0;
  for (const s of SCRIPTS) {
    const n = value.match(s[1])?.length ?? 0;
    // Japanese mixes kana with Han; a fair share of kana decides it.
    const count = s[0] === "Kana" ? n * 3 : n;
    if (count > topCount) {
      topCount = count;
      top = s;
    }
  }
  if (!top || topCount < MIN_LENGTH / 2) return [];
  if (top[2]) return [[top[2], 1]];
  if (top[0] === "Cyrillic") return [[cyrillic(value), 1]];
  const other = latinByLetters(value, topCount);
  if (other) return [[other, 1]];
  const script = loadModels()[top[0]];
  if (!script) return [];
  const tuples = asTuples(value) as [string, number][];
  const scored = script
    .map(([code, model]) => [code, distance(tuples, model)] as [string, number])
    .sort((a, b) => a[1] - b[1]);
  const min = (scored[0] as [string, number])[1];
  const max = value.length * MAX_DIFFERENCE - min;
  return scored.map(([code, d]) => [code, max > 0 ? 1 - (d - min) / max : 0]);
}

// Words for the stopword tie-break: letters only, lowercased.
const WORD = /[\p{L}'’-]+/gu;

/**
 * Detects the language of an article from samples of its text (the longer blocks first). Falls
 * back to the page's declared language, then `und`.
 */
export function detectLanguage(
  samples: string[],
  declared: string | null = null,
): LanguageDetection {
  const declaredCode = declared?.split(/[-_]/)[0]?.toLowerCase() || null;
  let sample = "";
  for (const s of samples) {
    if (sample.length >= MAX_LENGTH) break;
    sample += `${s
      .replace(/https?:\/\/\S+|\b\S+\.(?:com|org|net)\/\S*|@\w+|#\w+/g, " ")
      .replace(/\s+/g, " ")} `;
  }
  sample = sample.trim();
  const scores = sample.length >= MIN_LENGTH ? languageScores(sample) : [];
  const best = scores[0];
  if (!best) {
    return declaredCode
      ? { code: declaredCode, method: "declared", confidence: 0, declared: declaredCode }
      : { code: "und", method: "none", confidence: 0, declared: null };
  }
  let code = best[0];
  const close = scores.filter(([, s]) => s >= best[1] - 0.02);
  if (close.length > 1) {
    const words = sample.toLowerCase().match(WORD) ?? [];
    let bestShare = stopwordShare(words, code);
    for (const [c] of close) {
      const share = stopwordShare(words, c);
      if (share > bestShare + 0.02) {
        bestShare = share;
        code = c;
      }
    }
  }
  const second = scores.find(([c]) => c !== code);
  const mine = scores.find(([c]) => c === code)?.[1] ?? 0;
  const margin = second ? Math.max(0, Math.min(1, (mine - second[1]) * 10)) : 1;
  return {
    code,
    method: "text",
    confidence: Math.round(margin * 1000) / 1000,
    declared: declaredCode,
  };
}
