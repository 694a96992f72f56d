// Golden tests on the shared seed article: every field of the IngestResult.
import {
  type Actor,
  type IngestResult,
  IngestResultSchema,
  type KnownEvent,
  parsePartialDate,
} from "@factline/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../src/index";
import { seedText } from "./helpers";

let r: IngestResult;
beforeAll(() => {
  r = ingest({ text: seedText() });
});

const sentence = (start: string) => {
  const s = r.sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starting ${start}`);
  return s;
};

// In text order.
const RECOGNITION_STATEMENTS = [
  "Russia Officially Recognizes Taliban Government in Afghanistan",
  "In a significant geopolitical development, Russia has formally recognized the Taliban government in Afghanistan.",
  "Russia’s official recognition of the Taliban government marks a crucial turning point",
  "BREAKING: RUSSIA officially recognizes the new TALIBAN government in AFGHANISTAN.",
  "In a significant geopolitical development, Russia has officially recognized the Taliban government in Afghanistan.",
  "The official recognition of the Taliban government by Russia marks a pivotal moment",
];

describe("seed article", () => {
  it("produces a result the domain schema accepts", () => {
    expect(IngestResultSchema.safeParse(r).success).toBe(true);
  });

  it("is deterministic: the same input gives the same output", () => {
    expect(ingest({ text: seedText() })).toEqual(r);
  });

  it("repairs the lost-byte cp1253 damage and leaves no Greek letters behind", () => {
    expect(r.cleanedText).not.toMatch(/[βΒ]/);
    expect(r.cleanedText).toContain(
      "Russia’s recognition could lead to a more stable regional environment",
    );
    expect(r.cleanedText).toContain("Russia’s recognition of the Taliban might indicate");
    expect(r.cleanedText).toContain("— Legitimate Targets (@LegitTargets) July 4, 2025");
    const rules = Object.fromEntries(r.repairs.map((x) => [x.rule, x]));
    expect(rules["cp1253-lost-bytes:apostrophe"]).toMatchObject({ from: "β", to: "’", count: 2 });
    expect(rules["cp1253-lost-bytes:attribution-dash"]).toMatchObject({
      from: "β",
      to: "—",
      count: 1,
    });
    expect(rules["cp1253-lost-bytes:nbsp"]).toMatchObject({ from: "Β", count: 1 });
  });

  it("removes the keyword line, separator, advert and the repeated tweet text, with reasons", () => {
    expect(r.removed.map((x) => x.reason)).toEqual([
      "seo_keywords",
      "separator",
      "advert",
      "duplicate_paragraph",
    ]);
    expect(r.removed[0]?.text).toBe(
      "Russia Afghanistan relations, Taliban government recognition, geopolitical implications 2025",
    );
    expect(r.removed[2]?.text).toMatch(
      /^YOU MAY ALSO LIKE TO WATCH THIS TRENDING STORY ON YOUTUBE\. Waverly/,
    );
    const dup = r.removed[3];
    expect(dup?.text).toBe(
      "BREAKING: RUSSIA officially recognizes the new TALIBAN government in AFGHANISTAN.",
    );
    expect(r.paragraphs[dup?.duplicateOf ?? -1]?.kind).toBe("embed");
    expect(r.cleanedText).not.toContain("Waverly");
  });

  it("keeps real content: paragraphs slice out of cleanedText, title first, list items unmarked", () => {
    expect(r.paragraphs[0]).toMatchObject({
      kind: "title",
      text: "Russia’s Shocking Move: Officially Embraces Taliban Rule in Afghanistan!",
    });
    expect(r.article.title).toBe(r.paragraphs[0]?.text);
    for (const p of r.paragraphs) expect(r.cleanedText.slice(p.start, p.end)).toBe(p.text);
    const items = r.paragraphs
      .filter((p) => p.kind === "list_item")
      .map((p) => p.text.split(":")[0]);
    expect(items).toEqual([
      "Regional Stability",
      "Economic Opportunities",
      "Geopolitical Realignment",
    ]);
    // The two "Conclusion" headings are structure, not boilerplate.
    expect(r.paragraphs.filter((p) => p.text === "Conclusion")).toHaveLength(2);
    expect(r.paragraphs).toHaveLength(38);
  });

  it("finds the embedded tweet as a social_post source embedded in the article", () => {
    expect(r.embeddedPosts).toHaveLength(1);
    const post = r.embeddedPosts[0];
    expect(post).toMatchObject({
      platform: "twitter",
      text: "BREAKING: RUSSIA officially recognizes the new TALIBAN government in AFGHANISTAN.",
      displayName: "Legitimate Targets",
      handle: "@LegitTargets",
      links: ["pic.twitter.com/lqSDSdPrpw"],
      statusUrl: null,
    });
    expect(post?.date).toEqual(
      parsePartialDate("2025-07-04").ok && {
        value: "2025-07-04",
        precision: "day",
        earliest: "2025-07-04",
        latest: "2025-07-04",
      },
    );
    expect(post?.source).toMatchObject({
      kind: "social_post",
      author: "@LegitTargets",
      embeddedIn: "article",
    });
    expect(r.cleanedText.slice(post?.start, post?.end)).toContain("pic.twitter.com/lqSDSdPrpw");
  });

  it("gives every sentence offsets that slice to its text", () => {
    for (const s of r.sentences) expect(r.cleanedText.slice(s.start, s.end)).toBe(s.text);
  });

  it("labels modality: assertion, hedged, opinion, question, prediction", () => {
    expect(
      sentence("In a significant geopolitical development, Russia has formally").modality,
    ).toBe("assertion");
    expect(sentence("Regional Stability: Russia’s recognition could lead").modality).toBe("hedged");
    expect(sentence("Regional Stability").modalityCues[0]).toBe("hedge:modal");
    expect(sentence("Reactions are likely to be mixed.").modality).toBe("hedged");
    expect(sentence("To fully understand the implications").modality).toBe("opinion");
    expect(sentence("It’s crucial for the international community").modality).toBe("opinion");
    expect(sentence("So, why would Russia choose to recognize the Taliban now?").modality).toBe(
      "question",
    );
    expect(sentence("How will the international community react").modality).toBe("question");
    expect(sentence("The coming months may reveal").modality).toBe("prediction");
    expect(sentence("As the situation in Afghanistan continues to evolve").modality).toBe(
      "prediction",
    );
  });

  it("finds dates with their precision", () => {
    const dates = (start: string) =>
      sentence(start).dates.map((d) => [d.text, d.date.value, d.date.precision]);
    expect(dates("This announcement, made on July 4, 2025")).toEqual([
      ["July 4, 2025", "2025-07-04", "day"],
    ]);
    expect(dates("The Taliban’s return to power")).toEqual([["August 2021", "2021-08", "month"]]);
    expect(dates("The Taliban first came to power")).toEqual([["the 1990s", "1990s", "decade"]]);
    expect(dates("Following the events of September 11, 2001")).toEqual([
      ["September 11, 2001", "2001-09-11", "day"],
    ]);
    for (const s of r.sentences)
      for (const d of s.dates) expect(r.cleanedText.slice(d.start, d.end)).toBe(d.text);
  });

  it("leaves relative dates out when the article date is unknown", () => {
    expect(r.article.publishedDate).toBeNull();
    expect(r.sentences.flatMap((s) => s.dates).some((d) => d.relative)).toBe(false);
  });

  it("matches countries, demonyms, metonyms and groups with ISO codes and offsets", () => {
    const all = r.sentences.flatMap((s) => s.actors);
    const byText = (t: string) => all.find((a) => a.text === t);
    expect(byText("Russia")).toMatchObject({
      key: "country:RU",
      iso3166: "RU",
      wikidata: "Q159",
      via: "name",
    });
    expect(byText("RUSSIA")).toMatchObject({ key: "country:RU" });
    expect(byText("Afghan")).toMatchObject({ key: "country:AF", via: "demonym" });
    expect(byText("U.S.")).toMatchObject({ key: "country:US", via: "alias" });
    expect(byText("Moscow")).toMatchObject({ key: "country:RU", via: "capital" });
    expect(byText("Taliban")).toMatchObject({ key: "group:taliban", kind: "group" });
    expect(byText("NATO")).toMatchObject({ kind: "organization" });
    expect(byText("ISIS")).toMatchObject({ key: "group:isis" });
    expect(byText("Al-Qaeda")).toMatchObject({ key: "group:al-qaeda" });
    for (const code of ["CN", "IR", "PK", "AF"])
      expect(all.some((a) => a.iso3166 === code)).toBe(true);
    for (const a of all) expect(r.cleanedText.slice(a.start, a.end)).toBe(a.text);
  });

  it("clusters the six restatements of the recognition into one cluster and nothing else", () => {
    const byId = new Map(r.candidateClaims.map((c) => [c.id, c]));
    const main = r.clusters[0];
    const texts = main?.claimIds.map((id) => byId.get(id)?.text ?? "") ?? [];
    expect(texts).toHaveLength(6);
    for (const [i, start] of RECOGNITION_STATEMENTS.entries())
      expect(texts[i]?.startsWith(start)).toBe(true);
    expect(main?.predicate).toBe("recognize");
    for (const c of r.candidateClaims) {
      expect(r.cleanedText.slice(c.start, c.end)).toBe(c.text);
      if (c.clusterId !== main?.id) continue;
      expect(c.text).not.toMatch(
        /opens new avenues|hesitated|may serve as a catalyst|may be positioning/,
      );
    }
  });

  it("clusters the two statements of the August 2021 takeover (same event word, actors and date)", () => {
    const takeover = r.candidateClaims.filter((c) =>
      /Taliban’s (?:return to power in|takeover of) Afghanistan in August 2021/.test(c.text),
    );
    expect(takeover).toHaveLength(2);
    expect(takeover[0]?.clusterId).toBe(takeover[1]?.clusterId);
    expect(takeover[0]?.clusterId).not.toBe(r.clusters[0]?.id);
  });

  it("scores claims with the features that drove them and penalizes speculation", () => {
    const tweet = r.candidateClaims.find((c) => c.text.startsWith("BREAKING"));
    expect(tweet?.score).toBeGreaterThanOrEqual(0.7);
    expect(tweet?.features.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        "actor",
        "modality:assertion",
        "quoted_post:@LegitTargets",
        "date_from_post",
      ]),
    );
    expect(tweet?.assertion).toEqual({ property: "event.date", value: "2025-07-04" });
    expect(tweet?.embeddedPostIndex).toBe(0);
    const dated = r.candidateClaims.find((c) =>
      c.text.startsWith("This announcement, made on July 4, 2025"),
    );
    expect(dated?.assertion).toEqual({ property: "event.date", value: "2025-07-04" });
    // Hedged speculation is not a candidate claim.
    expect(r.candidateClaims.some((c) => c.text.includes("could lead to a more stable"))).toBe(
      false,
    );
    expect(r.candidateClaims.some((c) => c.text.includes("may pave the way"))).toBe(false);
    expect(r.candidateClaims.some((c) => c.modality === "question")).toBe(false);
    for (const c of r.candidateClaims) expect(c.score).toBeGreaterThanOrEqual(0);
  });

  it("suggests the main event: Russia recognizes the Taliban government of Afghanistan on 2025-07-04", () => {
    expect(r.mainEvent).toMatchObject({
      // As the article states it, not a per-kind template (issue 9).
      title: "Russia has formally recognized the Taliban government in Afghanistan",
      modality: "assertion",
      kind: "diplomacy.recognition",
      date: { value: "2025-07-04", precision: "day" },
      places: ["AF", "RU"],
      clusterId: r.clusters[0]?.id,
    });
    const roles = Object.fromEntries(r.mainEvent?.actors.map((a) => [a.name, a.role]) ?? []);
    expect(roles).toEqual({ Russia: "initiator", Taliban: "target", Afghanistan: "participant" });
    expect(r.mainEvent?.matches).toEqual([]);
  });

  it("lists the other dated events: 1990s rule, 2001 invasion, August 2021 takeover and withdrawal", () => {
    const events = r.otherEvents.map((e) => `${e.date.value} ${e.kind}`);
    expect(events).toEqual([
      "1990s politics.takeover",
      "2001 conflict.invasion",
      "2021-08 politics.takeover",
      "2021-08 conflict.withdrawal",
    ]);
    const withdrawal = r.otherEvents.find((e) => e.kind === "conflict.withdrawal");
    expect(withdrawal?.actors.filter((a) => a.role === "initiator").map((a) => a.name)).toEqual([
      "United States",
      "NATO",
    ]);
    expect(withdrawal?.places).toEqual(["AF"]);
    const takeover = r.otherEvents.find(
      (e) => e.date.value === "2021-08" && e.kind === "politics.takeover",
    );
    expect(takeover).toMatchObject({
      title: "The Taliban’s return to power in Afghanistan in August 2021 drew worldwide attention",
      places: ["AF"],
      dateFromContext: false,
    });
    for (const e of r.otherEvents) expect(r.cleanedText.slice(e.start, e.end)).toBe(e.trigger);
  });

  it("links known actors from the database and scores known events against the main event", () => {
    const now = "2025-07-01T00:00:00.000Z";
    const actor = (
      id: string,
      name: string,
      kind: Actor["kind"],
      ext: Actor["externalIds"],
      aliases: string[] = [],
    ): Actor => ({
      id: id as Actor["id"],
      kind,
      name,
      aliases,
      externalIds: ext,
      description: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const russia = actor(
      "act_01JZ0000000000000000000001",
      "Russia",
      "country",
      { iso3166: "RU", wikidata: "Q159" },
      ["Russian Federation"],
    );
    const taliban = actor("act_01JZ0000000000000000000002", "Taliban", "group", {
      wikidata: "Q42934",
    });
    const lavrov = actor("act_01JZ0000000000000000000003", "Sergey Lavrov", "person", {}, [
      "Lavrov",
    ]);
    const day = parsePartialDate("2025-07-03");
    if (!day.ok) throw new Error("bad date");
    const known: KnownEvent[] = [
      {
        id: "evt_01JZ0000000000000000000001" as KnownEvent["id"],
        title: "Russia recognizes Taliban government",
        kind: "diplomacy.recognition",
        date: null,
        actorIds: [russia.id, taliban.id],
        places: [],
      },
      {
        id: "evt_01JZ0000000000000000000002" as KnownEvent["id"],
        title: "Earthquake in Herat",
        kind: "disaster.natural",
        date: day.date,
        actorIds: [],
        places: ["AF"],
      },
    ];
    const withDb = ingest({
      text: seedText(),
      knownActors: [russia, taliban, lavrov],
      knownEvents: known,
    });
    expect(IngestResultSchema.safeParse(withDb).success).toBe(true);
    const moscow = withDb.sentences.flatMap((s) => s.actors).find((a) => a.text === "Moscow");
    expect(moscow).toMatchObject({ actorId: russia.id, key: russia.id, via: "capital" });
    const roles = withDb.mainEvent?.actors.map((a) => [a.actorId, a.role]);
    expect(roles).toContainEqual([russia.id, "initiator"]);
    expect(roles).toContainEqual([taliban.id, "target"]);
    expect(withDb.mainEvent?.matches[0]?.eventId).toBe(known[0]?.id);
    expect(withDb.mainEvent?.matches[0]?.reasons).toEqual(
      expect.arrayContaining(["kind", "actors:2/2"]),
    );
    const other = withDb.mainEvent?.matches.find((m) => m.eventId === known[1]?.id);
    expect(other?.score ?? 0).toBeLessThan(withDb.mainEvent?.matches[0]?.score ?? 0);
  });
});
