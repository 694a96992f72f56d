// Accepting an ingest, decided: a pure function of the stored draft, the editor's selection and
// what the database already holds (read up front by db/queries/accept-lookups.ts). It returns the
// records to write — or throws the typed domain error that refuses the selection — and touches no
// database, so its rules are property-tested without D1 (test/admin/accept-plan.test.ts).
import {
  type AcceptEventActor,
  type AcceptIngestInput,
  type CandidateClaim,
  type Claim,
  DomainError,
  type EmbeddedPost,
  type Event,
  type Evidence,
  type IngestResult,
  newId,
  type Source,
  slugify,
  tryCanonicalUrl,
} from "@factline/domain";
import type { AcceptKeys, AcceptLookups, StoredActor } from "../db/queries/accept-lookups";
import type { AdminActor } from "../db/queries/load";
import { normalizeClaim } from "./claims";

/** The draft as accepting reads it. */
export type AcceptDraft = {
  id: string;
  url: string | null;
  contentHash: string | null;
  createdAt: string;
  result: IngestResult;
};

export type PlannedPost = { post: EmbeddedPost; source: Source; reused: boolean };

/** The records one accept writes (new ones) or reuses (stored ones), and what it left out. */
export type AcceptPlan = {
  article: Source;
  articleReused: boolean;
  posts: PlannedPost[];
  /** The event the claims are about (a new draft, or the stored one), or null. */
  event: Event | null;
  eventCreated: boolean;
  /** Actors created with the new event. */
  actors: AdminActor[];
  /** Claims created (unreviewed). */
  claims: Claim[];
  /** Selected candidates left out because a reused source already holds the same claim. */
  skippedClaims: { candidateId: string; existingClaimId: string }[];
};

type Role = Event["actors"][number]["role"];

const bodyError = (path: string, message: string) =>
  new DomainError("validation_failed", `body.${path}: ${message}`, {
    errors: [{ path: `body.${path}`, message }],
  });

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

function articleUrl(draft: AcceptDraft, input: AcceptIngestInput): string | null {
  const raw =
    input.source.url !== undefined
      ? input.source.url
      : detectedUrl(draft.result.article.url, draft.url);
  return raw ? tryCanonicalUrl(raw) : null;
}

function postUrl(post: EmbeddedPost, selection: AcceptIngestInput["embeddedPosts"][number]) {
  const raw = selection.url !== undefined ? selection.url : post.source.url;
  return raw ? tryCanonicalUrl(raw) : null;
}

/** What to look up before planning; `articleHash` is the draft's stored hash or one computed. */
export function acceptKeys(
  draft: AcceptDraft,
  input: AcceptIngestInput,
  articleHash: string,
): AcceptKeys {
  const postUrls = input.embeddedPosts.flatMap((s) => {
    const post = draft.result.embeddedPosts.find((p) => p.index === s.index);
    const url = post ? postUrl(post, s) : null;
    return url ? [url] : [];
  });
  const event = input.event;
  const specs = event && "create" in event ? event.create.actors : [];
  const described = specs.filter((s) => !s.actorId);
  return {
    articleUrl: articleUrl(draft, input),
    articleHash,
    postUrls,
    attachTo: event && "attachTo" in event ? event.attachTo : null,
    actors: {
      ids: specs.flatMap((s) => (s.actorId ? [s.actorId] : [])),
      iso3166: described.flatMap((s) => (s.iso3166 ? [s.iso3166] : [])),
      wikidata: described.flatMap((s) => (s.wikidata ? [s.wikidata] : [])),
      names: described.flatMap((s) => (s.name ? [s.name.toLowerCase()] : [])),
    },
  };
}

/**
 * Decides one accept. `hashes` holds the content hash of the article's cleaned text and of each
 * selected post's text (by post index); `now` and `userId` stamp the new records.
 */
