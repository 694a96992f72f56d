// Accepting an ingest: the article source, the embedded posts, new actors, the event, the claims
// with their evidence, a revision for each, and the ingest marked accepted, all in ONE D1 batch
// built from the same statement builders the single-record writes use. Everything that can be
// refused is checked before the batch (the selection against the stored result, the event and
// actors it names); the batch itself re-checks, through a guard row, that the ingest is still a
// draft, so two accepts racing on one draft cannot both land.
import {
  type AcceptEventActor,
  type AcceptIngestInput,
  type CandidateClaim,
  type Claim,
  checkAcceptSelection,
  DomainError,
  type EmbeddedPost,
  type Event,
  type Evidence,
  type IngestResult,
  IngestResultSchema,
  newId,
  type Source,
  slugify,
  tryCanonicalUrl,
} from "@factline/domain";
import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { toSource } from "../db/mappers";
import { idempotencyOutcome } from "../db/queries/idempotency";
import { findDuplicateSource, getIngest, type Ingest, toIngest } from "../db/queries/ingests";
import { loadClaimsWhere, loadEvent } from "../db/queries/load";
import type { WriteContext } from "../db/queries/write-context";
import { isVersionMismatch, uniqueViolation, writeGuardsTable } from "../db/queries/write-guard";
import { actorsTable, claimsTable, type IngestRow, ingestsTable, sourcesTable } from "../db/schema";
import { sha256Hex } from "../lib/auth/tokens";
import { type AdminActor, actorWriteStatements } from "./actors";
import type { Statements } from "./batch";
import { claimWriteStatements, normalizeClaim } from "./claims";
import { eventWriteStatements } from "./events";
import { sourceWriteStatements } from "./sources";

/** What accepting created, or found already stored and reused. */
export type AcceptOutcome = {
  ingest: Ingest;
  /** The article source first, then the embedded posts' sources. */
  sources: Source[];
  /** Ids among `sources` that existed before (same canonical URL or content hash). */
  reusedSourceIds: string[];
  /** The event the claims are about (created as a draft, or the existing one), or null. */
  event: Event | null;
  eventCreated: boolean;
  /** Actors created for the new event. */
  actors: AdminActor[];
  /** Claims created (unreviewed). */
  claims: Claim[];
  /** Selected candidates left out because the reused source already has the same claim. */
  skippedClaims: { candidateId: string; existingClaimId: string }[];
};

const bodyError = (path: string, message: string) =>
  new DomainError("validation_failed", `body.${path}: ${message}`, {
    errors: [{ path: `body.${path}`, message }],
  });

/** Accepts a draft ingest as the editor selected; see the file comment. */
export async function acceptIngest(
  db: Database,
  ingestId: string,
  input: AcceptIngestInput,
  ctx: WriteContext,
  /** The response to store with the write for the request's Idempotency-Key. */
  created?: (out: AcceptOutcome) => unknown,
): Promise<AcceptOutcome> {
  const row = await getIngest(db, ingestId);
  if (!row) {
    throw new DomainError("not_found", `No ingest with id "${ingestId}"`, {
      errors: [{ path: "path.id", message: "no ingest with this id" }],
    });
  }
  assertDraft(row);
  // The draft was stored by an earlier request, maybe by an earlier version of ingest: read it
  // back through the domain's schema rather than trusting its shape.
  const parsed = IngestResultSchema.safeParse(row.result);
  if (!parsed.success) {
    throw new DomainError(
      "conflict",
      "This draft was stored in a format this version cannot read; ingest the article again",
      { errors: [{ path: "path.id", message: "the stored ingest result is not valid" }] },
    );
  }
  const result: IngestResult = parsed.data;
  const selectionErrors = checkAcceptSelection(result, input).map((e) => ({
    path: `body.${e.path}`,
    message: e.message,
  }));
  if (selectionErrors.length > 0) {
    throw new DomainError(
      "validation_failed",
      selectionErrors.map((e) => `${e.path}: ${e.message}`).join("; "),
      { errors: selectionErrors },
    );
  }

  const plan = new Plan(db, ctx, row, result, input);
  await plan.article();
  await plan.posts();
  await plan.event();
  await plan.claims();
  const out = plan.outcome();
  const settle = created
    ? idempotencyOutcome(db, ctx.idempotency, { status: 201, body: created(out) })
    : [];
  await run(db, ingestId, [...plan.statements(), ...settle]);
  return out;
}

