import type { Claim } from "@factline/domain";
import { getTableColumns, sql } from "drizzle-orm";
import { toClaim } from "../mappers";
import { type ClaimRow, claimsTable, type EvidenceRow, type ReviewRow } from "../schema";
import { eventVisible, sourceActive, type Visibility } from "./visibility";

/**
 * The claims columns plus event ids, evidence and the current review as JSON from correlated
 * subqueries, so one statement returns whole claims. Public reads drop links to unpublished
 * events and to retracted or merged sources; callers select only public claims, and a source
 * a public claim quotes is public by definition, so the cheaper `sourceActive` suffices.
 */
export function claimColumns(v: Visibility) {
  return {
    ...getTableColumns(claimsTable),
    eventIdsJson: sql<string>`(SELECT json_group_array(ce.event_id) FROM claim_events ce JOIN events ee ON ee.id = ce.event_id WHERE ce.claim_id = "claims"."id" AND ${eventVisible(v, "ee")})`,
    evidenceJson: sql<string>`(SELECT json_group_array(json_object('id', ev.id, 'claimId', ev.claim_id, 'sourceId', ev.source_id, 'quote', ev.quote, 'start', ev.start, 'end', ev."end", 'stance', ev.stance, 'createdBy', ev.created_by, 'createdAt', ev.created_at)) FROM evidence ev JOIN sources es ON es.id = ev.source_id WHERE ev.claim_id = "claims"."id" AND ${sourceActive(v, "es")})`,
    reviewJson: sql<
      string | null
    >`(SELECT json_object('id', rv.id, 'claimId', rv.claim_id, 'verdict', rv.verdict, 'rationale', rv.rationale, 'reviewerId', rv.reviewer_id, 'reviewedAt', rv.reviewed_at) FROM reviews rv WHERE rv.claim_id = "claims"."id" ORDER BY rv.reviewed_at DESC, rv.id DESC LIMIT 1)`,
  };
}

/** A row selected with `claimColumns`. */
export type ClaimSelectRow = ClaimRow & {
  eventIdsJson: string;
  evidenceJson: string;
  reviewJson: string | null;
};

/** A row selected with `claimColumns` as the domain's Claim. */
export function claimFromSelect(row: ClaimSelectRow): Claim {
  const { eventIdsJson, evidenceJson, reviewJson, ...base } = row;
  const review: ReviewRow | null = reviewJson ? JSON.parse(reviewJson) : null;
  return toClaim(base, {
    eventIds: JSON.parse(eventIdsJson ?? "[]") as string[],
    evidence: JSON.parse(evidenceJson ?? "[]") as EvidenceRow[],
    reviews: review ? [review] : [],
  });
}