export function planAccept(args: {
  draft: AcceptDraft;
  input: AcceptIngestInput;
  lookups: AcceptLookups;
  hashes: { article: string; posts: ReadonlyMap<number, string> };
  now: string;
  userId: string | null;
}): AcceptPlan {
  const { draft, input, lookups, now } = args;
  const { result } = draft;

  // The article: a stored copy (same canonical URL or text), else a new source.
  const reusedArticle = lookups.duplicateArticle;
  const edits = input.source;
  const firstLine = result.paragraphs[0]?.text.slice(0, 200) ?? "";
  const article: Source = reusedArticle ?? {
    id: newId("src"),
    kind: "article",
    url: articleUrl(draft, input),
    title: edits.title ?? result.article.title ?? (firstLine || "Untitled article"),
    publisher: edits.publisher !== undefined ? edits.publisher : result.article.publisher,
    author: edits.author !== undefined ? edits.author : null,
    actorId: null,
    publishedDate:
      edits.publishedDate !== undefined ? edits.publishedDate : result.article.publishedDate,
    retrievedAt: result.article.retrievedAt ?? draft.createdAt,
    language: edits.language !== undefined ? edits.language : result.article.language,
    contentHash: args.hashes.article,
    text: result.cleanedText,
    reliability: "unrated",
    embeddedIn: null,
    note: null,
    status: "active",
    version: 1,
    createdAt: now,
    updatedAt: now,
  };

  // Each selected post: the stored copy (same URL, or same text in the reused article), else new.
  const posts = new Map<number, PlannedPost>();
  for (const [i, selection] of input.embeddedPosts.entries()) {
    const post = result.embeddedPosts.find((p) => p.index === selection.index);
    if (!post) continue;
    const url = postUrl(post, selection);
    const author = selection.author !== undefined ? selection.author : post.source.author;
    const existing =
      lookups.storedPosts.find(
        (s) =>
          (url !== null && s.url === url) || (s.text === post.source.text && s.author === author),
      ) ?? (url ? lookups.sourcesByUrl.find((s) => s.url === url) : undefined);
    if (existing) {
      posts.set(post.index, { post, source: existing, reused: true });
      continue;
    }
    if ([...posts.values()].some((p) => url !== null && p.source.url === url)) {
      throw bodyError(`embeddedPosts.${i}.url`, "another selected post has this URL");
    }
    const hash = args.hashes.posts.get(post.index);
    if (hash === undefined) throw new Error(`no content hash for post ${post.index}`);
    posts.set(post.index, {
      post,
      reused: false,
      source: {
        id: newId("src"),
        kind: "social_post",
        url,
        title: selection.title ?? post.source.title,
        publisher: post.source.publisher,
        author,
        actorId: null,
        publishedDate: post.source.publishedDate,
        retrievedAt: article.retrievedAt ?? draft.createdAt,
        language: article.language,
        contentHash: hash,
        text: post.source.text,
        reliability: "unrated",
        embeddedIn: article.id,
        note: null,
        status: "active",
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
    });
  }

  // The event: the stored one named (checked), or a new draft with its actors found or made.
  let event: Event | null = null;
  let eventCreated = false;
  const actors: AdminActor[] = [];
  const choice = input.event;
  if (choice && "attachTo" in choice) {
    const found = lookups.attachTo;
    if (!found) throw bodyError("event.attachTo", "no event with this id");
    if (found.mergedInto) {
      throw bodyError("event.attachTo", `this event was merged into ${found.mergedInto}`);
    }
    if (found.event.status === "retracted") {
      throw bodyError("event.attachTo", "this event was retracted");
    }
    event = found.event;
  } else if (choice) {
    const spec = choice.create;
    const links = resolveActors(spec.actors, lookups.actors, actors, now);
    const id = newId("evt");
    const unique = new Map(links.map((a) => [`${a.actorId}|${a.role}`, a]));
    event = {
      id,
      // Like POST /events: the id's random tail keeps a title-made slug unique.
      slug: `${(slugify(spec.title) || "event").slice(0, 90)}-${id.slice(-6).toLowerCase()}`,
      title: spec.title,
      summary: spec.summary,
      kind: spec.kind,
      date: spec.date ?? null,
      places: [...new Set(spec.places)].sort(byString),
      actors: [...unique.values()].sort(
        (a, b) => byString(a.actorId, b.actorId) || byString(a.role, b.role),
      ),
      related: [],
      status: "draft",
      version: 1,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
    };
    eventCreated = true;
  }

  // The claims, each with its evidence; ones a reused source already holds are skipped.
  const reusedIds = new Set([
    ...(reusedArticle ? [reusedArticle.id] : []),
    ...[...posts.values()].filter((p) => p.reused).map((p) => p.source.id),
  ]);
  const held = new Map(
    lookups.heldClaims
      .filter((c) => c.sourceId !== null && reusedIds.has(c.sourceId))
      .map((c) => [`${c.sourceId}\u0000${c.text}`, c.id]),
  );
  const claims: Claim[] = [];
  const skippedClaims: AcceptPlan["skippedClaims"] = [];
  for (const selection of input.claims) {
    const candidate = result.candidateClaims.find((c) => c.id === selection.candidateId);
    if (!candidate) continue;
    const post =
      candidate.embeddedPostIndex === null ? undefined : posts.get(candidate.embeddedPostIndex);
    const sourceId = post ? post.source.id : article.id;
    const text = selection.text ?? candidate.text;
    const key = `${sourceId}\u0000${text}`;
    const already = held.get(key);
    if (already) {
      skippedClaims.push({ candidateId: candidate.id, existingClaimId: already });
      continue;
    }
    const id = newId("clm");
    held.set(key, id);
    claims.push(
      normalizeClaim({
        id,
        text,
        statement: selection.statement ?? text,
        sourceId,
        actorId: null,
        eventIds: event ? [event.id] : [],
        modality: selection.modality ?? candidate.modality,
        checkWorthiness: candidate.score,
        assertion: selection.assertion !== undefined ? selection.assertion : candidate.assertion,
        evidence: evidenceFor(id, candidate, article, post, now),
        review: null,
        rank: "normal",
        rankReason: null,
        status: "unreviewed",
        // Cluster ids are per result (`k1`); prefixed so clusters of two ingests never merge.
        clusterId: `${draft.id}:${candidate.clusterId}`,
        createdBy: args.userId,
        version: 1,
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
      }),
    );
  }

  return {
    article,
    articleReused: reusedArticle !== null,
    posts: [...posts.values()],
    event,
    eventCreated,
    actors,
    claims,
    skippedClaims,
  };
}

/**
 * Actor links for a new event: given ids must name a stored, unmerged actor; described actors
 * are matched to a live stored actor by ISO code, Wikidata id, then name, else to one already
 * made for this event, else made (pushed onto `made`).
 */
function resolveActors(
  specs: readonly AcceptEventActor[],
  stored: readonly StoredActor[],
  made: AdminActor[],
  now: string,
): { actorId: string; role: Role }[] {
  const live = stored.filter((r) => r.status === "active" && r.mergedInto === null);
  return specs.map((spec, i) => {
    if (spec.actorId) {
      const row = stored.find((r) => r.id === spec.actorId);
      if (!row || row.mergedInto) {
        throw bodyError(`event.create.actors.${i}.actorId`, "no actor with this id");
      }
      return { actorId: row.id, role: spec.role };
    }
    const name = spec.name?.toLowerCase();
    const match =
      (spec.iso3166 && live.find((r) => r.iso3166 === spec.iso3166)) ||
      (spec.wikidata && live.find((r) => r.wikidata === spec.wikidata)) ||
      live.find((r) => r.name.toLowerCase() === name);
    if (match) return { actorId: match.id, role: spec.role };
    const already = made.find(
      (a) =>
        (spec.iso3166 && a.externalIds.iso3166 === spec.iso3166) || a.name.toLowerCase() === name,
    );
    if (already) return { actorId: already.id, role: spec.role };
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
      createdAt: now,
      updatedAt: now,
    };
    made.push(actor);
    return { actorId: actor.id, role: spec.role };
  });
}