function assertDraft(row: IngestRow): void {
  if (row.status === "draft") return;
  const what = row.status === "accepted" ? "was already accepted" : "was discarded";
  throw new DomainError("conflict", `Ingest ${row.id} ${what}; nothing was written`, {
    extra: { ingestStatus: row.status, sourceId: row.sourceId, eventId: row.eventId },
  });
}

/**
 * The batch, with the ingest guard first. It inserts a write_guards row only when the ingest is
 * no longer a draft at that moment; the table's trigger (migrations/0003_write_guards.sql) then aborts the whole
 * batch, because it finds no versioned record of type `ingest`, and a missing record never
 * matches the expected version. A draft inserts nothing, so the guard costs one indexed read.
 */
async function run(db: Database, ingestId: string, statements: Statements): Promise<void> {
  const guard = db.insert(writeGuardsTable).select(
    db
      .select({
        recordType: sql<string>`'ingest'`.as("record_type"),
        recordId: ingestsTable.id,
        expectedVersion: sql<number>`0`.as("expected_version"),
      })
      .from(ingestsTable)
      .where(and(eq(ingestsTable.id, ingestId), ne(ingestsTable.status, "draft"))),
  );
  try {
    await db.batch([guard, ...statements]);
  } catch (err) {
    if (isVersionMismatch(err)) {
      const now = await getIngest(db, ingestId);
      if (now) assertDraft(now);
    }
    if (uniqueViolation(err) === "sources.url") {
      throw new DomainError(
        "conflict",
        "Another source with this URL was stored meanwhile; retry",
        {
          errors: [{ path: "body.source.url", message: "another source already has this URL" }],
        },
      );
    }
    throw err;
  }
}

type PostPlan = { post: EmbeddedPost; source: Source; reused: boolean };

/** Builds the records and statements of one accept, step by step (reads happen here). */
class Plan {
  private readonly out: Statements = [];
  private article_: Source | null = null;
  private articleReused = false;
  private readonly posts_ = new Map<number, PostPlan>();
  private event_: Event | null = null;
  private eventCreated = false;
  private readonly actors_: AdminActor[] = [];
  private readonly claims_: Claim[] = [];
  private readonly skipped: AcceptOutcome["skippedClaims"] = [];

  constructor(
    private readonly db: Database,
    private readonly ctx: WriteContext,
    private readonly row: IngestRow,
    private readonly result: IngestResult,
    private readonly input: AcceptIngestInput,
  ) {}

  /** The article source: an existing one with the same canonical URL or text, else a new one. */
  async article(): Promise<void> {
    const edits = this.input.source;
    const { article, cleanedText } = this.result;
    const rawUrl = edits.url !== undefined ? edits.url : detectedUrl(article.url, this.row.url);
    const url = rawUrl ? tryCanonicalUrl(rawUrl) : null;
    const contentHash = this.row.contentHash ?? (await sha256Hex(cleanedText));
    const duplicate = await findDuplicateSource(this.db, {
      urls: url ? [url] : [],
      contentHash,
    });
    if (duplicate) {
      this.article_ = await this.loadSource(duplicate.sourceId);
      this.articleReused = true;
      return;
    }
    const firstLine = this.result.paragraphs[0]?.text.slice(0, 200) ?? "";
    this.article_ = {
      id: newId("src"),
      kind: "article",
      url,
      title: edits.title ?? article.title ?? (firstLine || "Untitled article"),
      publisher: edits.publisher !== undefined ? edits.publisher : article.publisher,
      author: edits.author !== undefined ? edits.author : null,
      actorId: null,
      publishedDate:
        edits.publishedDate !== undefined ? edits.publishedDate : article.publishedDate,
      retrievedAt: article.retrievedAt ?? this.row.createdAt,
      language: edits.language !== undefined ? edits.language : article.language,
      contentHash,
      text: cleanedText,
      reliability: "unrated",
      embeddedIn: null,
      note: null,
      status: "active",
      version: 1,
      createdAt: this.ctx.now,
      updatedAt: this.ctx.now,
    };
    this.out.push(...sourceWriteStatements(this.db, this.ctx, null, this.article_, "create"));
  }

