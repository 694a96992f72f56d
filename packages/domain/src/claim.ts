import { z } from "zod";
import { Timestamp, text, Version } from "./common";
import { ActorId, ClaimId, EventId, EvidenceId, ReviewId, SourceId, UserId } from "./ids";
import { parsePartialDate } from "./partial-date";
import { Modality, Rank, Stance, Verdict } from "./verdict";

/** Where a claim stands in the review workflow. */
export const ClaimStatus = z
  .enum(["unreviewed", "in_review", "reviewed", "published", "retracted"])
  .meta({ description: "unreviewed → in_review → reviewed → published → retracted" });
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * The properties a structured assertion can state. Two claims asserting different values for
 * the same property of the same event are a conflict.
 */
export const ASSERTION_PROPERTIES = [
  "event.date",
  "event.place",
  "event.actor",
  "event.casualties",
  "event.outcome",
] as const;

/** A property a structured assertion is about. */
export const AssertionProperty = z
  .enum(ASSERTION_PROPERTIES)
  .meta({ description: "The event property asserted", example: "event.date" });
export type AssertionProperty = z.infer<typeof AssertionProperty>;

/** A machine-comparable statement, e.g. `event.date = 2025-07-04`. */
export const Assertion = z
  .object({
    /** The property asserted. */
    property: AssertionProperty.describe("The property asserted."),
    /**
     * The asserted value in canonical form: a PartialDate's text for `event.date`, an ISO
     * 3166-1 alpha-2 code for `event.place`, an actor id for `event.actor`, a number for
     * `event.casualties`, free text for `event.outcome`.
     */
    value: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .meta({ example: "2025-07-04" })
      .describe(
        "The asserted value in canonical form: a PartialDate's text for `event.date`, an ISO 3166-1 alpha-2 code for `event.place`, an actor id for `event.actor`, a number for `event.casualties`, free text for `event.outcome`.",
      ),
  })
  // Values that cannot be compared would hide conflicts, so the comparable properties are
  // checked here rather than discovered later in conflict detection.
  .superRefine((a, ctx) => {
    if (a.property === "event.date") {
      const r = parsePartialDate(a.value);
      if (!r.ok) ctx.addIssue({ code: "custom", path: ["value"], message: r.message });
    } else if (a.property === "event.place" && !/^[A-Za-z]{2}$/.test(a.value)) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: "must be an ISO 3166-1 alpha-2 code such as AF",
      });
    }
  })
  .meta({ id: "Assertion", description: "A structured property = value statement" });
export type Assertion = z.infer<typeof Assertion>;

/** A link from a claim to a source passage that supports, refutes or gives context to it. */
export const EvidenceSchema = z
  .object({
    /** The link's id (`evd_…`). */
    id: EvidenceId.describe("The link's id (`evd_…`)."),
    /** The claim it is evidence for. */
    claimId: ClaimId.describe("The claim it is evidence for."),
    /** The source the passage is in. */
    sourceId: SourceId.describe("The source the passage is in."),
    /** The passage, verbatim. */
    quote: z.string().describe("The passage, verbatim."),
    /** Offset of the passage's first character in the source's cleaned text (UTF-16 units). */
    start: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe(
        "Offset of the passage's first character in the source's cleaned text (UTF-16 units).",
      ),
    /** Offset just past the passage's last character. */
    end: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe("Offset just past the passage's last character."),
    /** Whether it supports, refutes or gives context. */
    stance: Stance.describe("Whether it supports, refutes or gives context."),
    /** When the link was made. */
    createdAt: Timestamp.describe("When the link was made."),
  })
  .meta({ id: "Evidence", description: "A source passage linked to a claim" });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A reviewer's verdict on a claim, with the reasoning. */
export const ReviewSchema = z
  .object({
    /** The review's id (`rvw_…`). */
    id: ReviewId.describe("The review's id (`rvw_…`)."),
    /** The claim reviewed. */
    claimId: ClaimId.describe("The claim reviewed."),
    /** The verdict. */
    verdict: Verdict.describe("The verdict."),
    /** Why, in a few sentences readers can follow. */
    rationale: z.string().describe("Why, in a few sentences readers can follow."),
    /** Who reviewed it. */
    reviewerId: UserId.describe("Who reviewed it."),
    /** When. */
    reviewedAt: Timestamp.describe("When."),
  })
  .meta({ id: "Review", description: "A verdict on a claim with its rationale" });
export type Review = z.infer<typeof ReviewSchema>;

