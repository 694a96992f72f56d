// Modality as data: each rule is a cue pattern and the modality it signals. The cue that fired is
// returned, so an editor (and the claim scorer) can see why a sentence was called hedged.
import type { Modality } from "@factline/domain";

type Cue = { modality: Modality; name: string; pattern: RegExp; strength: "strong" | "weak" };

/**
 * Cues, by modality. Strength orders conflicts: a question beats everything; strong opinion and
 * strong prediction beat hedges ("the coming months may reveal" is a prediction); hedges beat
 * weak prediction ("may … will") and weak opinion (evaluative adjectives in a frame).
 */
export const MODALITY_CUES: Cue[] = [
  { modality: "question", name: "question:?", pattern: /\?["”’)]*\s*$/, strength: "strong" },
  {
    modality: "question",
    name: "question:why would",
    pattern: /^(?:so,?\s+)?why (?:would|should|did|does|do|is|are)\b/i,
    strength: "strong",
  },
  {
    modality: "opinion",
    name: "opinion:should/must",
    pattern: /\b(?:should(?:n't| not)?|must(?:n't| not)?|ought to|need(?:s)? to be)\b/i,
    strength: "strong",
  },
  {
    modality: "opinion",
    name: "opinion:it is important",
    pattern:
      /\b(?:it(?:'s|’s| is| was| remains)) (?:crucial|essential|important|vital|imperative|necessary|critical|clear|unacceptable|outrageous)\b/i,
    strength: "strong",
  },
  {
    modality: "opinion",
    name: "opinion:is essential",
    pattern:
      /\b(?:is|are|remains) (?:essential|crucial|vital|imperative|unacceptable|outrageous|disgraceful|shameful)\b/i,
    strength: "strong",
  },
  {
    modality: "opinion",
    name: "opinion:underscores the importance",
    pattern: /\bunderscores? the (?:importance|need)\b/i,
    strength: "strong",
  },
  {
    modality: "opinion",
    name: "opinion:first person",
    pattern: /\b(?:I|we) (?:think|believe|feel|argue)\b|\bin (?:my|our) (?:view|opinion)\b/i,
    strength: "strong",
  },
  {
    modality: "opinion",
    name: "opinion:normative",
    pattern:
      /\b(?:does not|doesn't|do not|cannot) absolve\b|\bresponsibilit(?:y|ies) to\b|\bhold(?:ing)? (?:\w+ ){1,4}accountable\b/i,
    strength: "strong",
  },
  {
    modality: "opinion",
    name: "opinion:sensational",
    pattern: /\b(?:shocking|stunning|outrageous|disgraceful|jaw-dropping)\b/i,
    strength: "strong",
  },
  {
    modality: "prediction",
    name: "prediction:coming months",
    pattern: /\b(?:in )?the (?:coming|next|following) (?:days|weeks|months|years|decade)\b/i,
    strength: "strong",
  },
  {
    modality: "prediction",
    name: "prediction:is expected to",
    pattern: /\b(?:is|are|was|were) (?:expected|set|poised|scheduled|due|projected|forecast) to\b/i,
    strength: "strong",
  },
  {
    modality: "prediction",
    name: "prediction:looking ahead",
    pattern:
      /\b(?:looking ahead|in the future|(?:forecasts?|predicts?|projects?) that|(?:is|are|was|were) (?:forecast|predicted|projected) (?:to|for))\b/i,
    strength: "weak",
  },
  {
    modality: "hedged",
    name: "hedge:modal",
    pattern: /\b(?:could|may|might|can be seen as)\b/,
    strength: "strong",
  },
  {
    modality: "hedged",
    name: "hedge:likely",
    pattern:
      /\b(?:likely|unlikely|probably|possibly|perhaps|potentially|presumably|apparently|arguably)\b/i,
    strength: "strong",
  },
  {
    modality: "hedged",
    name: "hedge:appears",
    pattern: /\b(?:appears?|seems?|appeared|seemed) (?:to|that)\b/i,
    strength: "strong",
  },
  {
    modality: "hedged",
    name: "hedge:reportedly",
    pattern:
      /\b(?:reportedly|allegedly|purportedly|rumou?red|unconfirmed|is said to|are said to)\b/i,
    strength: "strong",
  },
  {
    modality: "hedged",
    name: "hedge:can",
    pattern:
      /\bcan (?!not\b)(?:\w+ )?(?:be|serve|help|assert|lead|provide|affect|create|open|shape|influence|offer)\b/i,
    strength: "weak",
  },
  {
    modality: "hedged",
    name: "hedge:suggests",
    pattern: /\b(?:suggests?|indicates?) that\b|\bmight indicate\b/i,
    strength: "weak",
  },
  {
    modality: "prediction",
    name: "prediction:will",
    pattern: /\b(?:will|won't|shall|is going to|are going to)\b/i,
    strength: "weak",
  },
  // Framing a reported fact as significant: an opinion, but the fact inside it still counts.
  {
    modality: "opinion",
    name: "opinion:marks a turning point",
    pattern:
      /\bmarks? an? (?:crucial|pivotal|significant|historic|major|key|critical|decisive|new|stark) (?:turning point|moment|milestone|shift|step|chapter|development)\b/i,
    strength: "weak",
  },
  {
    modality: "opinion",
    name: "opinion:evaluative",
    pattern: /\b(?:crucial|essential|pivotal|remarkable|alarming|troubling|regrettable|welcome)\b/i,
    strength: "weak",
  },
];

const ORDER: [Modality, Cue["strength"]][] = [
  ["question", "strong"],
  ["opinion", "strong"],
  ["prediction", "strong"],
  ["hedged", "strong"],
  ["prediction", "weak"],
  ["hedged", "weak"],
  ["opinion", "weak"],
];

/** The modality of a sentence and every cue that fired (the deciding one first). */
export function detectModality(sentence: string): { modality: Modality; cues: string[] } {
  const fired = MODALITY_CUES.filter((c) => c.pattern.test(sentence));
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