  /** Each selected post: the stored copy (same URL, or same text in the reused article), else new. */
  async posts(): Promise<void> {
    const article = this.requireArticle();
    const stored = this.articleReused
      ? (
          await this.db
            .select()
            .from(sourcesTable)
            .where(and(eq(sourcesTable.embeddedIn, article.id), isNull(sourcesTable.mergedInto)))
        ).map(toSource)
      : [];
    for (const [i, selection] of this.input.embeddedPosts.entries()) {
      const post = this.result.embeddedPosts.find((p) => p.index === selection.index);
      if (!post) continue;
      const rawUrl = selection.url !== undefined ? selection.url : post.source.url;
      const url = rawUrl ? tryCanonicalUrl(rawUrl) : null;
      const author = selection.author !== undefined ? selection.author : post.source.author;
      let existing = stored.find(
        (s) =>
          (url !== null && s.url === url) || (s.text === post.source.text && s.author === author),
      );
      if (!existing && url) {
        const dup = await findDuplicateSource(this.db, { urls: [url], contentHash: null });
        if (dup) existing = await this.loadSource(dup.sourceId);
      }
      if (existing) {
        this.posts_.set(post.index, { post, source: existing, reused: true });
        continue;
      }
      if ([...this.posts_.values()].some((p) => url !== null && p.source.url === url)) {
        throw bodyError(`embeddedPosts.${i}.url`, "another selected post has this URL");
      }
      const source: Source = {
        id: newId("src"),
        kind: "social_post",
        url,
        title: selection.title ?? post.source.title,
        publisher: post.source.publisher,
        author,
        actorId: null,
        publishedDate: post.source.publishedDate,
        retrievedAt: article.retrievedAt ?? this.row.createdAt,
        language: article.language,
        contentHash: await sha256Hex(post.source.text),
        text: post.source.text,
        reliability: "unrated",
        embeddedIn: article.id,
        note: null,
        status: "active",
        version: 1,
        createdAt: this.ctx.now,
        updatedAt: this.ctx.now,
      };
      this.posts_.set(post.index, { post, source, reused: false });
      this.out.push(...sourceWriteStatements(this.db, this.ctx, null, source, "create"));
    }
  }

  /** The chosen event: an existing one (checked), or a new draft with its actors found or made. */
  async event(): Promise<void> {
    const choice = this.input.event;
    if (!choice) return;
    if ("attachTo" in choice) {
      const found = await loadEvent(this.db, choice.attachTo);
      if (!found) throw bodyError("event.attachTo", "no event with this id");
      if (found.mergedInto) {
        throw bodyError("event.attachTo", `this event was merged into ${found.mergedInto}`);
      }
      if (found.event.status === "retracted") {
        throw bodyError("event.attachTo", "this event was retracted");
      }
      this.event_ = found.event;
      return;
    }
    const spec = choice.create;
    const actors = await this.resolveActors(spec.actors);
    const id = newId("evt");
    const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const links = new Map(actors.map((a) => [`${a.actorId}|${a.role}`, a]));
    this.event_ = {
      id,
      // Like POST /events: the id's random tail keeps a title-made slug unique.
      slug: `${(slugify(spec.title) || "event").slice(0, 90)}-${id.slice(-6).toLowerCase()}`,
      title: spec.title,
      summary: spec.summary,
      kind: spec.kind,
      date: spec.date ?? null,
      places: [...new Set(spec.places)].sort(byString),
      actors: [...links.values()].sort(
        (a, b) => byString(a.actorId, b.actorId) || byString(a.role, b.role),
      ),
      related: [],
      status: "draft",
      version: 1,
      createdAt: this.ctx.now,
      updatedAt: this.ctx.now,
      publishedAt: null,
    };
    this.eventCreated = true;
    for (const actor of this.actors_) {
      this.out.push(...actorWriteStatements(this.db, this.ctx, null, actor, "create"));
    }
    this.out.push(
      ...eventWriteStatements(this.db, this.ctx, null, this.event_, "create", {
        createdBy: this.ctx.user?.id ?? null,
      }),
    );
  }

