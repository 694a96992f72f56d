import { describe, expect, it } from "vitest";
import {
  claimToJsonLd,
  eventToJsonLd,
  newId,
  RATING_BEST,
  RATING_WORST,
  sourceToJsonLd,
  VERDICT_SCALE,
  VERDICTS,
} from "../src";
import { date, makeActor, makeClaim, makeEvent, makeSource } from "./factories";
import { unknownProperties } from "./schema-org";

const baseUrl = "https://factline.example/v1/";
const publisher = {
  name: "Factline",
  url: "https://factline.example",
  logo: "https://factline.example/logo.png",
};

/** Expects only schema.org property names and nothing JSON would drop or mangle. */
function expectValidJsonLd(doc: unknown) {
  expect(unknownProperties(doc)).toEqual([]);
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
}

function reviewedClaim(verdict: (typeof VERDICTS)[number]) {
  const id = newId("clm");
  return makeClaim({
    id,
    status: "published",
    publishedAt: "2025-07-06T12:00:00.000Z",
    review: {
      id: newId("rvw"),
      claimId: id,
      verdict,
      rationale: "The decree is dated 3 July; the post is from 4 July.",
      reviewerId: newId("usr"),
      reviewedAt: "2025-07-06T10:00:00.000Z",
    },
  });
}

describe("the schema.org property check", () => {
  it("catches a misspelt property and an unknown type", () => {
    expect(unknownProperties({ "@type": "Event", startdate: "2025" })).toEqual([
      "$: Event.startdate",
    ]);
    expect(unknownProperties({ "@type": "Place", addressCountry: "AF" })).toEqual([
      "$: Place.addressCountry",
    ]);
    expect(unknownProperties({ "@type": "Rating", rating: { "@type": "Ratin" } })).toEqual([
      "$: Rating.rating",
      "$.rating: unknown or missing @type Ratin",
    ]);
  });
});

describe("claimToJsonLd", () => {
  const source = makeSource({
    kind: "social_post",
    url: "https://x.com/LegitTargets/status/1",
    author: "@LegitTargets",
    publisher: "X",
  });
  const actor = makeActor({
    kind: "organization",
    name: "Russian Ministry of Foreign Affairs",
    aliases: [],
    externalIds: {},
  });

  it("maps a reviewed claim to a ClaimReview of the claim where it appeared", () => {
    const claim = reviewedClaim("false");
    const doc = claimToJsonLd(claim, { source, reviewerName: "R. Viewer", baseUrl, publisher });
    expectValidJsonLd(doc);
    expect(doc).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `https://factline.example/v1/claims/${claim.id}`,
      claimReviewed: claim.statement,
      datePublished: "2025-07-06T12:00:00.000Z",
      author: {
        "@type": "Organization",
        name: "Factline",
        url: publisher.url,
        logo: publisher.logo,
      },
      contributor: { "@type": "Person", name: "R. Viewer" },
      reviewBody: claim.review?.rationale,
      reviewRating: {
        "@type": "Rating",
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: "False",
      },
      itemReviewed: {
        "@type": "Claim",
        text: claim.text,
        author: { "@type": "Person", name: "@LegitTargets" },
        datePublished: "2025-07-04",
        firstAppearance: { "@type": "CreativeWork", url: "https://x.com/LegitTargets/status/1" },
        appearance: [{ "@type": "CreativeWork", url: "https://x.com/LegitTargets/status/1" }],
      },
    });
  });

  it("rates every verdict from VERDICT_SCALE, and unproven by its label only", () => {
    for (const verdict of VERDICTS) {
      const doc = claimToJsonLd(reviewedClaim(verdict), { baseUrl, publisher });
      expectValidJsonLd(doc);
      const { label, rating } = VERDICT_SCALE[verdict];
      expect(doc.reviewRating, verdict).toEqual(
        rating == null
          ? { "@type": "Rating", alternateName: label }
          : {
              "@type": "Rating",
              ratingValue: rating,
              bestRating: RATING_BEST,
              worstRating: RATING_WORST,
              alternateName: label,
            },
      );
    }
    expect(claimToJsonLd(reviewedClaim("unproven"), { baseUrl, publisher }).reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Unproven",
    });
  });

  it("credits the speaking actor as the claim's author", () => {
    const doc = claimToJsonLd(reviewedClaim("true"), { source, actor, baseUrl, publisher });
    expectValidJsonLd(doc);
    expect(doc.itemReviewed).toMatchObject({
      author: { "@type": "Organization", name: "Russian Ministry of Foreign Affairs" },
    });
  });

  it("maps a claim without a verdict to a plain Claim", () => {
    const claim = makeClaim();
    const doc = claimToJsonLd(claim, { source, baseUrl, publisher });
    expectValidJsonLd(doc);
    expect(doc["@type"]).toBe("Claim");
    expect(doc["@context"]).toBe("https://schema.org");
    expect(doc.url).toBe(`https://factline.example/v1/claims/${claim.id}`);
    expect(doc).not.toHaveProperty("reviewRating");
    expect(doc).not.toHaveProperty("claimReviewed");
  });

  it("leaves out what is unknown instead of writing nulls", () => {
    const doc = claimToJsonLd(makeClaim(), { baseUrl, publisher: { name: "Factline" } });
    expectValidJsonLd(doc);
    expect(doc).not.toHaveProperty("author");
    expect(doc).not.toHaveProperty("appearance");
    expect(JSON.stringify(doc)).not.toContain("null");
  });
});

