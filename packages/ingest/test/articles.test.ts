// Rule tests on short articles written for them (test/articles).
import { IngestResultSchema } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { ingest, looksLikeHtml } from "../src/index";
import { article } from "./helpers";

const valid = (r: unknown) => expect(IngestResultSchema.safeParse(r).success).toBe(true);

describe("rule articles", () => {
  it("leaves a correct Greek article untouched", () => {
    const text = article("greek-news.txt");
    const r = ingest({ text });
    valid(r);
    expect(r.repairs).toEqual([]);
    expect(r.removed).toEqual([]);
    expect(r.paragraphs.map((p) => p.text)).toEqual(text.trim().split("\n"));
  });

  it("repairs cp1252 mojibake in an English article", () => {
    const r = ingest({ text: article("cp1252-mojibake.txt") });
    valid(r);
    expect(r.cleanedText).toContain("The country’s parliament approved the 2026 budget");
    expect(r.cleanedText).toContain("“This is a responsible budget,” the finance minister said");
    expect(r.cleanedText).toContain("2.1% — the lowest in a decade");
    expect(r.cleanedText).toContain("at the café outside parliament called the vote ‘rushed’.");
    expect(r.cleanedText).not.toMatch(/[âÃ€]/);
    expect(new Set(r.repairs.map((x) => x.rule))).toEqual(
      new Set(["utf8-as-cp1252", "cp1252-lost-bytes:quote"]),
    );
  });

  it("takes nothing out of an article without boilerplate", () => {
    const text = article("no-boilerplate.txt");
    const r = ingest({ text });
    valid(r);
    expect(r.removed).toEqual([]);
    expect(r.repairs).toEqual([]);
    expect(r.cleanedText).toBe(text.trim().split("\n").join("\n\n"));
    expect(r.mainEvent?.kind).toBe("disaster.natural");
  });

  it("reads an HTML article: metadata, dropped chrome, tweet embed and its repeated text", () => {
    const html = article("tweet-embed.html");
    expect(looksLikeHtml(html)).toBe(true);
    const r = ingest({ html, url: "https://news.example.com/world/ukraine-poland-grain?utm=x" });
    valid(r);
    expect(r.article).toMatchObject({
      title: "Ukraine and Poland sign grain transit agreement",
      url: "https://news.example.com/world/ukraine-poland-grain",
      publisher: "Example News",
      publishedDate: { value: "2024-03-15", precision: "day" },
      publishedDateSource: "meta",
      language: "en",
      format: "html",
    });
    expect(r.cleanedText).not.toMatch(/Home|window\.ads|color:red|Most read|© Example/);
    expect(r.cleanedText).toContain("keep exports moving");
    expect(r.cleanedText).toContain("protect local farmers & keep");
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]).toMatchObject({
      text: "Today we signed the grain transit agreement with our Polish partners.",
      displayName: "Ministry of Agrarian Policy",
      handle: "@MinAgroUA",
      date: { value: "2024-03-14" },
      statusUrl: "https://twitter.com/MinAgroUA/status/1768612345678901234",
      source: {
        kind: "social_post",
        url: "https://twitter.com/MinAgroUA/status/1768612345678901234",
        embeddedIn: "article",
      },
    });
    expect(r.embeddedPosts[0]?.links).toEqual(
      expect.arrayContaining(["pic.twitter.com/AbCdEf123", "https://t.co/AbCdEf123"]),
    );
    expect(r.removed.map((x) => x.reason)).toEqual(["duplicate_paragraph", "call_to_action"]);
    expect(r.mainEvent).toMatchObject({
      kind: "diplomacy.agreement",
      places: expect.arrayContaining(["UA", "PL"]),
    });
    // "on Thursday" resolves against the page's published time: Thursday 14 March 2024.
    const thursday = r.sentences.flatMap((s) => s.dates).find((d) => d.text === "on Thursday");
    expect(thursday).toMatchObject({
      relative: true,
      date: { value: "2024-03-14", precision: "day" },
    });
    // "Today" inside the tweet is the tweet's day (March 14), not the article's (March 15).
    const today = r.sentences.flatMap((s) => s.dates).find((d) => d.text === "Today");
    expect(today?.date.value).toBe("2024-03-14");
  });

  it("resolves relative dates against the article date and leaves them out without one", () => {
    const text = article("relative-dates.txt");
    const r = ingest({ text, publishedAt: "2025-07-04T10:00:00Z" });
    valid(r);
    const found = Object.fromEntries(
      r.sentences
        .flatMap((s) => s.dates)
        .map((d) => [d.text, [d.date.value, d.date.precision, d.relative]]),
    );
    expect(found).toEqual({
      yesterday: ["2025-07-03", "day", true],
      "last week": ["2025-06", "month", true],
      "on Tuesday": ["2025-07-01", "day", true],
      "March 2023": ["2023-03", "month", false],
      "the 1990s": ["1990s", "decade", false],
    });
    const undated = ingest({ text });
    const relative = undated.sentences.flatMap((s) => s.dates).filter((d) => d.relative);
    expect(relative).toEqual([]);
    expect(undated.sentences.flatMap((s) => s.dates).map((d) => d.text)).toEqual([
      "March 2023",
      "the 1990s",
    ]);
  });

  it("labels questions, predictions, opinions and hedges", () => {
    const r = ingest({ text: article("modality-mix.txt") });
    valid(r);
    expect(r.sentences.map((s) => s.modality)).toEqual([
      "question",
      "assertion",
      "question",
      "hedged",
      "prediction",
      "opinion",
      "opinion",
      "prediction",
    ]);
    expect(r.candidateClaims.map((c) => c.text)).toEqual([
      "The ceasefire took effect at midnight on Sunday, according to the army.",
    ]);
  });
});