  /**
   * Actor ids for the event: given ids are checked; described actors are matched to a stored
   * active actor by ISO code, Wikidata id, then name, and created when none matches.
   */
  private async resolveActors(
    specs: readonly AcceptEventActor[],
  ): Promise<{ actorId: string; role: Event["actors"][number]["role"] }[]> {
    if (specs.length === 0) return [];
    const ids = specs.flatMap((s) => (s.actorId ? [s.actorId] : []));
    const isos = specs.flatMap((s) => (!s.actorId && s.iso3166 ? [s.iso3166] : []));
    const qids = specs.flatMap((s) => (!s.actorId && s.wikidata ? [s.wikidata] : []));
    const names = specs.flatMap((s) => (!s.actorId && s.name ? [s.name.toLowerCase()] : []));
    const rows = await this.db
      .select()
      .from(actorsTable)
      .where(
        or(
          ids.length > 0 ? inArray(actorsTable.id, ids) : undefined,
          and(
            eq(actorsTable.status, "active"),
            isNull(actorsTable.mergedInto),
            or(
              isos.length > 0 ? inArray(actorsTable.iso3166, isos) : undefined,
              qids.length > 0 ? inArray(actorsTable.wikidata, qids) : undefined,
              names.length > 0 ? inArray(sql`lower(${actorsTable.name})`, names) : undefined,
            ),
          ),
        ),
      );
    const live = rows.filter((r) => r.status === "active" && r.mergedInto === null);
    const out: { actorId: string; role: Event["actors"][number]["role"] }[] = [];
    for (const [i, spec] of specs.entries()) {
      if (spec.actorId) {
        const row = rows.find((r) => r.id === spec.actorId);
        if (!row || row.mergedInto) {
          throw bodyError(`event.create.actors.${i}.actorId`, "no actor with this id");
        }
        out.push({ actorId: row.id, role: spec.role });
        continue;
      }
      const made = this.actors_.find(
        (a) =>
          (spec.iso3166 && a.externalIds.iso3166 === spec.iso3166) ||
          a.name.toLowerCase() === spec.name?.toLowerCase(),
      );
      const match =
        (spec.iso3166 && live.find((r) => r.iso3166 === spec.iso3166)) ||
        (spec.wikidata && live.find((r) => r.wikidata === spec.wikidata)) ||
        live.find((r) => r.name.toLowerCase() === spec.name?.toLowerCase());
      if (match) {
        out.push({ actorId: match.id, role: spec.role });
      } else if (made) {
        out.push({ actorId: made.id, role: spec.role });
      } else {
        const actor: AdminActor = {
          id: newId("act"),
          kind: spec.kind ?? "organization",
          name: spec.name ?? "Unnamed actor",
          aliases: [],
          externalIds: {
            ...(spec.wikidata ? { wikidata: spec.wikidata } : {}),
            ...(spec.iso3166 ? { iso3166: spec.iso3166 } : {}),
          },
          description: null,
          status: "active",
          version: 1,
          createdAt: this.ctx.now,
          updatedAt: this.ctx.now,
        };
        this.actors_.push(actor);
        out.push({ actorId: actor.id, role: spec.role });
      }
    }
    return out;
  }

  /**
   * The selected claims, each with its evidence: the sentence in the article (offsets into the
   * cleaned text); a claim quoted from a selected embedded post is the post's, with its
   * evidence in the post's text and the article's copy as context. Claims the reused sources
   * already hold (same claimant, same text) are skipped, not duplicated.
   */
  async claims(): Promise<void> {
    const article = this.requireArticle();
    const claimantIds = [article.id, ...[...this.posts_.values()].map((p) => p.source.id)];
    const existing = this.articleReused
      ? await loadClaimsWhere(
          this.db,
          and(
            inArray(claimsTable.sourceId, claimantIds),
            isNull(claimsTable.mergedInto),
            ne(claimsTable.status, "retracted"),
          ),
        )
      : [];
    const held = new Map(existing.map((c) => [`${c.sourceId}\u0000${c.text}`, c.id]));
    for (const selection of this.input.claims) {
      const candidate = this.result.candidateClaims.find((c) => c.id === selection.candidateId);
      if (!candidate) continue;
      const post =
        candidate.embeddedPostIndex === null
          ? undefined
          : this.posts_.get(candidate.embeddedPostIndex);
      const sourceId = post ? post.source.id : article.id;
      const text = selection.text ?? candidate.text;
      const key = `${sourceId}\u0000${text}`;
      const already = held.get(key);
      if (already) {
        this.skipped.push({ candidateId: candidate.id, existingClaimId: already });
        continue;
      }
      const id = newId("clm");
      held.set(key, id);
      const claim = normalizeClaim({
        id,
        text,
        statement: selection.statement ?? text,
        sourceId,
        actorId: null,
        eventIds: this.event_ ? [this.event_.id] : [],
        modality: selection.modality ?? candidate.modality,
        checkWorthiness: candidate.score,
        assertion: selection.assertion !== undefined ? selection.assertion : candidate.assertion,
        evidence: this.evidenceFor(id, candidate, article, post),
        review: null,
        rank: "normal",
        rankReason: null,
        status: "unreviewed",
        // Cluster ids are per result (`k1`); prefixed so clusters of two ingests never merge.
        clusterId: `${this.row.id}:${candidate.clusterId}`,
        createdBy: this.ctx.user?.id ?? null,
        version: 1,
        createdAt: this.ctx.now,
        updatedAt: this.ctx.now,
        publishedAt: null,
      });
      this.claims_.push(claim);
      this.out.push(...claimWriteStatements(this.db, this.ctx, null, claim, "create"));
    }
  }

