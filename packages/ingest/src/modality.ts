// Modality as data: each rule is a cue pattern and the modality it signals, one list per language
// (lang/cues-<code>.ts). The cue that fired is returned, so an editor (and the claim scorer) can
// see why a sentence was called hedged.
import type { Modality } from "@factline/domain";
import { DE_CUES, DE_SUBJECTIVITY } from "./lang/cues-de";
import { EN_CUES, EN_SUBJECTIVITY } from "./lang/cues-en";
import { ES_CUES, ES_SUBJECTIVITY } from "./lang/cues-es";
import { FR_CUES, FR_SUBJECTIVITY } from "./lang/cues-fr";
import { IT_CUES, IT_SUBJECTIVITY } from "./lang/cues-it";
import { PL_CUES } from "./lang/cues-pl";
import { PT_CUES, PT_SUBJECTIVITY } from "./lang/cues-pt";
import { RU_CUES } from "./lang/cues-ru";
import { type Cue, cue, type Subjectivity } from "./lang/cues-types";
import { SUBJECTIVE_STRONG, SUBJECTIVE_WEAK, subjectivity } from "./subjectivity";

export type { Cue } from "./lang/cues-types";

// Punctuation says the same thing in every language: a question, an exclamation.
const SHARED: Cue[] = [
  cue("question", "strong", "question:?", /\?["”’»)]*\s*$/),
  cue("question", "strong", "question:¿", /^["“«]?¿/),
  cue("opinion", "strong", "opinion:!", /!["”’»)]*\s*$|^["“«]?¡/),
];

/** Cues per language (ISO 639-1); each list also gets the shared punctuation cues. */
export const CUES_BY_LANGUAGE: Record<string, Cue[]> = {
  en: [...SHARED, ...EN_CUES],
  es: [...SHARED, ...ES_CUES],
  fr: [...SHARED, ...FR_CUES],
  pt: [...SHARED, ...PT_CUES],
  de: [...SHARED, ...DE_CUES],
  it: [...SHARED, ...IT_CUES],
  pl: [...SHARED, ...PL_CUES],
  ru: [...SHARED, ...RU_CUES],
};

/** Every cue of every language (what a sentence of undetermined language is checked against). */
export const MODALITY_CUES: Cue[] = [
  ...SHARED,
  ...EN_CUES,
  ...ES_CUES,
  ...FR_CUES,
  ...PT_CUES,
  ...DE_CUES,
  ...IT_CUES,
];

/** Evaluative words per language (ISO 639-1), for the subjectivity score. */
export const SUBJECTIVITY_BY_LANGUAGE: Record<string, Subjectivity> = {
  en: EN_SUBJECTIVITY,
  es: ES_SUBJECTIVITY,
  fr: FR_SUBJECTIVITY,
  pt: PT_SUBJECTIVITY,
  de: DE_SUBJECTIVITY,
  it: IT_SUBJECTIVITY,
};

const BY_NAME = new Map(
  [...MODALITY_CUES, SUBJECTIVE_WEAK, SUBJECTIVE_STRONG].map((c) => [c.name, c]),
);

/** The cue with this name (as found in `modalityCues`), in any language. */
export function cueByName(name: string | undefined): Cue | undefined {
  return name === undefined ? undefined : BY_NAME.get(name);
}

/**
 * Strength orders conflicts: a question beats everything; strong opinion and strong prediction
 * beat hedges ("the coming months may reveal" is a prediction); hedges beat weak prediction
 * ("may … will") and weak opinion (evaluative words in a frame).
 */
const ORDER: [Modality, Cue["strength"]][] = [
  ["question", "strong"],
  ["opinion", "strong"],
  ["prediction", "strong"],
  ["hedged", "strong"],
  ["prediction", "weak"],
  ["hedged", "weak"],
  ["opinion", "weak"],
];

// A word-list cue (cues-types.ts `words`): a flagless pattern on the lower-cased sentence.
const isWordList = (c: Cue) => c.lower === true && c.pattern.flags === "";
const COMBINED = new Map<Cue[], RegExp | null>();

/** Every word-list cue of a list as one alternation: it matches when any of them would. */
function anyWordList(cues: Cue[]): RegExp | null {
  let re = COMBINED.get(cues);
  if (re === undefined) {
    const sources = cues.filter(isWordList).map((c) => `(?:${c.pattern.source})`);
    re = sources.length > 0 ? new RegExp(sources.join("|")) : null;
    COMBINED.set(cues, re);
  }
  return re;
}

/**
 * The modality of a sentence and every cue that fired (the deciding one first). `lang` picks
 * the language's cues; missing or "und", every language's cues apply; a language without cues,
 * the punctuation cues only.
 */
export function detectModality(
  sentence: string,
  lang?: string | null,
): { modality: Modality; cues: string[] } {
  // A language we have no cues for (Polish, Russian…) gets the punctuation cues only: another
  // language's word endings misread it (Polish "wybrał" is no French future).
  const cues = !lang || lang === "und" ? MODALITY_CUES : (CUES_BY_LANGUAGE[lang] ?? SHARED);
  const lower = sentence.toLowerCase();
  // Most sentences match no word list: one combined test then skips them all (speed only).
  const words = anyWordList(cues)?.test(lower) ?? true;
  const fired = cues.filter(
    (c) =>
      (words || !isWordList(c)) &&
      c.pattern.test(c.lower ? lower : sentence) &&
      !c.unless?.test(sentence),
  );
  // Only a language we have words for is scored: "und" text would meet every language's
  // common words at once.
  const lexicon = lang ? SUBJECTIVITY_BY_LANGUAGE[lang] : undefined;
  if (lexicon) {
    const { score, words } = subjectivity(sentence, [lexicon], lower);
    if (score >= 2) {
      fired.push(score >= 3 ? SUBJECTIVE_STRONG : SUBJECTIVE_WEAK);
      fired.push(...words.map((w) => cue("opinion", "weak", `evaluative:${w}`, /$^/)));
    }
  }
  for (const [modality, strength] of ORDER) {
    const decisive = fired.find((c) => c.modality === modality && c.strength === strength);
    if (decisive) {
      return {
        modality,
        cues: [decisive.name, ...fired.filter((c) => c !== decisive).map((c) => c.name)],
      };
    }
  }
  return { modality: "assertion", cues: fired.map((c) => c.name) };
}