/** Something a source or actor says, as stated, with how it is put and what the record makes of it. */
export const ClaimSchema = z
  .object({
    /** The claim's id (`clm_…`). */
    id: ClaimId.describe("The claim's id (`clm_…`)."),
    /** The claim as the source put it, verbatim. */
    text: z.string().describe("The claim as the source put it, verbatim."),
    /** A neutral, self-contained restatement. */
    statement: z.string().describe("A neutral, self-contained restatement."),
    /** The source making the claim. */
    sourceId: SourceId.nullable().describe("The source making the claim."),
    /** The actor making the claim, when an actor speaks (a ministry, a spokesperson). */
    actorId: ActorId.nullable().describe(
      "The actor making the claim, when an actor speaks (a ministry, a spokesperson).",
    ),
    /** The events the claim is about. */
    eventIds: z.array(EventId).describe("The events the claim is about."),
    /** How the claim is put. */
    modality: Modality.describe("How the claim is put."),
    /** How much checking it deserves, 0..1. */
    checkWorthiness: z.number().min(0).max(1).describe("How much checking it deserves, 0..1."),
    /** A structured property = value, used to detect conflicts. */
    assertion: Assertion.nullable().describe(
      "A structured property = value, used to detect conflicts.",
    ),
    /** Source passages linked to the claim. */
    evidence: z.array(EvidenceSchema).describe("Source passages linked to the claim."),
    /** The current verdict, if reviewed. */
    review: ReviewSchema.nullable().describe("The current verdict, if reviewed."),
    /** Preferred / normal / deprecated among conflicting claims. */
    rank: Rank.describe("Preferred / normal / deprecated among conflicting claims."),
    /** Why the rank was set, when it is not normal. */
    rankReason: z.string().nullable().describe("Why the rank was set, when it is not normal."),
    /** Review status. */
    status: ClaimStatus.describe("Review status."),
    /** Near-duplicate cluster: claims saying the same thing share it. */
    clusterId: z
      .string()
      .nullable()
      .describe("Near-duplicate cluster: claims saying the same thing share it."),
    /** The user who created the claim (a reviewer may not approve their own claim). */
    createdBy: UserId.nullable().describe(
      "The user who created the claim (a reviewer may not approve their own claim).",
    ),
    /** Version for optimistic concurrency. */
    version: Version.describe("Version for optimistic concurrency."),
    /** When the record was created. */
    createdAt: Timestamp.describe("When the record was created."),
    /** When the record last changed. */
    updatedAt: Timestamp.describe("When the record last changed."),
    /** When the claim was first published, if it was. */
    publishedAt: Timestamp.nullable().describe("When the claim was first published, if it was."),
  })
  .meta({ id: "Claim", description: "A claim made by a source or actor about events" });
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * A verdict as the public API shows it. Which account reviewed it stays internal: user ids are
 * keys into the admin, not something readers need or should be able to enumerate.
 */
export const PublicReviewSchema = ReviewSchema.omit({ reviewerId: true }).meta({
  id: "PublicReview",
  description: "A verdict on a claim with its rationale",
});
export type PublicReview = z.infer<typeof PublicReviewSchema>;

/** A claim as the public API shows it: no internal user ids (author, reviewer). */
export const PublicClaimSchema = ClaimSchema.omit({ createdBy: true, review: true })
  .extend({
    /** The current verdict, if reviewed. */
    review: PublicReviewSchema.nullable().describe("The current verdict, if reviewed."),
  })
  .meta({ id: "PublicClaim", description: "A claim made by a source or actor about events" });
export type PublicClaim = z.infer<typeof PublicClaimSchema>;

/** The public view of a claim: the same record without internal user ids. */
export function toPublicClaim(claim: Claim): PublicClaim {
  const { createdBy: _author, review, ...rest } = claim;
  if (!review) return { ...rest, review: null };
  const { reviewerId: _reviewer, ...publicReview } = review;
  return { ...rest, review: publicReview };
}

