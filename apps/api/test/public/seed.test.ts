import { env } from "cloudflare:workers";
import { ClaimSchema, detectConflicts, EventSchema, SourceSchema } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { checkIntegrity } from "../../src/db/integrity/run";
import { buildDemoSeed } from "../../src/seed/build-demo-seed";
import { DEMO_IDS } from "../../src/seed/demo-ids";
import { normalizeEvent } from "../../src/services/events";
import { getJson } from "../support/api";
import { seedDemo } from "../support/seed";

async function counts() {
  const tables = [
    "events",
    "claims",
    "sources",
    "actors",
    "evidence",
    "reviews",
    "revisions",
    "changes",
    "event_relations",
  ];
  const out: Record<string, number> = {};
  for (const t of tables) {
    out[t] =
      (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${t}`).first<{ n: number }>())?.n ?? -1;
  }
  return out;
}

describe("demo seed", () => {
  it("builds the same valid domain objects from the same article", () => {
    const a = buildDemoSeed(env.SEED_ARTICLE);
    expect(buildDemoSeed(env.SEED_ARTICLE)).toEqual(a);
    for (const e of a.events) expect(EventSchema.safeParse(e).success).toBe(true);
    for (const c of a.claims) expect(ClaimSchema.safeParse(c).success).toBe(true);
    for (const s of a.sources) expect(SourceSchema.safeParse(s).success).toBe(true);
  });

  it("quotes the repaired article verbatim, at the stored offsets", () => {
    const seed = buildDemoSeed(env.SEED_ARTICLE);
    const texts = new Map(seed.sources.map((s) => [s.id, s.text]));
    const article = texts.get(DEMO_IDS.sources.article) ?? "";
    expect(article).not.toMatch(/[βΒ]/);
    expect(article).toContain("— Legitimate Targets (@LegitTargets) July 4, 2025");
    for (const claim of seed.claims) {
      for (const ev of claim.evidence) {
        expect(texts.get(ev.sourceId)?.slice(ev.start ?? -1, ev.end ?? -1)).toBe(ev.quote);
      }
    }
  });

  it("has exactly one open conflict: the recognition date, 3 vs 4 July, both ranked normal", () => {
    const seed = buildDemoSeed(env.SEED_ARTICLE);
    const conflicts = detectConflicts(seed.claims);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      eventId: DEMO_IDS.events.recognition,
      property: "event.date",
      resolved: false,
    });
    expect(conflicts[0]?.values.map((v) => [v.value, v.claimIds])).toEqual([
      ["2025-07-03", [DEMO_IDS.claims.ministryDate]],
      ["2025-07-04", [DEMO_IDS.claims.postDate]],
    ]);
    const ministry = seed.sources.find((s) => s.id === DEMO_IDS.sources.ministry);
    expect(ministry).toMatchObject({
      url: null,
      kind: "official_statement",
      publishedDate: { value: "2025-07-03" },
    });
    expect(ministry?.note).toMatch(/demo/i);
  });

  it("is idempotent: seeding twice leaves the same rows", async () => {
    await seedDemo();
    const once = await counts();
    await seedDemo();
    expect(await counts()).toEqual(once);
    expect(once.events).toBe(4);
    expect(once.claims).toBe(10);
    expect(once.revisions).toBe(27);
  });

  it("writes what the product writes: a create revision per record, the feed, no integrity finding", async () => {
    const seed = await seedDemo();
    expect(await checkIntegrity(env.DB)).toEqual([]);
    const revisions = await env.DB.prepare(
      "SELECT record_type, action, note, COUNT(*) AS n FROM revisions GROUP BY record_type, action, note ORDER BY record_type",
    ).all<{ record_type: string; action: string; note: string; n: number }>();
    expect(revisions.results).toEqual([
      { record_type: "actor", action: "create", note: "Demo seed", n: seed.actors.length },
      { record_type: "claim", action: "create", note: "Demo seed", n: seed.claims.length },
      { record_type: "event", action: "create", note: "Demo seed", n: seed.events.length },
      { record_type: "source", action: "create", note: "Demo seed", n: seed.sources.length },
    ]);
    // The public read of a seeded event is the record the seed built, through the same mappers.
    const recognition = seed.events.find((e) => e.id === DEMO_IDS.events.recognition);
    const body = await getJson<{ event: unknown; claims: unknown[] }>(
      `/v1/events/${DEMO_IDS.events.recognition}`,
    );
    // (The public event also names each actor inline.)
    if (!recognition) throw new Error("the seed has no recognition event");
    expect(body.event).toMatchObject(normalizeEvent(recognition));
    expect(body.claims.length).toBeGreaterThan(0);
    // Every published record is announced on the change feed.
    const feed = await env.DB.prepare(
      "SELECT DISTINCT record_type || ':' || record_id AS k FROM changes",
    ).all<{ k: string }>();
    const announced = new Set(feed.results.map((r) => r.k));
    for (const e of seed.events) expect(announced.has(`event:${e.id}`)).toBe(true);
    for (const c of seed.claims) expect(announced.has(`claim:${c.id}`)).toBe(true);
  });
});
