import { env } from "cloudflare:workers";
import type { Actor, Claim, Event, Source } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { expectStatus, makeActor, makeEvent } from "./editing-support";
import {
  acceptIngest,
  counts,
  defaultSelection,
  type IngestDraft,
  seedVariant,
  sha256,
  startIngest,
} from "./ingest-support";
import { seedHtml } from "./ingest-upstream";
import { adminFetch, loginAs } from "./support/auth";

type Accepted = {
  ingest: { id: string; status: string; sourceId: string; eventId: string | null };
  sources: Source[];
  reusedSourceIds: string[];
  event: Event | null;
  eventId: string | null;
  eventCreated: boolean;
  actors: Actor[];
  claims: Claim[];
  skippedClaims: { candidateId: string; existingClaimId: string }[];
};

async function revisionsFor(ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const id of ids) {
    const rows = await env.DB.prepare(
      "SELECT action, user_id FROM revisions WHERE record_id = ? ORDER BY version",
    )
      .bind(id)
      .all<{ action: string; user_id: string }>();
    out.set(
      id,
      rows.results.map((r) => `${r.action}:${r.user_id}`),
    );
  }
  return out;
}

describe("ingesting the seed article", () => {
  it("stores a draft whose result has the Russia–Taliban main event and the @LegitTargets post", async () => {
    const editor = await loginAs("editor");
    const before = await counts();
    const res = await adminFetch(editor, "POST", "/admin/api/ingest", { text: env.SEED_ARTICLE });
    const draft = await expectStatus<IngestDraft>(res, 201);
    expect(res.headers.get("location")).toBe(`/admin/api/ingest/${draft.id}`);
    expect(draft).toMatchObject({ status: "draft", inputKind: "text", duplicateOf: null });
    expect(draft.contentHash).toBe(await sha256(draft.result.cleanedText));
    const main = draft.result.mainEvent;
    expect(main?.kind).toBe("diplomacy.recognition");
    expect(main?.date?.value).toBe("2025-07-04");
    const roles = Object.fromEntries((main?.actors ?? []).map((a) => [a.name, a.role]));
    expect(roles).toMatchObject({ Russia: "initiator", Taliban: "target" });
    expect(draft.result.embeddedPosts.map((p) => p.handle)).toEqual(["@LegitTargets"]);
    // A draft writes only the ingests row: no record exists until an editor accepts it.
    expect(await counts()).toEqual(before);
    const read = await expectStatus<IngestDraft>(
      await adminFetch(editor, "GET", `/admin/api/ingest/${draft.id}`),
      200,
    );
    expect(read.result).toEqual(draft.result);
  });

  it("accepting creates the article, its embedded post, the claims with evidence and a draft event in one batch", async () => {
    const editor = await loginAs("editor");
    // The seed exactly as published (the first test stored only a draft of it).
    const draft = await startIngest(editor, { text: env.SEED_ARTICLE });
    const { result } = draft;
    const selection = defaultSelection(result);
    const before = await counts();

    const res = await acceptIngest(editor, draft.id, selection);
    const out = await expectStatus<Accepted>(res, 201);

    const [article, post] = out.sources;
    expect(out.sources).toHaveLength(2);
    expect(article).toMatchObject({
      kind: "article",
      text: result.cleanedText,
      contentHash: await sha256(result.cleanedText),
      title: result.article.title,
      embeddedIn: null,
      status: "active",
    });
    expect(article?.retrievedAt).toBeTruthy();
    expect(post).toMatchObject({
      kind: "social_post",
      embeddedIn: article?.id,
      author: "@LegitTargets",
      text: result.embeddedPosts[0]?.source.text,
    });
    expect(out.reusedSourceIds).toEqual([]);

    // The event: a draft with the suggested date, places and actors (created, one each).
    expect(out.eventCreated).toBe(true);
    expect(out.event).toMatchObject({
      status: "draft",
      kind: "diplomacy.recognition",
      date: { value: "2025-07-04", precision: "day" },
      places: [...(result.mainEvent?.places ?? [])].sort(),
    });
    const actorById = new Map(out.actors.map((a) => [a.id, a]));
    const eventActors = (out.event?.actors ?? []).map((a) => [
      actorById.get(a.actorId)?.name,
      a.role,
    ]);
    expect(eventActors).toEqual(
      expect.arrayContaining([
        ["Russia", "initiator"],
        ["Taliban", "target"],
      ]),
    );
    expect(out.actors.find((a) => a.name === "Russia")?.externalIds).toEqual({
      iso3166: "RU",
      wikidata: "Q159",
    });

    // The claims: exactly the selection, unreviewed, by the editor, in the event, clustered.
    expect(out.claims.map((c) => c.text).sort()).toEqual(
      selection.claims
        .map((s) => result.candidateClaims.find((c) => c.id === s.candidateId)?.text)
        .sort(),
    );
    for (const claim of out.claims) {
      const candidate = result.candidateClaims.find((c) => c.text === claim.text);
      if (!candidate) throw new Error("claim not from a candidate");
      expect(claim).toMatchObject({
        status: "unreviewed",
        createdBy: editor.user.id,
        eventIds: [out.event?.id],
        modality: candidate.modality,
        checkWorthiness: candidate.score,
        assertion: candidate.assertion,
        clusterId: `${draft.id}:${candidate.clusterId}`,
      });
      const fromPost = candidate.embeddedPostIndex !== null;
      expect(claim.sourceId).toBe(fromPost ? post?.id : article?.id);
      const inArticle = claim.evidence.find((e) => e.sourceId === article?.id);
      expect(inArticle).toMatchObject({
        start: candidate.start,
        end: candidate.end,
        stance: fromPost ? "context" : "supports",
      });
      expect(inArticle?.quote).toBe(result.cleanedText.slice(candidate.start, candidate.end));
      if (fromPost) {
        const inPost = claim.evidence.find((e) => e.sourceId === post?.id);
        expect(inPost?.stance).toBe("supports");
        expect(inPost?.quote).toBe(post?.text.slice(inPost?.start ?? 0, inPost?.end ?? 0));
        expect(inPost?.quote.length).toBeGreaterThan(0);
      }
    }
    const postClaims = out.claims.filter((c) => c.sourceId === post?.id);
    expect(postClaims.length).toBeGreaterThanOrEqual(1);

    // Exactly these rows, and a create revision by the editor for every record.
    const after = await counts();
    const n = out.claims.length;
    expect(after).toEqual({
      ...before,
      sources: before.sources + 2,
      actors: before.actors + out.actors.length,
      events: before.events + 1,
      event_actors: before.event_actors + (out.event?.actors.length ?? 0),
      event_places: before.event_places + (out.event?.places.length ?? 0),
      claims: before.claims + n,
      claim_events: before.claim_events + n,
      evidence: before.evidence + n + postClaims.length,
      revisions: before.revisions + 2 + out.actors.length + 1 + n,
    });
    const ids = [
      ...out.sources.map((s) => s.id),
      ...out.actors.map((a) => a.id),
      out.event?.id ?? "",
      ...out.claims.map((c) => c.id),
    ];
    const revisions = await revisionsFor(ids);
    for (const id of ids) expect(revisions.get(id)).toEqual([`create:${editor.user.id}`]);

    // Readable through the admin API, and the ingest is marked accepted.
    const stored = await expectStatus<Source>(
      await adminFetch(editor, "GET", `/admin/api/sources/${post?.id}`),
      200,
    );
    expect(stored.embeddedIn).toBe(article?.id);
    const event = await expectStatus<Event>(
      await adminFetch(editor, "GET", `/admin/api/events/${out.event?.id}`),
      200,
    );
    expect(event).toEqual(out.event);
    const claim = await expectStatus<Claim>(
      await adminFetch(editor, "GET", `/admin/api/claims/${postClaims[0]?.id}`),
      200,
    );
    expect(claim.evidence).toHaveLength(2);
    const ingest = await expectStatus<IngestDraft & { sourceId: string; eventId: string }>(
      await adminFetch(editor, "GET", `/admin/api/ingest/${draft.id}`),
      200,
    );
    expect(ingest).toMatchObject({
      status: "accepted",
      sourceId: article?.id,
      eventId: out.event?.id,
    });
  });

  it("refuses to accept the same ingest twice with 409 and writes nothing the second time", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "twice") });
    await expectStatus(await acceptIngest(editor, draft.id, defaultSelection(draft.result)), 201);
    const before = await counts();
    const again = await acceptIngest(editor, draft.id, defaultSelection(draft.result));
    const problem = await expectStatus<{ code: string; ingestStatus: string }>(again, 409);
    expect(problem).toMatchObject({ code: "conflict", ingestStatus: "accepted" });
    expect(await counts()).toEqual(before);
  });

  it("lets only one of two concurrent accepts of one draft write", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "race") });
    const before = await counts();
    const selection = defaultSelection(draft.result);
    const [a, b] = await Promise.all([
      acceptIngest(editor, draft.id, selection),
      acceptIngest(editor, draft.id, selection),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const after = await counts();
    expect(after.sources).toBe(before.sources + 2);
    expect(after.events).toBe(before.events + 1);
  });

  it("re-ingesting the same text names the stored source, and accepting it reuses the source without duplicating claims", async () => {
    const editor = await loginAs("editor");
    const text = seedVariant(env.SEED_ARTICLE, "again");
    const first = await startIngest(editor, { text });
    const firstOut = await expectStatus<Accepted>(
      await acceptIngest(editor, first.id, defaultSelection(first.result)),
      201,
    );
    const [article, post] = firstOut.sources;

    const second = await startIngest(editor, { text });
    expect(second.duplicateOf).toMatchObject({
      sourceId: article?.id,
      matchedBy: "content_hash",
    });
    const before = await counts();
    const selection = defaultSelection(second.result);
    // One more claim than the first time: only that one is new.
    const extra = second.result.candidateClaims.find(
      (c) => !selection.claims.some((s) => s.candidateId === c.id),
    );
    if (!extra) throw new Error("the seed has more candidates than the default selection");
    const res = await acceptIngest(editor, second.id, {
      ...selection,
      claims: [...selection.claims, { candidateId: extra.id }],
      event: { attachTo: firstOut.event?.id },
    });
    const out = await expectStatus<Accepted>(res, 201);
    expect(out.sources.map((s) => s.id)).toEqual([article?.id, post?.id]);
    expect(out.reusedSourceIds).toEqual([article?.id, post?.id]);
    expect(out.skippedClaims.map((s) => s.existingClaimId).sort()).toEqual(
      firstOut.claims.map((c) => c.id).sort(),
    );
    expect(out.claims.map((c) => c.text)).toEqual([extra.text]);
    expect(out.eventCreated).toBe(false);
    const after = await counts();
    expect(after).toEqual({
      ...before,
      claims: before.claims + 1,
      claim_events: before.claim_events + 1,
      evidence: before.evidence + 1,
      revisions: before.revisions + 1,
    });
  });

  it("attaches the claims to an existing event and reuses stored actors", async () => {
    const editor = await loginAs("editor");
    const event = await makeEvent(editor, { title: "Russia recognizes the Taliban (editor's)" });
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "attach") });
    const before = await counts();
    const selection = defaultSelection(draft.result);
    const out = await expectStatus<Accepted>(
      await acceptIngest(editor, draft.id, { ...selection, event: { attachTo: event.id } }),
      201,
    );
    expect(out.event).toEqual(event);
    expect(out.eventCreated).toBe(false);
    for (const claim of out.claims) expect(claim.eventIds).toEqual([event.id]);
    const after = await counts();
    expect(after.events).toBe(before.events);
    expect(after.event_actors).toBe(before.event_actors);
    expect(after.claim_events).toBe(before.claim_events + out.claims.length);
    const revisions = await revisionsFor([event.id]);
    expect(revisions.get(event.id)).toEqual([`create:${editor.user.id}`]);

    // A stored actor is matched by the suggestion's ISO code, not created again, even when the
    // editor sends the actor without an id (as an unmatched suggestion comes).
    const russia = await makeActor(editor, { name: "Russland", externalIds: { iso3166: "RU" } });
    const next = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "actors") });
    const nextSelection = defaultSelection(next.result);
    const unmatched = nextSelection.event.create.actors.map((a) => ({ ...a, actorId: null }));
    const actorsBefore = await env.DB.prepare(
      "SELECT id FROM actors WHERE iso3166 = 'RU' ORDER BY id",
    ).all<{ id: string }>();
    const made = await expectStatus<Accepted>(
      await acceptIngest(editor, next.id, {
        ...nextSelection,
        event: { create: { ...nextSelection.event.create, actors: unmatched } },
      }),
      201,
    );
    const initiator = made.event?.actors.find((a) => a.role === "initiator");
    expect(actorsBefore.results.map((r) => r.id)).toContain(initiator?.actorId);
    expect(actorsBefore.results.map((r) => r.id)).toContain(russia.id);
    expect(made.actors.map((a) => a.externalIds.iso3166)).not.toContain("RU");
  });

  it("links the actors ingest matched from the database by id", async () => {
    const editor = await loginAs("editor");
    const taliban = await makeActor(editor, {
      kind: "group",
      name: "Taliban",
      aliases: ["Taleban"],
    });
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "known") });
    // Earlier tests in this file may have stored a Taliban actor too; ingest picks one of them.
    const stored = await env.DB.prepare("SELECT id FROM actors WHERE name = 'Taliban'").all<{
      id: string;
    }>();
    expect(stored.results.map((r) => r.id)).toContain(taliban.id);
    const suggested = draft.result.mainEvent?.actors.find((a) => a.role === "target");
    expect(stored.results.map((r) => r.id)).toContain(suggested?.actorId);
    const out = await expectStatus<Accepted>(
      await acceptIngest(editor, draft.id, defaultSelection(draft.result)),
      201,
    );
    expect(out.event?.actors).toContainEqual({ actorId: suggested?.actorId, role: "target" });
    expect(out.actors.map((a) => a.name)).not.toContain("Taliban");
  });
});