const claimInputFields = {
  /** The claim as the source put it, verbatim. */
  text: text(5000).meta({ description: "The claim as the source put it, verbatim" }),
  /** A neutral, self-contained restatement. */
  statement: text(2000).meta({ description: "A neutral, self-contained restatement" }),
  /** The source making the claim. */
  sourceId: SourceId.nullable().describe("The source making the claim."),
  /** The actor making the claim, when an actor speaks (a ministry, a spokesperson). */
  actorId: ActorId.nullable().describe(
    "The actor making the claim, when an actor speaks (a ministry, a spokesperson).",
  ),
  /** The events the claim is about. */
  eventIds: z.array(EventId).max(20).describe("The events the claim is about."),
  /** How the claim is put. */
  modality: Modality.describe("How the claim is put."),
  /** How much checking it deserves, 0..1. */
  checkWorthiness: z.number().min(0).max(1).describe("How much checking it deserves, 0..1."),
  /** A structured property = value, used to detect conflicts. */
  assertion: Assertion.nullable().describe(
    "A structured property = value, used to detect conflicts.",
  ),
  /** Near-duplicate cluster: claims saying the same thing share it. */
  clusterId: z
    .string()
    .max(100)
    .nullable()
    .describe("Near-duplicate cluster: claims saying the same thing share it."),
};

/** Input to create a claim. It starts unreviewed. */
export const CreateClaimInput = z
  .object({
    ...claimInputFields,
    statement: claimInputFields.statement.optional(),
    sourceId: claimInputFields.sourceId.optional(),
    actorId: claimInputFields.actorId.optional(),
    eventIds: claimInputFields.eventIds.default([]),
    modality: claimInputFields.modality.default("assertion"),
    checkWorthiness: claimInputFields.checkWorthiness.default(0.5),
    assertion: claimInputFields.assertion.optional(),
    clusterId: claimInputFields.clusterId.optional(),
  })
  .strict()
  .refine((c) => c.sourceId != null || c.actorId != null, {
    message: "a claim needs a claimant: sourceId or actorId",
    path: ["sourceId"],
  })
  .meta({ id: "CreateClaimInput", description: "Fields to create a claim" });
export type CreateClaimInput = z.infer<typeof CreateClaimInput>;

/** Input to update a claim: any subset of the fields, and only those change. */
export const UpdateClaimInput = z
  .object(claimInputFields)
  .partial()
  .strict()
  .meta({ id: "UpdateClaimInput", description: "Fields to change on a claim" });
export type UpdateClaimInput = z.infer<typeof UpdateClaimInput>;

/** Input to link evidence to a claim. */
export const CreateEvidenceInput = z
  .object({
    /** The source the passage is in. */
    sourceId: SourceId.describe("The source the passage is in."),
    /** The passage, verbatim. */
    quote: text(5000).describe("The passage, verbatim."),
    /** Offset of the passage's first character in the source's cleaned text (UTF-16 units). */
    start: z
      .number()
      .int()
      .min(0)
      .nullable()
      .optional()
      .describe(
        "Offset of the passage's first character in the source's cleaned text (UTF-16 units).",
      ),
    /** Offset just past the passage's last character. */
    end: z
      .number()
      .int()
      .min(0)
      .nullable()
      .optional()
      .describe("Offset just past the passage's last character."),
    /** Whether it supports, refutes or gives context; supports when left out. */
    stance: Stance.default("supports").describe(
      "Whether it supports, refutes or gives context; supports when left out.",
    ),
  })
  .strict()
  .refine((e) => e.start == null || e.end == null || e.end > e.start, {
    message: "end must be after start",
    path: ["end"],
  })
  .meta({ id: "CreateEvidenceInput", description: "Fields to link evidence to a claim" });
export type CreateEvidenceInput = z.infer<typeof CreateEvidenceInput>;

/** Input to record a verdict on a claim. */
export const CreateReviewInput = z
  .object({
    /** The verdict. */
    verdict: Verdict.describe("The verdict."),
    /** Why, in a few sentences readers can follow. */
    rationale: text(5000).meta({ description: "Why, in a few sentences readers can follow" }),
  })
  .strict()
  .meta({ id: "CreateReviewInput", description: "A verdict with its rationale" });
export type CreateReviewInput = z.infer<typeof CreateReviewInput>;

/** Input to set a claim's rank (how conflicts are resolved). */
export const SetRankInput = z
  .object({
    /** The new rank. */
    rank: Rank.describe("The new rank."),
    /** Why; required unless the rank is normal. */
    reason: text(2000).nullable().optional().describe("Why; required unless the rank is normal."),
  })
  .strict()
  .refine((r) => r.rank === "normal" || (r.reason != null && r.reason.length > 0), {
    message: "a reason is required when a claim is preferred or deprecated",
    path: ["reason"],
  })
  .meta({ id: "SetRankInput", description: "A rank and why" });
export type SetRankInput = z.infer<typeof SetRankInput>;