function locate(text: string, quote: string): { start: number; end: number } | null {
  const at = text.indexOf(quote);
  return at >= 0 ? { start: at, end: at + quote.length } : null;
}

/**
 * A claim's evidence: the sentence in the article (offsets into the cleaned text); a claim quoted
 * from a selected embedded post is the post's, with its evidence in the post's text and the
 * article's copy as context. A quote not found in the source's text keeps no offsets.
 */
function evidenceFor(
  claimId: string,
  candidate: CandidateClaim,
  article: Source,
  post: PlannedPost | undefined,
  now: string,
): Evidence[] {
  const make = (
    sourceId: string,
    quote: string,
    at: { start: number; end: number } | null,
    stance: Evidence["stance"],
  ): Evidence => ({
    id: newId("evd"),
    claimId,
    sourceId,
    quote,
    start: at?.start ?? null,
    end: at?.end ?? null,
    stance,
    createdAt: now,
  });
  // The article's text is the ingest's cleaned text, so candidate offsets point into it;
  // a reused article was stored from the same text (same hash) or the same URL, so check.
  const inArticle =
    article.text.slice(candidate.start, candidate.end) === candidate.text
      ? { start: candidate.start, end: candidate.end }
      : locate(article.text, candidate.text);
  const slice = (text: string, at: { start: number; end: number }) => text.slice(at.start, at.end);
  if (!post) {
    return [
      make(
        article.id,
        inArticle ? slice(article.text, inArticle) : candidate.text,
        inArticle,
        "supports",
      ),
    ];
  }
  const postText = post.source.text;
  const inPost =
    locate(postText, candidate.text) ??
    // The sentence may carry the post's media link, which the post's text leaves out.
    (candidate.text.includes(postText) ? { start: 0, end: postText.length } : null);
  const out = [
    make(post.source.id, inPost ? slice(postText, inPost) : candidate.text, inPost, "supports"),
  ];
  if (inArticle) out.push(make(article.id, slice(article.text, inArticle), inArticle, "context"));
  return out;
}
