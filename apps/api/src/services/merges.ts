import type { Claim, Event } from "@factline/domain";
import { DomainError } from "@factline/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { loadClaimsWhere } from "../db/queries/load";
import type { WriteContext } from "../db/queries/write-context";
import { claimEventsTable, claimsTable, eventRelationsTable } from "../db/schema";
import { runWrite, type Statements, staleVersion } from "./batch";
import { claimWriteStatements, editableClaim, normalizeClaim } from "./claims";
import { assertClaimEditable, assertEventEditable } from "./edit-rights";
import { badField } from "./errors";
import { eventWriteStatements, requireEvent } from "./events";

function sameRecord(loserId: string, winnerId: string) {
  if (loserId === winnerId) throw badField("body.into", "cannot merge a record into itself");
}

const uniq = <T>(list: readonly T[], key: (t: T) => string) => {
  const seen = new Map<string, T>();
  for (const t of list) if (!seen.has(key(t))) seen.set(key(t), t);
  return [...seen.values()];
};

/**
 * Merges duplicate events in one batch: the loser is retracted with merged_into = winner (public
 * reads of it redirect), its actors, places and relations join the winner's, claims about it
 * move to the winner, and relations other events had to the loser point at the winner.
 * Claims moved are each a claim write (version + 1, revision).
 */
