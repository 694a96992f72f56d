// Everything accepting an ingest needs to know about the stored record, read up front so that the
// decision itself (`planAccept` in services/accept-plan.ts) is a pure function of the draft, the
// editor's selection and these lookups.
import type { Claim, Event, Source } from "@factline/domain";
import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { toSource } from "../mappers";
import { actorsTable, claimsTable, sourcesTable } from "../schema";
import { findDuplicateSource } from "./ingests";
import { loadClaimsWhere, loadEvent } from "./load";

/** What to look up, computed from the draft and the selection (see `acceptKeys`). */
export type AcceptKeys = {
  articleUrl: string | null;
  articleHash: string;
  /** Canonical URLs of the selected embedded posts that have one. */
  postUrls: readonly string[];
  attachTo: string | null;
  actors: {
    ids: readonly string[];
    iso3166: readonly string[];
    wikidata: readonly string[];
    /** Lower-cased names. */
    names: readonly string[];
  };
};

/** A stored actor as matching sees it. */
export type StoredActor = {
  id: string;
  name: string;
  iso3166: string | null;
  wikidata: string | null;
  status: "active" | "retracted";
  mergedInto: string | null;
};

export type AcceptLookups = {
  /** A stored source with the article's canonical URL or text, to reuse instead of a copy. */
  duplicateArticle: Source | null;
  /** Live sources embedded in the reused article (its stored posts). */
  storedPosts: Source[];
  /** Stored sources with one of the selected posts' URLs. */
  sourcesByUrl: Source[];
  /** The event to attach to, as stored, when the selection names one. */
  attachTo: { event: Event; mergedInto: string | null } | null;
  /** Stored actors the new event's actors may name: by id, or live ones by code or name. */
  actors: StoredActor[];
  /** Live claims of the reused sources, so accepting again does not duplicate them. */
  heldClaims: Claim[];
};

async function sourcesWhere(db: Database, where: ReturnType<typeof and>): Promise<Source[]> {
  return (await db.select().from(sourcesTable).where(where)).map(toSource);
}

/** Reads the lookups: a handful of indexed reads, before any decision is made. */
export async function loadAcceptLookups(db: Database, keys: AcceptKeys): Promise<AcceptLookups> {
  const duplicate = await findDuplicateSource(db, {
    urls: keys.articleUrl ? [keys.articleUrl] : [],
    contentHash: keys.articleHash,
  });
  const duplicateArticle = duplicate
    ? ((await sourcesWhere(db, eq(sourcesTable.id, duplicate.sourceId)))[0] ?? null)
    : null;
  const storedPosts = duplicateArticle
    ? await sourcesWhere(
        db,
        and(eq(sourcesTable.embeddedIn, duplicateArticle.id), isNull(sourcesTable.mergedInto)),
      )
    : [];
  const sourcesByUrl =
    keys.postUrls.length > 0
      ? await sourcesWhere(
          db,
          and(inArray(sourcesTable.url, [...keys.postUrls]), isNull(sourcesTable.mergedInto)),
        )
      : [];
  const attachTo = keys.attachTo ? await loadEvent(db, keys.attachTo) : null;
  const { ids, iso3166, wikidata, names } = keys.actors;
  const actors =
    ids.length + iso3166.length + wikidata.length + names.length === 0
      ? []
      : await db
          .select({
            id: actorsTable.id,
            name: actorsTable.name,
            iso3166: actorsTable.iso3166,
            wikidata: actorsTable.wikidata,
            status: actorsTable.status,
            mergedInto: actorsTable.mergedInto,
          })
          .from(actorsTable)
          .where(
            or(
              ids.length > 0 ? inArray(actorsTable.id, [...ids]) : undefined,
              and(
                eq(actorsTable.status, "active"),
                isNull(actorsTable.mergedInto),
                or(
                  iso3166.length > 0 ? inArray(actorsTable.iso3166, [...iso3166]) : undefined,
                  wikidata.length > 0 ? inArray(actorsTable.wikidata, [...wikidata]) : undefined,
                  names.length > 0
                    ? inArray(sql`lower(${actorsTable.name})`, [...names])
                    : undefined,
                ),
              ),
            ),
          );
  const claimants = [
    ...(duplicateArticle ? [duplicateArticle.id] : []),
    ...storedPosts.map((s) => s.id),
    ...sourcesByUrl.map((s) => s.id),
  ];
  const heldClaims =
    claimants.length > 0
      ? await loadClaimsWhere(
          db,
          and(
            inArray(claimsTable.sourceId, claimants),
            isNull(claimsTable.mergedInto),
            ne(claimsTable.status, "retracted"),
          ),
        )
      : [];
  return { duplicateArticle, storedPosts, sourcesByUrl, attachTo, actors, heldClaims };
}
