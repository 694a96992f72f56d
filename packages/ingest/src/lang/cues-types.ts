// Modality cues as data: one file a language (cues-<code>.ts), each a list of rules. A rule names
// the modality it signals, how strongly, and the words that signal it.
import type { Modality } from "@factline/domain";

/** One modality cue. `name` travels on the sentence (`modalityCues`), so it must be readable. */
export type Cue = {
  modality: Modality;
  name: string;
  pattern: RegExp;
  strength: "strong" | "weak";
  /** The cue does not fire on a sentence this matches (a figure, for judgement words). */
  unless?: RegExp;
  /** True when `pattern` is meant for the lower-cased sentence (built by `words`). */
  lower?: boolean;
};

// `\b` is ASCII-only in JavaScript regexes; a word edge here is "no Latin letter or digit beside
// it", so "según", "à" and "ß" work like English words. The class is spelled out instead of
// \p{L} because a non-Unicode regex runs several times faster in V8 (the six languages are
// written in Latin letters).
const L = "[A-Za-z0-9\\u00C0-\\u024F]";

/**
 * A pattern matching any of `words` (regex fragments) as whole words, to be tested against the
 * lower-cased sentence: a case-sensitive regex runs about twice as fast as the same one with
 * the `i` flag, and the word lists are the largest cost of modality.
 */
export function words(source: string): RegExp {
  return new RegExp(`(?<!${L})(?:${source.toLowerCase()})(?!${L})`);
}

/** Shorthand for a rule. */
export function cue(
  modality: Modality,
  strength: Cue["strength"],
  name: string,
  pattern: RegExp | string,
  unless?: RegExp,
): Cue {
  return {
    modality,
    strength,
    name,
    pattern: typeof pattern === "string" ? words(pattern) : pattern,
    ...(typeof pattern === "string" ? { lower: true } : {}),
    ...(unless ? { unless } : {}),
  };
}

/**
 * Evaluative language of one language, for the subjectivity score (`src/subjectivity.ts`):
 * word lists in the manner of the MPQA subjectivity lexicon (strongly and weakly subjective
 * words), written for news and commentary. Each string is a `words()` alternation.
 */
export type Subjectivity = {
  /** Words that judge on their own ("disgrace", "lamentável", "pathétique"): two points. */
  judgement: string;
  /** Words with a sentiment news also uses plainly ("serious", "crise", "grave"): one point. */
  sentiment: string;
  /** Degree words and restrictive turns ("very", "muito", "n'est que"): one point. */
  intensifier: string;
  /** The writer in the text ("we", "nous", "noi"), tested on the sentence as written. */
  firstPerson: RegExp;
  /**
   * A speaker the sentence reports ("said", "a dénoncé", "sagte"): a judgement in it is the
   * speaker's, quoted, and the sentence states what they said.
   */
  attribution: string;
};
