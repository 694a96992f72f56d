import type { AssertionProperty, Claim, Evidence, Review } from "@factline/domain";
import type { ClaimRow, EvidenceRow, ReviewRow } from "../schema";

/** An evidence row as the domain's Evidence. */
export function toEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    claimId: row.claimId,
    sourceId: row.sourceId,
    quote: row.quote,
    start: row.start,
    end: row.end,
    stance: row.stance,
    createdAt: row.createdAt,
  };
}

/** A reviews row as the domain's Review. */
export function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    claimId: row.claimId,
    verdict: row.verdict,
    rationale: row.rationale,
    reviewerId: row.reviewerId,
    reviewedAt: row.reviewedAt,
  };
}

/** What a Claim is assembled from besides its row, each already filtered to this claim. */
export type ClaimLinks = {
  eventIds: readonly string[];
  evidence: readonly EvidenceRow[];
  /** Every review of the claim; the latest is the current verdict. */
  reviews: readonly ReviewRow[];
};

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The latest review (by time, then id), which is the claim's current verdict. */
export function currentReview(reviews: readonly ReviewRow[]): ReviewRow | null {
  let best: ReviewRow | null = null;
  for (const r of reviews) {
    if (
      !best ||
      r.reviewedAt > best.reviewedAt ||
      (r.reviewedAt === best.reviewedAt && r.id > best.id)
    ) {
      best = r;
    }
  }
  return best;
}

/** A claims row and its links as the domain's Claim (with evidence and the current review). */
export function toClaim(row: ClaimRow, links: ClaimLinks): Claim {
  const review = currentReview(links.reviews);
  return {
    id: row.id,
    text: row.text,
    statement: row.statement,
    sourceId: row.sourceId,
    actorId: row.actorId,
    eventIds: [...links.eventIds].sort(byString),
    modality: row.modality,
    checkWorthiness: row.checkWorthiness,
    assertion:
      row.assertionProperty && row.assertionValue
        ? {
            // Writes validate the property against the domain's list.
            property: row.assertionProperty as AssertionProperty,
            value: row.assertionValue,
          }
        : null,
    evidence: [...links.evidence]
      .sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || byString(a.id, b.id))
      .map(toEvidence),
    review: review ? toReview(review) : null,
    rank: row.rank,
    rankReason: row.rankReason,
    status: row.status,
    clusterId: row.clusterId,
    createdBy: row.createdBy,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
  };
}
