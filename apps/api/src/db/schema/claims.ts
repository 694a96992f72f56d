import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { recordColumns, timestamp } from "./columns";

export const claimsTable = sqliteTable(
  "claims",
  {
    id: text().primaryKey(),
    text: text().notNull(),
    statement: text().notNull(),
    sourceId: text(),
    actorId: text(),
    modality: text({
      enum: ["assertion", "hedged", "opinion", "question", "prediction"],
    }).notNull(),
    checkWorthiness: real().notNull().default(0.5),
    assertionProperty: text(),
    assertionValue: text(),
    rank: text({ enum: ["preferred", "normal", "deprecated"] })
      .notNull()
      .default("normal"),
    rankReason: text(),
    status: text({ enum: ["unreviewed", "in_review", "reviewed", "published", "retracted"] })
      .notNull()
      .default("unreviewed"),
    clusterId: text(),
    /**
     * The current verdict: the latest review's, kept in step by every claim write (the review
     * insert and this column are one batch), so `verdict=` filters read an index instead of
     * the latest review per claim.
     */
    verdict: text({
      enum: ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unproven"],
    }),
    createdBy: text(),
    publishedAt: timestamp(),
    mergedInto: text(),
    ...recordColumns(),
  },
  (t) => [
    index("claims_status_updated_idx").on(t.status, t.updatedAt, t.id),
    index("claims_status_modality_idx").on(t.status, t.modality),
    // claims?verdict= in list order (updated_at, id), so the keyset walks it without a sort.
    index("claims_status_verdict_updated_idx").on(t.status, t.verdict, t.updatedAt, t.id),
    index("claims_source_idx").on(t.sourceId),
    index("claims_cluster_idx").on(t.clusterId),
    index("claims_assertion_idx").on(t.assertionProperty, t.assertionValue),
  ],
);

export const claimEventsTable = sqliteTable(
  "claim_events",
  {
    claimId: text()
      .notNull()
      .references(() => claimsTable.id, { onDelete: "cascade" }),
    eventId: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.eventId] }),
    index("claim_events_event_idx").on(t.eventId, t.claimId),
  ],
);

export const evidenceTable = sqliteTable(
  "evidence",
  {
    id: text().primaryKey(),
    claimId: text()
      .notNull()
      .references(() => claimsTable.id, { onDelete: "cascade" }),
    sourceId: text().notNull(),
    quote: text().notNull(),
    start: integer(),
    end: integer(),
    stance: text({ enum: ["supports", "refutes", "context"] }).notNull(),
    createdBy: text(),
    createdAt: timestamp().notNull(),
  },
  (t) => [index("evidence_claim_idx").on(t.claimId), index("evidence_source_idx").on(t.sourceId)],
);

export const reviewsTable = sqliteTable(
  "reviews",
  {
    id: text().primaryKey(),
    claimId: text()
      .notNull()
      .references(() => claimsTable.id, { onDelete: "cascade" }),
    verdict: text({
      enum: ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unproven"],
    }).notNull(),
    rationale: text().notNull(),
    reviewerId: text().notNull(),
    reviewedAt: timestamp().notNull(),
  },
  (t) => [index("reviews_claim_idx").on(t.claimId, t.reviewedAt)],
);

export type ClaimRow = typeof claimsTable.$inferSelect;
export type EvidenceRow = typeof evidenceTable.$inferSelect;
export type ReviewRow = typeof reviewsTable.$inferSelect;
