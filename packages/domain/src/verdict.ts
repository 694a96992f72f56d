import { z } from "zod";

/**
 * The verdict scale, from true to false, plus `misleading` (accurate parts, false impression)
 * and `unproven` (not enough evidence either way).
 */
export const VERDICTS = [
  "true",
  "mostly_true",
  "mixed",
  "mostly_false",
  "false",
  "misleading",
  "unproven",
] as const;

/** A verdict on a claim. */
export const Verdict = z.enum(VERDICTS).meta({ description: "Verdict on the claim" });
export type Verdict = z.infer<typeof Verdict>;

/** How each verdict reads to people, and where it sits on ClaimReview's 1–5 rating scale. */
export const VERDICT_SCALE: Readonly<
  Record<Verdict, { label: string; rating: number | null; description: string }>
> = {
  true: { label: "True", rating: 5, description: "Accurate, nothing significant missing." },
  mostly_true: {
    label: "Mostly true",
    rating: 4,
    description: "Accurate but needs clarification or additional information.",
  },
  mixed: { label: "Mixed", rating: 3, description: "Partly accurate, partly not." },
  mostly_false: {
    label: "Mostly false",
    rating: 2,
    description: "Contains an element of truth but ignores facts that change the impression.",
  },
  false: { label: "False", rating: 1, description: "Not accurate." },
  misleading: {
    label: "Misleading",
    rating: 2,
    description: "Accurate parts arranged to give a false impression.",
  },
  // Not on the true–false axis: ClaimReview gets no numeric rating, only the label.
  unproven: { label: "Unproven", rating: null, description: "Not enough evidence either way." },
};

/** ClaimReview's best rating (schema.org `Rating.bestRating`). */
export const RATING_BEST = 5;
/** ClaimReview's worst rating (schema.org `Rating.worstRating`). */
export const RATING_WORST = 1;

/** How a claim is put: stated as fact, hedged, opinion, asked, or predicted. */
export const Modality = z
  .enum(["assertion", "hedged", "opinion", "question", "prediction"])
  .meta({ description: "How the claim is put: stated, hedged, opinion, question or prediction" });
export type Modality = z.infer<typeof Modality>;

/** Wikidata-style rank: which of several conflicting claims the record prefers. */
export const Rank = z
  .enum(["preferred", "normal", "deprecated"])
  .meta({ description: "Preferred, normal or deprecated among conflicting claims" });
export type Rank = z.infer<typeof Rank>;

/** What an evidence link does for a claim. */
export const Stance = z
  .enum(["supports", "refutes", "context"])
  .meta({ description: "Whether the evidence supports, refutes or gives context" });
export type Stance = z.infer<typeof Stance>;