describe("eventToJsonLd", () => {
  const russia = makeActor();
  const afghanistan = makeActor({
    name: "Afghanistan",
    aliases: [],
    externalIds: { wikidata: "Q889", iso3166: "AF" },
  });
  const taliban = makeActor({ kind: "group", name: "Taliban", aliases: [], externalIds: {} });
  const china = makeActor({ name: "China", aliases: [], externalIds: { iso3166: "CN" } });

  it("maps an event with places, roles and date", () => {
    const parent = newId("evt");
    const event = makeEvent({
      actors: [
        { actorId: russia.id, role: "initiator" },
        { actorId: taliban.id, role: "target" },
        { actorId: china.id, role: "participant" },
        { actorId: newId("act"), role: "participant" },
      ],
      related: [{ eventId: parent, relation: "part_of" }],
    });
    const doc = eventToJsonLd(event, { actors: [russia, afghanistan, taliban, china], baseUrl });
    expectValidJsonLd(doc);
    expect(doc).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: event.title,
      description: event.summary,
      startDate: "2025-07-03",
      eventStatus: "https://schema.org/EventScheduled",
      url: `https://factline.example/v1/events/${event.id}`,
      location: [
        { "@type": "Place", address: { "@type": "PostalAddress", addressCountry: "RU" } },
        { "@type": "Place", address: { "@type": "PostalAddress", addressCountry: "AF" } },
      ],
      organizer: [
        { "@type": "Country", name: "Russia", sameAs: ["https://www.wikidata.org/wiki/Q159"] },
      ],
      about: [{ "@type": "Organization", name: "Taliban" }],
      attendee: [{ "@type": "Country", name: "China" }],
      superEvent: [{ "@type": "Event", "@id": `https://factline.example/v1/events/${parent}` }],
    });
    expect(doc.attendee).toHaveLength(1);
  });

  it("writes each precision in ISO 8601 form, a decade as a start and end", () => {
    for (const [text, start] of [
      ["2025-07-04", "2025-07-04"],
      ["2021-08", "2021-08"],
      ["2001", "2001"],
    ] as const) {
      const doc = eventToJsonLd(makeEvent({ date: date(text) }), { actors: [], baseUrl });
      expect(doc.startDate).toBe(start);
      expect(doc).not.toHaveProperty("endDate");
    }
    const decade = eventToJsonLd(makeEvent({ date: date("1990s") }), { actors: [], baseUrl });
    expectValidJsonLd(decade);
    expect([decade.startDate, decade.endDate]).toEqual(["1990-01-01", "1999-12-31"]);
    const undated = eventToJsonLd(makeEvent({ date: null, places: [], summary: "" }), {
      actors: [],
      baseUrl,
    });
    expectValidJsonLd(undated);
    expect(undated).not.toHaveProperty("startDate");
    expect(undated).not.toHaveProperty("location");
    expect(undated).not.toHaveProperty("description");
  });
});