describe("the editor's edits", () => {
  it("applies source metadata and claim edits while the evidence keeps the article's own words", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "edits") });
    const { result } = draft;
    const dated = result.candidateClaims.find(
      (c) => c.assertion?.property === "event.date" && c.embeddedPostIndex === null,
    );
    const other = result.candidateClaims.find(
      (c) => c.id !== dated?.id && c.embeddedPostIndex === null,
    );
    if (!dated || !other) throw new Error("the seed has a dated claim and others");
    const res = await acceptIngest(editor, draft.id, {
      source: {
        title: "Russia recognizes the Taliban",
        publisher: "Example News",
        author: "A. Reporter",
        publishedDate: "2025-07-05",
        url: "https://news.example/russia-taliban?utm_medium=social#top",
      },
      claims: [
        {
          candidateId: dated.id,
          text: "Russia announced the recognition on July 4, 2025.",
          statement: "Russia recognized the Taliban government on 2025-07-04.",
          modality: "assertion",
        },
        {
          candidateId: other.id,
          modality: "hedged",
          assertion: { property: "event.place", value: "AF" },
        },
      ],
    });
    const out = await expectStatus<Accepted>(res, 201);
    expect(out.sources[0]).toMatchObject({
      title: "Russia recognizes the Taliban",
      publisher: "Example News",
      author: "A. Reporter",
      publishedDate: { value: "2025-07-05", precision: "day" },
      url: "https://news.example/russia-taliban",
    });
    const first = out.claims.find((c) => c.statement.includes("2025-07-04"));
    expect(first).toMatchObject({
      text: "Russia announced the recognition on July 4, 2025.",
      modality: "assertion",
      assertion: dated.assertion,
    });
    expect(first?.evidence[0]?.quote).toBe(dated.text);
    const second = out.claims.find((c) => c.id !== first?.id);
    expect(second).toMatchObject({
      text: other.text,
      statement: other.text,
      modality: "hedged",
      assertion: { property: "event.place", value: "AF" },
    });
  });

  it("keeps a claim quoted from a post that is not selected with the article as claimant", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "no-post") });
    const fromPost = draft.result.candidateClaims.find((c) => c.embeddedPostIndex !== null);
    if (!fromPost) throw new Error("the seed quotes a post");
    const out = await expectStatus<Accepted>(
      await acceptIngest(editor, draft.id, { claims: [{ candidateId: fromPost.id }] }),
      201,
    );
    expect(out.sources.map((s) => s.kind)).toEqual(["article"]);
    expect(out.claims[0]?.sourceId).toBe(out.sources[0]?.id);
    expect(out.claims[0]?.evidence).toEqual([
      expect.objectContaining({
        sourceId: out.sources[0]?.id,
        quote: draft.result.cleanedText.slice(fromPost.start, fromPost.end),
        stance: "supports",
      }),
    ]);
  });

  it("replays a retried accept with the same Idempotency-Key instead of answering 409", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "idem-accept") });
    const selection = defaultSelection(draft.result);
    const key = crypto.randomUUID();
    const first = await expectStatus<Accepted>(
      await acceptIngest(editor, draft.id, selection, { "idempotency-key": key }),
      201,
    );
    const before = await counts();
    const again = await acceptIngest(editor, draft.id, selection, { "idempotency-key": key });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await expectStatus<Accepted>(again, 201)).claims).toEqual(first.claims);
    expect(await counts()).toEqual(before);
  });
});

describe("ingesting HTML", () => {
  it("takes the title and canonical URL from the page and stores the source under the canonical URL", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { html: seedHtml(env.SEED_ARTICLE) });
    expect(draft.inputKind).toBe("html");
    expect(draft.result.article.format).toBe("html");
    expect(draft.result.article.url).toContain("/news/russia-taliban");
    expect(draft.result.mainEvent?.date?.value).toBe("2025-07-04");
    const out = await expectStatus<Accepted>(
      await acceptIngest(editor, draft.id, { ...defaultSelection(draft.result), event: null }),
      201,
    );
    // Canonical: the tracking parameter is gone.
    expect(out.sources[0]?.url).toBe("https://articles.example/news/russia-taliban");
    expect(out.event).toBeNull();
    for (const claim of out.claims) expect(claim.eventIds).toEqual([]);

    const again = await startIngest(editor, { html: seedHtml(env.SEED_ARTICLE) });
    expect(again.duplicateOf).toMatchObject({ sourceId: out.sources[0]?.id, matchedBy: "url" });
  });
});
