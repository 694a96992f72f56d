// Accepting an ingest, decided without a database: `planAccept` over real ingest results (the seed
// article and generated articles with embedded posts), arbitrary selections and arbitrary stored
// state. The rules hold for every combination, not only the ones the HTTP tests walk through.
import { env } from "cloudflare:workers";
import {
  type AcceptIngestInput,
  AcceptIngestInput as AcceptIngestInputSchema,
  type Claim,
  DomainError,
  type Event,
  type IngestResult,
  type Source,
} from "@factline/domain";
import { ingest } from "@factline/ingest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AcceptLookups, StoredActor } from "../../src/db/queries/accept-lookups";
import { type AcceptDraft, planAccept } from "../../src/services/accept-plan";

const NOW = "2026-01-02T03:04:05.000Z";
const NAMES = ["Ruritania", "the Blue Party", "Acme Corp", "Jane Moreau", "the Council"];

/** A short news article: dated, numbered statements and, sometimes, an embedded post. */
const articleArb = fc
  .record({
    who: fc.constantFrom(...NAMES),
    whom: fc.constantFrom(...NAMES),
    n: fc.integer({ min: 2, max: 900 }),
    day: fc.integer({ min: 1, max: 28 }),
    withPost: fc.boolean(),
    handle: fc.constantFrom("@newsdesk", "@ministry_ru", "@observer"),
  })
  .map(({ who, whom, n, day, withPost, handle }) =>
    [
      `${who} signs agreement with ${whom}`,
      "",
      `${who} signed an agreement with ${whom} on March ${day}, 2025, officials said.`,
      `The agreement covers ${n} kilometres of border and ${n * 3} workers, according to the ministry.`,
      `${whom} said on Tuesday that ${n} people had been released from detention.`,
      ...(withPost
        ? [
            `The agreement was signed in the capital after ${n} days of talks. pic.twitter.com/AbCdEf${n}`,
            `— ${who} (${handle}) March ${day}, 2025`,
          ]
        : []),
      `Analysts expect the deal could change trade in the region.`,
    ].join("\n"),
  );

function draftOf(result: IngestResult, id = "ing_test"): AcceptDraft {
  return { id, url: null, contentHash: null, createdAt: NOW, result };
}

const seedResult = ingest({ text: env.SEED_ARTICLE });

const resultArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(seedResult) },
  { weight: 3, arbitrary: articleArb.map((text) => ingest({ text })) },
);

