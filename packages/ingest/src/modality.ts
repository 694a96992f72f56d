// Modality as data: each rule is a cue pattern and the modality it signals, one list per language
// (lang/cues-<code>.ts). The cue that fired is returned, so an editor (and the claim scorer) can
// see why a sentence was called hedged.
import type { Modality } from "@factline/domain";
import { DE_CUES } from "./lang/cues-de";
import { EN_CUES } from "./lang/cues-en";
import { ES_CUES } from "./lang/cues-es";
import { FR_CUES } from "./lang/cues-fr";
import { IT_CUES } from "./lang/cues-it";
import { PT_CUES } from "./lang/cues-pt";
import { type Cue, cue } from "./lang/cues-types";

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

const BY_NAME = new Map(MODALITY_CUES.map((c) => [c.name, c]));

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
 * the language's cues; unknown or missing, every language's cues apply.
 */
export function detectModality(
  sentence: string,
  lang?: string | null,
): { modality: Modality; cues: string[] } {
  const cues = (lang && CUES_BY_LANGUAGE[lang]) || MODALITY_CUES;
  const lower = sentence.toLowerCase();
  // Most sentences match no word list: one combined test then skips them all (speed only).
  const words = anyWordList(cues)?.test(lower) ?? true;
  const fired = cues.filter(
    (c) =>
      (words || !isWordList(c)) &&
      c.pattern.test(c.lower ? lower : sentence) &&
      !c.unless?.test(sentence),
  );
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
