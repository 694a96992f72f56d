// Evaluative language as a score, not a phrase list: opinion pieces judge in words no cue list
// can enumerate ("recita la parte del grande sconfitto", "une mauvaise foi flagrante"), but they
// use many evaluative words, degree words, the writer's "we" and scare quotes. Each language's
// words are data in lang/cues-<code>.ts (`Subjectivity`); the features and weights are here.
import { type Cue, cue, type Subjectivity, words } from "./lang/cues-types";

/** Decisive cues of the score, weak (2 points) and strong (3+); registered like any other cue. */
export const SUBJECTIVE_WEAK: Cue = cue("opinion", "weak", "opinion:evaluative language", /$^/);
export const SUBJECTIVE_STRONG: Cue = cue(
  "opinion",
  "strong",
  "opinion:evaluative language (dense)",
  /$^/,
);

type Compiled = {
  /** One pass over the sentence: group 1 a judgement word, 2 a sentiment word, 3 a degree word. */
  words: RegExp;
  firstPerson: RegExp;
  attribution: RegExp;
};

const compiled = new WeakMap<Subjectivity, Compiled>();
// Same word edge as `words()`: no Latin letter or digit beside the match.
const L = "[A-Za-z0-9\\u00C0-\\u024F]";

function compile(s: Subjectivity): Compiled {
  let c = compiled.get(s);
  if (!c) {
    c = {
      words: new RegExp(
        `(?<!${L})(?:(${s.judgement.toLowerCase()})|(${s.sentiment.toLowerCase()})|(${s.intensifier.toLowerCase()}))(?!${L})`,
        "g",
      ),
      firstPerson: s.firstPerson,
      attribution: words(s.attribution),
    };
    compiled.set(s, c);
  }
  return c;
}

// A short phrase in quotes inside a sentence that quotes no speaker ("la «dictature
// sanitaire»", "the 'experts'"): the writer keeps the word at a distance.
const SCARE_QUOTE = /(?:^|[\s(])["“«„‘']\s?([^"“”«»„‘’']{2,40}?)\s?["”»“’'](?=[\s,.;:!?)]|$)/g;

// "Bolsonaro não disse que…" reports nobody: a negated verb of saying is the writer's point.
const NEGATION = /(?:^|\s)(?:not|never|não|nunca|no|non|nicht|nie|jamais|pas)\s+$/;

function reports(lower: string, attribution: RegExp): boolean {
  const m = attribution.exec(lower);
  return m !== null && !NEGATION.test(lower.slice(0, m.index));
}

const QUOTE_MARK = /["“«„‘']/;

export type SubjectivityResult = { score: number; words: string[] };

/**
 * Points of evaluative language in a sentence (the words that gave them). Judgement words (strong
 * clues) 2, sentiment and degree words (weak clues) 1, scare quotes 1; the writer's first person
 * adds 1 when two points already judge (alone, "we" and a word such as "crisis" are a minister's
 * report). Weak clues alone count only from 3 points. A figure in the sentence takes 1 away
 * (figures measure). A sentence that reports a speaker scores 0: the judgement is theirs, and
 * what they said is the claim.
 */
export function subjectivity(
  sentence: string,
  lexicons: Subjectivity[],
  lower = sentence.toLowerCase(),
): SubjectivityResult {
  const quoted = QUOTE_MARK.test(sentence);
  let best: SubjectivityResult = { score: 0, words: [] };
  for (const lexicon of lexicons) {
    const c = compile(lexicon);
    if (reports(lower, c.attribution)) continue;
    const found: string[] = [];
    let score = 0;
    let strong = false;
    for (const m of lower.matchAll(c.words)) {
      strong ||= m[1] !== undefined;
      score += m[1] !== undefined ? 2 : 1;
      found.push(m[0]);
    }
    for (const m of quoted ? sentence.matchAll(SCARE_QUOTE) : []) {
      const quoted = (m[1] ?? "").trim();
      // A name or a title in quotes ("„Merkel“ und „Kanzlerwahl“ trended") is a label.
      if (quoted.split(/\s+/).length > 3 || !/^[a-zà-ÿ]/.test(quoted)) continue;
      score += 1;
      found.push(`“${m[1]}”`);
    }
    // A quoted speaker's "I" is theirs (the sentence opens with the quote mark).
    if (score > 1 && !/^["“«„‘]/.test(sentence) && c.firstPerson.test(sentence)) {
      score += 1;
      found.push("first person");
    }
    if (/\d/.test(sentence)) score -= 1;
    // Weak clues alone ("serious", "crisis") are how news reports, too: in the spirit of Riloff
    // and Wiebe's high-precision rule, a sentence needs a strong clue or three points of weak ones.
    if (!strong && score < 3) score = Math.min(score, 1);
    if (score > best.score) best = { score, words: found };
  }
  return best;
}