function storedSource(over: Partial<Source>): Source {
  return {
    id: "src_01JZ000000000000000000000A",
    kind: "article",
    url: "https://news.example/stored",
    title: "Stored",
    publisher: null,
    author: null,
    actorId: null,
    publishedDate: null,
    retrievedAt: null,
    language: "en",
    contentHash: "h",
    text: "",
    reliability: "unrated",
    embeddedIn: null,
    note: null,
    status: "active",
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

const storedActorArb: fc.Arbitrary<StoredActor> = fc.record({
  id: fc.constantFrom(
    "act_01JZ000000000000000000000A",
    "act_01JZ000000000000000000000B",
    "act_01JZ000000000000000000000C",
  ),
  name: fc.constantFrom(...NAMES),
  iso3166: fc.constantFrom(null, "RU", "AF"),
  wikidata: fc.constant(null),
  status: fc.constantFrom("active" as const, "retracted" as const),
  mergedInto: fc.constantFrom(null, "act_01JZ000000000000000000000Z"),
});

type Case = {
  result: IngestResult;
  input: AcceptIngestInput;
  lookups: AcceptLookups;
};

/** A result, a valid selection against it, and a stored state to accept into. */
function casesWith(events: "any" | "create"): fc.Arbitrary<Case> {
  return resultArb.chain((result) => {
    const candidates = result.candidateClaims.map((c) => c.id);
    const posts = result.embeddedPosts.map((p) => p.index);
    const actorSpec = fc.oneof(
      fc.record({
        name: fc.constantFrom(...NAMES),
        kind: fc.constantFrom("organization" as const, "country" as const),
        iso3166: fc.constantFrom(undefined, "RU", "AF"),
        role: fc.constantFrom("initiator" as const, "target" as const),
      }),
      fc.record({
        actorId: fc.constantFrom(
          "act_01JZ000000000000000000000A",
          "act_01JZ000000000000000000000B",
        ),
        role: fc.constantFrom("initiator" as const, "participant" as const),
      }),
    );
    const create = fc.record({
      create: fc.record({
        title: fc.constant("An agreement"),
        kind: fc.constant("diplomacy.agreement" as const),
        actors: fc.array(actorSpec, { maxLength: 5 }),
        places: fc.subarray(["RU", "AF", "FR"]),
      }),
    });
    const event =
      events === "create"
        ? create
        : fc.oneof(
            fc.constant(null),
            fc.record({ attachTo: fc.constant("evt_01JZ000000000000000000000A") }),
            create,
          );
    const input = fc
      .record({
        claims: fc.subarray(candidates).map((ids) => ids.map((candidateId) => ({ candidateId }))),
        embeddedPosts: fc.subarray(posts).map((ix) => ix.map((index) => ({ index }))),
        event,
      })
      .map((raw) => AcceptIngestInputSchema.parse(raw));
    const duplicate = fc.oneof(
      fc.constant(null),
      fc.constant(storedSource({ text: result.cleanedText })),
    );
    const lookups = fc
      .record({
        duplicateArticle: duplicate,
        actors: fc.uniqueArray(storedActorArb, { selector: (a) => a.id, maxLength: 3 }),
        attachTo: fc.constantFrom(null, "draft", "merged", "retracted"),
        heldSubset: fc.subarray(result.candidateClaims.map((c) => c.text)),
      })
      .map(({ duplicateArticle, actors, attachTo, heldSubset }): AcceptLookups => {
        const event = attachTo
          ? {
              // Only the id and status matter to the plan; the rest of an event is not read.
              event: {
                id: "evt_01JZ000000000000000000000A",
                status: attachTo === "retracted" ? "retracted" : "draft",
              } as Event,
              mergedInto: attachTo === "merged" ? "evt_01JZ000000000000000000000Z" : null,
            }
          : null;
        return {
          duplicateArticle,
          storedPosts: [],
          sourcesByUrl: [],
          attachTo: event,
          actors,
          heldClaims: duplicateArticle
            ? heldSubset.map(
                (text, i) =>
                  ({ id: `clm_held_${i}`, sourceId: duplicateArticle.id, text }) as Claim,
              )
            : [],
        };
      });
    return fc.record({ result: fc.constant(result), input, lookups });
  });
}

const caseArb = casesWith("any");

function plan(c: Case) {
  const posts = new Map(c.result.embeddedPosts.map((p) => [p.index, `hash-${p.index}`]));
  return planAccept({
    draft: draftOf(c.result),
    input: c.input,
    lookups: c.lookups,
    hashes: { article: "hash-article", posts },
    now: NOW,
    userId: "usr_editor",
  });
}

/** The refusal a case must meet, or null when it must be planned. */
function expectedRefusal(c: Case): string | null {
  const choice = c.input.event;
  if (choice && "attachTo" in choice) {
    const found = c.lookups.attachTo;
    if (!found || found.mergedInto || found.event.status === "retracted") {
      return "body.event.attachTo";
    }
  }
  if (choice && "create" in choice) {
    for (const [i, a] of choice.create.actors.entries()) {
      if (!a.actorId) continue;
      const row = c.lookups.actors.find((r) => r.id === a.actorId);
      if (!row || row.mergedInto) return `body.event.create.actors.${i}.actorId`;
    }
  }
  return null;
}

describe("planAccept (pure)", { timeout: 60_000 }, () => {
  it("refuses exactly the selections the stored state forbids, naming the field", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const refusal = expectedRefusal(c);
        if (refusal === null) {
          plan(c);
          return;
        }
        let thrown: unknown;
        try {
          plan(c);
        } catch (err) {
          thrown = err;
        }
        expect(thrown).toBeInstanceOf(DomainError);
        expect((thrown as DomainError).code).toBe("validation_failed");
        expect((thrown as DomainError).errors?.[0]?.path).toBe(refusal);
      }),
      { numRuns: 100, seed: 20261129 },
    );
  });

  it("quotes every piece of evidence verbatim from a source it writes or reuses", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(expectedRefusal(c) === null);
        const p = plan(c);
        const sources = new Map([p.article, ...p.posts.map((x) => x.source)].map((s) => [s.id, s]));
        for (const claim of p.claims) {
          expect(sources.has(claim.sourceId ?? "")).toBe(true);
          expect(claim.evidence.length).toBeGreaterThan(0);
          for (const ev of claim.evidence) {
            const source = sources.get(ev.sourceId);
            expect(source).toBeDefined();
            if (ev.start !== null && ev.end !== null) {
              expect(source?.text.slice(ev.start, ev.end)).toBe(ev.quote);
            }
            expect(ev.claimId).toBe(claim.id);
            // The quote is the claim's sentence (or, for a post, the post's text within it).
            expect(claim.text.includes(ev.quote)).toBe(true);
          }
        }
      }),
      { numRuns: 100, seed: 20261130 },
    );
  });

  it("creates each selected candidate once, unless a reused source already holds it", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(expectedRefusal(c) === null);
        const p = plan(c);
        expect(p.claims.length + p.skippedClaims.length).toBe(c.input.claims.length);
        const keys = p.claims.map((cl) => `${cl.sourceId}|${cl.text}`);
        expect(new Set(keys).size).toBe(keys.length);
        const held = new Set(c.lookups.heldClaims.map((h) => `${h.sourceId}|${h.text}`));
        for (const k of keys) expect(held.has(k)).toBe(false);
        for (const s of p.skippedClaims) {
          expect(c.lookups.heldClaims.some((h) => h.id === s.existingClaimId)).toBe(true);
        }
        for (const cl of p.claims) {
          expect(cl).toMatchObject({
            status: "unreviewed",
            version: 1,
            review: null,
            createdBy: "usr_editor",
            createdAt: NOW,
            eventIds: p.event ? [p.event.id] : [],
          });
        }
      }),
      { numRuns: 100, seed: 20261201 },
    );
  });

  it("reuses a stored copy of the article instead of writing a second one", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(expectedRefusal(c) === null);
        const p = plan(c);
        if (c.lookups.duplicateArticle) {
          expect(p.articleReused).toBe(true);
          expect(p.article).toBe(c.lookups.duplicateArticle);
        } else {
          expect(p.articleReused).toBe(false);
          expect(p.article).toMatchObject({
            kind: "article",
            text: c.result.cleanedText,
            contentHash: "hash-article",
            status: "active",
          });
        }
        for (const post of p.posts) {
          expect(post.reused).toBe(false);
          expect(post.source.embeddedIn).toBe(p.article.id);
        }
      }),
      { numRuns: 100, seed: 20261202 },
    );
  });

  it("links the new event to live stored actors where they match, and makes each other actor once", () => {
    fc.assert(
      fc.property(casesWith("create"), (c) => {
        fc.pre(expectedRefusal(c) === null);
        const p = plan(c);
        expect(p.eventCreated).toBe(true);
        expect(p.event?.status).toBe("draft");
        const live = c.lookups.actors.filter((a) => a.status === "active" && !a.mergedInto);
        const made = new Set(p.actors.map((a) => a.id));
        for (const link of p.event?.actors ?? []) {
          const known = c.lookups.actors.some((a) => a.id === link.actorId);
          expect(known || made.has(link.actorId)).toBe(true);
        }
        const madeNames = p.actors.map((a) => a.name.toLowerCase());
        expect(new Set(madeNames).size).toBe(madeNames.length);
        for (const a of p.actors) {
          expect(live.some((l) => l.name.toLowerCase() === a.name.toLowerCase())).toBe(false);
          expect(p.event?.actors.some((link) => link.actorId === a.id)).toBe(true);
        }
      }),
      { numRuns: 100, seed: 20261203 },
    );
  });
});