export async function mergeEvents(
  db: Database,
  loserId: string,
  winnerId: string,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<{ winner: Event; loser: Event }> {
  sameRecord(loserId, winnerId);
  const [loserFound, winnerFound] = await Promise.all([
    requireEvent(db, loserId),
    requireEvent(db, winnerId).catch(() => {
      throw badField("body.into", `no event with id ${winnerId}`);
    }),
  ]);
  if (loserFound.mergedInto) {
    throw new DomainError(
      "conflict",
      `Event ${loserId} is already merged into ${loserFound.mergedInto}`,
    );
  }
  if (winnerFound.mergedInto) {
    throw badField(
      "body.into",
      `event ${winnerId} was itself merged into ${winnerFound.mergedInto}`,
    );
  }
  const loserBefore = loserFound.event;
  const winnerBefore = winnerFound.event;
  if (winnerBefore.status === "retracted") {
    throw badField("body.into", `event ${winnerId} is retracted; merge into a live event`);
  }
  if (expectedVersion !== null && loserBefore.version !== expectedVersion) {
    throw staleVersion(loserBefore.version, loserBefore);
  }
  // A merge rewrites both records, so the user must be allowed to edit each in its status.
  assertEventEditable(loserBefore, ctx);
  assertEventEditable(winnerBefore, ctx, "body.into");
  const claims = await loadClaimsWhere(
    db,
    inArray(
      claimsTable.id,
      db
        .select({ id: claimEventsTable.claimId })
        .from(claimEventsTable)
        .where(eq(claimEventsTable.eventId, loserId)),
    ),
  );

  const winnerAfter: Event = {
    ...winnerBefore,
    actors: uniq([...winnerBefore.actors, ...loserBefore.actors], (a) => `${a.actorId}|${a.role}`),
    places: [...new Set([...winnerBefore.places, ...loserBefore.places])].sort(),
    related: uniq(
      [...winnerBefore.related, ...loserBefore.related].filter(
        (r) => r.eventId !== winnerId && r.eventId !== loserId,
      ),
      (r) => `${r.eventId}|${r.relation}`,
    ),
    version: winnerBefore.version + 1,
    updatedAt: ctx.now,
  };
  const loserAfter: Event = {
    ...loserBefore,
    status: "retracted",
    version: loserBefore.version + 1,
    updatedAt: ctx.now,
  };
  const note = `merged ${loserId} into ${winnerId}`;
  const stmts: Statements = [
    ...eventWriteStatements(db, ctx, loserBefore, loserAfter, "merge", {
      note,
      mergedInto: winnerId,
    }),
    ...eventWriteStatements(db, ctx, winnerBefore, winnerAfter, "merge", { note }),
  ];
  for (const claim of claims) {
    const after = normalizeClaim({
      ...claim,
      eventIds: claim.eventIds.map((e) => (e === loserId ? winnerId : e)),
      version: claim.version + 1,
      updatedAt: ctx.now,
    });
    stmts.push(...claimWriteStatements(db, ctx, claim, after, "merge", { note }));
  }
  // Other events' relations to the loser now point at the winner; a relation the other event
  // already has to the winner makes the re-pointed one a duplicate, so it is dropped first.
  stmts.push(
    db.delete(eventRelationsTable).where(
      and(
        eq(eventRelationsTable.relatedEventId, loserId),
        // Spelled out: drizzle leaves columns unqualified in DELETE, which the sub-query
        // would resolve against its own table.
        sql`exists (select 1 from event_relations as other where other.event_id = event_relations.event_id and other.related_event_id = ${winnerId} and other.relation = event_relations.relation)`,
      ),
    ),
    db
      .update(eventRelationsTable)
      .set({ relatedEventId: winnerId })
      .where(eq(eventRelationsTable.relatedEventId, loserId)),
    db
      .delete(eventRelationsTable)
      .where(
        and(
          eq(eventRelationsTable.eventId, winnerId),
          inArray(eventRelationsTable.relatedEventId, [winnerId, loserId]),
        ),
      ),
  );
  await runWrite(db, stmts, async () => {
    const now = await requireEvent(db, loserId);
    return { version: now.event.version, record: now.event };
  });
  return { winner: winnerAfter, loser: loserAfter };
}

/**
 * Merges duplicate claims in one batch: the loser is retracted with merged_into = winner, its
 * evidence moves to the winner and its events join the winner's. Verdicts stay with the claim
 * they were given on (they judged that wording).
 */
export async function mergeClaims(
  db: Database,
  loserId: string,
  winnerId: string,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<{ winner: Claim; loser: Claim }> {
  sameRecord(loserId, winnerId);
  const loserBefore = await editableClaim(db, loserId, expectedVersion);
  const winnerBefore = await editableClaim(db, winnerId, null).catch((err: unknown) => {
    if (err instanceof DomainError) throw badField("body.into", err.message);
    throw err;
  });
  if (winnerBefore.status === "retracted") {
    throw badField("body.into", `claim ${winnerId} is retracted; merge into a live claim`);
  }
  // A merge rewrites both records, so the user must be allowed to edit each in its status.
  assertClaimEditable(loserBefore, ctx);
  assertClaimEditable(winnerBefore, ctx, {}, "body.into");
  const winnerAfter = normalizeClaim({
    ...winnerBefore,
    eventIds: [...winnerBefore.eventIds, ...loserBefore.eventIds],
    evidence: [
      ...winnerBefore.evidence,
      ...loserBefore.evidence.map((e) => ({ ...e, claimId: winnerId })),
    ],
    version: winnerBefore.version + 1,
    updatedAt: ctx.now,
  });
  const loserAfter = normalizeClaim({
    ...loserBefore,
    status: "retracted",
    evidence: [],
    version: loserBefore.version + 1,
    updatedAt: ctx.now,
  });
  const note = `merged ${loserId} into ${winnerId}`;
  // The winner first: its upsert re-points the loser's evidence rows, so the loser's delete
  // of them (scoped to its own claim id) then finds nothing to remove.
  const stmts: Statements = [
    ...claimWriteStatements(db, ctx, winnerBefore, winnerAfter, "merge", { note }),
    ...claimWriteStatements(db, ctx, loserBefore, loserAfter, "merge", {
      note,
      mergedInto: winnerId,
    }),
  ];
  await runWrite(db, stmts, async () => {
    const now = await editableClaim(db, loserId, null).catch(() => null);
    return now ? { version: now.version, record: now } : null;
  });
  return { winner: winnerAfter, loser: loserAfter };
}
