import {
  type Actor,
  type Claim,
  type Conflict,
  detectConflicts,
  type Event,
  type PublicEvent,
} from "@factline/domain";
import { and, eq, getTableColumns, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { type SourceSummary, toActor, toSourceSummary } from "../mappers";
import type { ActorRow, SourceRow } from "../schema";
import {
  actorsTable,
  claimsTable,
  eventRelationsTable,
  eventsTable,
  sourcesTable,
} from "../schema";
import { type ClaimSelectRow, claimColumns, claimFromSelect } from "./claim-select";
import { bindCompiled, type CompiledSelect, compileSelect, readRows } from "./compiled-select";
import {
  type EventSelectRow,
  eventColumns,
  eventFromSelect,
  publicEventFromSelect,
} from "./event-select";
import { type Lookup, mergedTarget } from "./lookup";
import {
  actorActive,
  claimVisibleByKey,
  eventVisible,
  type LoadOptions,
  sourceActive,
} from "./visibility";

/** A related event as the detail shows it: the link and enough of the other event to list it. */
export type RelatedEventSummary = {
  eventId: string;
  relation: "precedes" | "causes" | "part_of" | "responds_to";
  /** outgoing: this event `relation` the other; incoming: the other `relation` this one. */
  direction: "outgoing" | "incoming";
  slug: string;
  title: string;
  date: Event["date"];
};

/** An event with everything its public page shows. */
export type EventDetail = {
  /** The event, its actors named (see `PublicEventSchema`). */
  event: PublicEvent;
  claims: Claim[];
  /** The sources the claims come from or quote, without their text (see `getSourceDetail`). */
  sources: SourceSummary[];
  actors: Actor[];
  relatedEvents: RelatedEventSummary[];
  /** Unresolved conflicts among the claims (see the domain's `detectConflicts`). */
  conflicts: Conflict[];
  /** Set when the event was merged into another (only seen with visibility "all"). */
  mergedInto: string | null;
};

// Every sources column but the text, which can be long and is served by the source detail.
const { text: _text, ...sourceSummaryColumns } = getTableColumns(sourcesTable);
const actorColumns = getTableColumns(actorsTable);

// Ids are `evt_` + uppercase base32; slugs are lowercase, so one never matches the other.
const matchEvent = (idOrSlug: string): SQL =>
  or(eq(eventsTable.id, idOrSlug), eq(eventsTable.slug, idOrSlug)) as SQL;

/**
 * One event by id or slug, as the domain's Event (actors, places, related included), in one
 * statement. Public visibility: only published events; a merged loser is `null` here (use
 * `getEventDetail` to learn the winner).
 */
export async function getEvent(
  db: Database,
  idOrSlug: string,
  opts: LoadOptions,
): Promise<Event | null> {
  const rows = await db
    .select(eventColumns(opts.visibility))
    .from(eventsTable)
    .where(and(matchEvent(idOrSlug), eventVisible(opts.visibility)))
    .limit(1);
  return rows[0] ? eventFromSelect(rows[0]) : null;
}

/** A related event row as the detail's fifth statement selects it. */
type RelatedRow = {
  eventId: string;
  slug: string;
  title: string;
  dateValue: string | null;
  datePrecision: NonNullable<Event["date"]>["precision"] | null;
  dateEarliest: string | null;
  dateLatest: string | null;
  relation: RelatedEventSummary["relation"];
  direction: RelatedEventSummary["direction"];
};

type DetailStatements = [
  CompiledSelect<EventSelectRow>,
  CompiledSelect<ClaimSelectRow>,
  CompiledSelect<Omit<SourceRow, "text">>,
  CompiledSelect<ActorRow>,
  CompiledSelect<RelatedRow>,
];

// Compiled once per visibility (see compiled-select.ts: building these five statements with the
// query builder on every request cost more CPU than running them).
const detailStatements = new Map<LoadOptions["visibility"], DetailStatements>();

function compileDetail(db: Database, v: LoadOptions["visibility"]): DetailStatements {
  const idOrSlug = sql.placeholder("idOrSlug");
  const target = sql`(SELECT id FROM events WHERE id = ${idOrSlug} OR slug = ${idOrSlug} LIMIT 1)`;
  const claimIds = sql`(SELECT ce.claim_id FROM claim_events ce WHERE ce.event_id = ${target})`;
  const events = eventColumns(v);
  const claims = claimColumns(v);
  const related = {
    eventId: eventsTable.id,
    slug: eventsTable.slug,
    title: eventsTable.title,
    dateValue: eventsTable.dateValue,
    datePrecision: eventsTable.datePrecision,
    dateEarliest: eventsTable.dateEarliest,
    dateLatest: eventsTable.dateLatest,
    relation: eventRelationsTable.relation,
    direction: sql<
      "outgoing" | "incoming"
    >`CASE WHEN ${eventRelationsTable.eventId} = ${target} THEN 'outgoing' ELSE 'incoming' END`,
  };
  return [
    compileSelect(
      db
        .select(events)
        .from(eventsTable)
        .where(sql`${eventsTable.id} = ${idOrSlug} OR ${eventsTable.slug} = ${idOrSlug}`)
        .limit(1),
      events,
    ),
    compileSelect(
      db
        .select(claims)
        .from(claimsTable)
        .where(and(sql`${claimsTable.id} IN ${claimIds}`, claimVisibleByKey(v)))
        .orderBy(claimsTable.id),
      claims,
    ),
    compileSelect(
      db
        .select(sourceSummaryColumns)
        .from(sourcesTable)
        .where(
          and(
            sql`(${sourcesTable.id} IN (SELECT c.source_id FROM claims c WHERE c.id IN ${claimIds} AND ${claimVisibleByKey(v, "c")})
            OR ${sourcesTable.id} IN (SELECT e.source_id FROM evidence e JOIN claims c ON c.id = e.claim_id WHERE c.id IN ${claimIds} AND ${claimVisibleByKey(v, "c")}))`,
            sourceActive(v),
          ),
        )
        .orderBy(sourcesTable.id),
      sourceSummaryColumns,
    ),
    compileSelect(
      db
        .select(actorColumns)
        .from(actorsTable)
        .where(
          and(
            sql`(${actorsTable.id} IN (SELECT ea.actor_id FROM event_actors ea WHERE ea.event_id = ${target})
            OR ${actorsTable.id} IN (SELECT c.actor_id FROM claims c WHERE c.id IN ${claimIds} AND ${claimVisibleByKey(v, "c")}))`,
            actorActive(v),
          ),
        )
        .orderBy(actorsTable.name, actorsTable.id),
      actorColumns,
    ),
    compileSelect(
      db
        .select(related)
        .from(eventRelationsTable)
        .innerJoin(
          eventsTable,
          sql`${eventsTable.id} = CASE WHEN ${eventRelationsTable.eventId} = ${target} THEN ${eventRelationsTable.relatedEventId} ELSE ${eventRelationsTable.eventId} END`,
        )
        .where(
          and(
            sql`(${eventRelationsTable.eventId} = ${target} OR ${eventRelationsTable.relatedEventId} = ${target})`,
            eventVisible(v),
          ),
        )
        .orderBy(eventsTable.dateEarliest, eventsTable.id),
      related,
    ),
  ];
}

/**
 * An event with its claims (evidence and current verdict), the sources they cite, the actors
 * of the event and of its claims, related events in both directions and its open conflicts.
 * One D1 batch (one round trip) of five statements, each keyed by the same id-or-slug subquery.
 */
export async function getEventDetail(
  db: Database,
  idOrSlug: string,
  opts: LoadOptions,
): Promise<Lookup<EventDetail>> {
  const v = opts.visibility;
  let statements = detailStatements.get(v);
  if (!statements) {
    statements = compileDetail(db, v);
    detailStatements.set(v, statements);
  }
  const [eventSql, claimSql, sourceSql, actorSql, relatedSql] = statements;
  const d1 = db.$client;
  const values = { idOrSlug };
  const results = await d1.batch<Record<string, unknown>>(
    statements.map((s) => bindCompiled(d1, s, values)),
  );
  const [eventRes, claimRes, sourceRes, actorRes, relatedRes] = results as [
    D1Result<Record<string, unknown>>,
    D1Result<Record<string, unknown>>,
    D1Result<Record<string, unknown>>,
    D1Result<Record<string, unknown>>,
    D1Result<Record<string, unknown>>,
  ];
  const eventRows = readRows(eventSql, eventRes);
  const claimRows = readRows(claimSql, claimRes);
  const sourceRows = readRows(sourceSql, sourceRes);
  const actorRows = readRows(actorSql, actorRes);
  const relatedRows = readRows(relatedSql, relatedRes);
  const row = eventRows[0];
  const merged = mergedTarget(row, v);
  if (merged) return { status: "merged", mergedInto: merged };
  if (!row || (v === "public" && row.status !== "published")) return { status: "missing" };

  const event = publicEventFromSelect(row);
  const claims = claimRows.map(claimFromSelect);
  return {
    status: "found",
    record: {
      event,
      claims,
      sources: sourceRows.map(toSourceSummary),
      actors: actorRows.map(toActor),
      relatedEvents: relatedRows.map((r) => ({
        eventId: r.eventId,
        relation: r.relation,
        direction: r.direction,
        slug: r.slug,
        title: r.title,
        date:
          r.dateValue && r.datePrecision && r.dateEarliest && r.dateLatest
            ? {
                value: r.dateValue,
                precision: r.datePrecision,
                earliest: r.dateEarliest,
                latest: r.dateLatest,
              }
            : null,
      })),
      conflicts: detectConflicts(claims).filter((c) => c.eventId === event.id && !c.resolved),
      mergedInto: row.mergedInto,
    },
  };
}