describe("sourceToJsonLd", () => {
  it("maps each source kind to a schema.org type", () => {
    const types = {
      article: "NewsArticle",
      official_statement: "Article",
      broadcast: "CreativeWork",
      dataset: "Dataset",
      social_post: "SocialMediaPosting",
    } as const;
    for (const [kind, type] of Object.entries(types)) {
      const doc = sourceToJsonLd(makeSource({ kind: kind as keyof typeof types }), { baseUrl });
      expectValidJsonLd(doc);
      expect(doc["@type"], kind).toBe(type);
      expect(doc["@context"]).toBe("https://schema.org");
    }
  });

  it("maps an article with its author, publisher and reduced-precision date", () => {
    const source = makeSource({ publishedDate: date("2025-07"), language: "en" });
    const doc = sourceToJsonLd(source, { baseUrl, includeText: true });
    expectValidJsonLd(doc);
    expect(doc).toMatchObject({
      "@type": "NewsArticle",
      url: source.url,
      headline: source.title,
      author: { "@type": "Person", name: "A. Reporter" },
      publisher: { "@type": "Organization", name: "Example News" },
      datePublished: "2025-07",
      inLanguage: "en",
      text: source.text,
    });
    expect(sourceToJsonLd(source, { baseUrl })).not.toHaveProperty("text");
  });

  it("links an embedded post to the article it was quoted in, both ways", () => {
    const article = makeSource();
    const post = makeSource({
      kind: "social_post",
      url: "https://x.com/LegitTargets/status/1",
      author: "@LegitTargets",
      publisher: null,
      embeddedIn: article.id,
    });
    const postDoc = sourceToJsonLd(post, { baseUrl, embeddedIn: article });
    expectValidJsonLd(postDoc);
    expect(postDoc).toMatchObject({
      "@type": "SocialMediaPosting",
      isPartOf: {
        "@type": "NewsArticle",
        "@id": `https://factline.example/v1/sources/${article.id}`,
        url: article.url,
      },
    });
    const articleDoc = sourceToJsonLd(article, { baseUrl, embeds: [post] });
    expectValidJsonLd(articleDoc);
    expect(articleDoc.hasPart).toEqual([
      {
        "@type": "SocialMediaPosting",
        "@id": `https://factline.example/v1/sources/${post.id}`,
        url: post.url,
        headline: post.title,
      },
    ]);
    const quoting = makeSource({ kind: "social_post" });
    const quoteDoc = sourceToJsonLd(quoting, { baseUrl, embeds: [post] });
    expectValidJsonLd(quoteDoc);
    expect(quoteDoc).toHaveProperty("sharedContent");
    expect(quoteDoc).not.toHaveProperty("hasPart");
  });

  it("uses the record's own URL when a source has none, and the speaking actor as author", () => {
    const ministry = makeActor({
      kind: "organization",
      name: "Ministry of Foreign Affairs",
      aliases: [],
      externalIds: {},
    });
    const source = makeSource({
      kind: "official_statement",
      url: null,
      author: null,
      actorId: ministry.id,
    });
    const doc = sourceToJsonLd(source, { baseUrl, actor: ministry });
    expectValidJsonLd(doc);
    expect(doc.url).toBe(`https://factline.example/v1/sources/${source.id}`);
    expect(doc.author).toMatchObject({
      "@type": "Organization",
      name: "Ministry of Foreign Affairs",
    });
  });
});