  private evidenceFor(
    claimId: string,
    candidate: CandidateClaim,
    article: Source,
    post: PostPlan | undefined,
  ): Evidence[] {
    const make = (
      sourceId: string,
      text: string,
      start: number,
      end: number,
      stance: Evidence["stance"],
    ): Evidence => ({
      id: newId("evd"),
      claimId,
      sourceId,
      quote: text.slice(start, end),
      start,
      end,
      stance,
      createdAt: this.ctx.now,
    });
    // The article's text is the ingest's cleaned text, so candidate offsets point into it;
    // a reused article was stored from the same text (same hash) or the same URL, so check.
    const inArticle =
      article.text.slice(candidate.start, candidate.end) === candidate.text
        ? { start: candidate.start, end: candidate.end }
        : locate(article.text, candidate.text);
    if (!post) {
      return inArticle
        ? [make(article.id, article.text, inArticle.start, inArticle.end, "supports")]
        : [quoteOnly(claimId, article.id, candidate.text, this.ctx.now)];
    }
    const postText = post.source.text;
    const inPost =
      locate(postText, candidate.text) ??
      // The sentence may carry the post's media link, which the post's text leaves out.
      (candidate.text.includes(postText) ? { start: 0, end: postText.length } : null);
    const out: Evidence[] = [
      inPost
        ? make(post.source.id, postText, inPost.start, inPost.end, "supports")
        : quoteOnly(claimId, post.source.id, candidate.text, this.ctx.now),
    ];
    if (inArticle)
      out.push(make(article.id, article.text, inArticle.start, inArticle.end, "context"));
    return out;
  }

  statements(): Statements {
    const article = this.requireArticle();
    this.out.push(
      this.db
        .update(ingestsTable)
        .set({
          status: "accepted",
          acceptedAt: this.ctx.now,
          sourceId: article.id,
          eventId: this.event_?.id ?? null,
        })
        .where(and(eq(ingestsTable.id, this.row.id), eq(ingestsTable.status, "draft"))),
    );
    return this.out;
  }

  outcome(): AcceptOutcome {
    const article = this.requireArticle();
    const posts = [...this.posts_.values()];
    return {
      ingest: toIngest({
        ...this.row,
        status: "accepted",
        acceptedAt: this.ctx.now,
        sourceId: article.id,
        eventId: this.event_?.id ?? null,
      }),
      sources: [article, ...posts.map((p) => p.source)],
      reusedSourceIds: [
        ...(this.articleReused ? [article.id] : []),
        ...posts.filter((p) => p.reused).map((p) => p.source.id),
      ],
      event: this.event_,
      eventCreated: this.eventCreated,
      actors: this.actors_,
      claims: this.claims_,
      skippedClaims: this.skipped,
    };
  }

  private requireArticle(): Source {
    if (!this.article_) throw new Error("the article source is planned first");
    return this.article_;
  }

  private async loadSource(id: string): Promise<Source> {
    const rows = await this.db.select().from(sourcesTable).where(eq(sourcesTable.id, id));
    const row = rows[0];
    if (!row) throw new Error(`source ${id} vanished`);
    return toSource(row);
  }
}

/**
 * The article's URL when the editor gave none: the page's canonical link, unless the page was
 * fetched from another host. A page may name any URL as canonical; trusting one that points off
 * its own host would let it pass for (and be merged into) another site's stored article.
 */
export function detectedUrl(canonical: string | null, fetched: string | null): string | null {
  if (!canonical) return fetched;
  if (!fetched) return canonical;
  const host = (u: string) => {
    try {
      return new URL(u).hostname.replace(/^www\./, "");
    } catch {
      return null;
    }
  };
  return host(canonical) !== null && host(canonical) === host(fetched) ? canonical : fetched;
}

function locate(text: string, quote: string): { start: number; end: number } | null {
  const at = text.indexOf(quote);
  return at >= 0 ? { start: at, end: at + quote.length } : null;
}

function quoteOnly(claimId: string, sourceId: string, quote: string, now: string): Evidence {
  return {
    id: newId("evd"),
    claimId,
    sourceId,
    quote,
    start: null,
    end: null,
    stance: "supports",
    createdAt: now,
  };
}
