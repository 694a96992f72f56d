// Unit tests for the individual rules: dates, actors, boilerplate, modality, clustering, HTML.
import type { CleanedParagraph, SentenceAnalysis } from "@factline/domain";
import { describe, expect, it } from "vitest";
import {
  articleDay,
  assignKinds,
  clusterClaims,
  createActorMatcher,
  detectModality,
  findActors,
  findDates,
  parseHtml,
  removeBoilerplate,
  scoreSentence,
  textToBlocks,
} from "../src/index";

const day = articleDay("2025-07-04");

describe("findDates", () => {
  const found = (text: string, ref = day) =>
    findDates(text, ref).map((d) => [d.text, d.date.value, d.date.precision]);

  it("reads day, month, year and decade precision", () => {
    expect(found("It was announced on July 4, 2025.", null)).toEqual([
      ["July 4, 2025", "2025-07-04", "day"],
    ]);
    expect(found("The takeover in August 2021 shocked many.", null)).toEqual([
      ["August 2021", "2021-08", "month"],
    ]);
    expect(found("The invasion began in 2001 and ended later.", null)).toEqual([
      ["2001", "2001", "year"],
    ]);
    expect(found("They ruled in the 1990s.", null)).toEqual([["the 1990s", "1990s", "decade"]]);
    expect(found("After September 11, 2001, everything changed.", null)).toEqual([
      ["September 11, 2001", "2001-09-11", "day"],
    ]);
    expect(found("On Aug. 15, 2021 Kabul fell.", null)).toEqual([
      ["Aug. 15, 2021", "2021-08-15", "day"],
    ]);
  });

  it("does not read amounts or codes as years", () => {
    expect(found("It cost $2000 and 1,999 people came; room 2024-B.", null)).toEqual([]);
  });

  it("resolves relative dates against the article date", () => {
    expect(found("He resigned yesterday.")).toEqual([["yesterday", "2025-07-03", "day"]]);
    expect(found("They met on Tuesday.")).toEqual([["on Tuesday", "2025-07-01", "day"]]);
    expect(found("Police raided the office three days ago.")).toEqual([
      ["three days ago", "2025-07-01", "day"],
    ]);
    expect(found("Prices rose last month.")).toEqual([["last month", "2025-06", "month"]]);
    expect(found("Talks failed last year.")).toEqual([["last year", "2024", "year"]]);
    expect(found("It was signed on July 3.")).toEqual([["July 3", "2025-07-03", "day"]]);
  });

  it("leaves relative dates out without an article date, and ignores 'a week after'", () => {
    expect(found("He resigned yesterday and met them on Tuesday.", null)).toEqual([]);
    expect(found("A week after the vote, he resigned.")).toEqual([]);
  });
});

describe("actors", () => {
  it("matches names, aliases, demonyms and capitals on word boundaries, capitalized only", () => {
    const found = findActors(
      "Afghan officials met U.S. and UK envoys in Kabul; the Kremlin and Turkey's turkey dinner; russian text.",
    );
    expect(found.map((a) => [a.text, a.iso3166, a.via])).toEqual([
      ["Afghan", "AF", "demonym"],
      ["U.S.", "US", "alias"],
      ["UK", "GB", "alias"],
      ["Kabul", "AF", "capital"],
      ["Kremlin", "RU", "capital"],
      ["Turkey", "TR", "alias"],
    ]);
  });

  it("does not match inside words or US states", () => {
    expect(
      findActors("Nigeria, not Niger; New Mexico and New Jersey; Chadwick; Romanian").map(
        (a) => a.iso3166,
      ),
    ).toEqual(["NG", "NE", "RO"]);
  });

  it("prefers known actors and lets them absorb the gazetteer entry with the same ISO code", () => {
    const now = "2025-01-01T00:00:00.000Z";
    const m = createActorMatcher([
      {
        id: "act_01JZ0000000000000000000009",
        kind: "person",
        name: "Zamir Kabulov",
        aliases: ["Kabulov"],
        externalIds: {},
        description: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
      {
        id: "act_01JZ000000000000000000000A",
        kind: "country",
        name: "Russian Federation",
        aliases: [],
        externalIds: { iso3166: "RU" },
        description: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    const found = m.find("Zamir Kabulov said in Moscow that Kabul agreed.");
    expect(found.map((a) => [a.text, a.key, a.via])).toEqual([
      ["Zamir Kabulov", "act_01JZ0000000000000000000009", "known_actor"],
      ["Moscow", "act_01JZ000000000000000000000A", "capital"],
      ["Kabul", "country:AF", "capital"],
    ]);
  });
});

describe("boilerplate", () => {
  const run = (lines: string[]) =>
    removeBoilerplate(
      assignKinds(textToBlocks(lines.join("\n"))).map((b, i) => ({ ...b, block: i })),
    );

  it("removes calls to action, adverts, keyword lines and separators with reasons", () => {
    const { kept, removed } = run([
      "Storm hits coast",
      "The storm made landfall at dawn, the weather service said.",
      "Follow us on Instagram",
      "Subscribe now for $1",
      "Sponsored: Best mattresses of 2025",
      "Tags: storm, coast, weather",
      "storm news, coastal flooding updates, hurricane season 2025",
      "* * * * *",
      "Share this story",
    ]);
    expect(kept.map((b) => b.text)).toEqual([
      "Storm hits coast",
      "The storm made landfall at dawn, the weather service said.",
    ]);
    expect(removed.map((r) => r.reason)).toEqual([
      "call_to_action",
      "call_to_action",
      "advert",
      "seo_keywords",
      "seo_keywords",
      "separator",
      "call_to_action",
    ]);
  });

  it("keeps sentences that merely mention sharing or following", () => {
    const { removed } = run([
      "Minister quits",
      "Officials said they would follow us closely, share this data and subscribe to new rules.",
      "Russia, China, Iran and Pakistan attended the talks in Moscow.",
    ]);
    expect(removed).toEqual([]);
  });

  it("removes repeated headlines and exact or near-duplicate paragraphs, pointing at the kept copy", () => {
    const { kept, removed } = run([
      "Ceasefire agreed in the north",
      "The two sides agreed a ceasefire on Friday, mediators said.",
      "Ceasefire agreed in the north",
      "The two sides agreed a ceasefire on Friday, mediators said",
      "Conclusion",
      "Conclusion",
    ]);
    expect(removed.map((r) => [r.reason, r.duplicateOf])).toEqual([
      ["repeated_headline", 0],
      ["duplicate_paragraph", 1],
    ]);
    expect(kept).toHaveLength(4);
  });
});

describe("detectModality", () => {
  it.each([
    ["The army said the ceasefire took effect at midnight.", "assertion", undefined],
    ["The deal could collapse within weeks.", "hedged", "hedge:modal"],
    ["The minister reportedly resigned.", "hedged", "hedge:reportedly"],
    ["The president appears to have left the capital.", "hedged", "hedge:appears"],
    ["It's important that aid arrives quickly.", "opinion", "opinion:it is important"],
    ["The government should resign.", "opinion", "opinion:should/must"],
    ["Why would Russia do this now?", "question", "question:?"],
    ["The bank is expected to raise rates.", "prediction", "prediction:is expected to"],
    ["Prices will rise next year.", "prediction", "prediction:will"],
    ["The coming months may reveal more.", "prediction", "prediction:coming months"],
  ])("%s -> %s", (sentence, modality, cue) => {
    const r = detectModality(sentence);
    expect(r.modality).toBe(modality);
    if (cue) expect(r.cues[0]).toBe(cue);
  });
});

describe("clustering", () => {
  const para: CleanedParagraph = {
    index: 0,
    text: "",
    start: 0,
    end: 0,
    kind: "paragraph",
    block: 0,
  };
  const analyse = (texts: string[]): SentenceAnalysis[] => {
    const matcher = createActorMatcher([]);
    let offset = 0;
    return texts.map((text, index) => {
      const s: SentenceAnalysis = {
        index,
        text,
        start: offset,
        end: offset + text.length,
        paragraphIndex: 0,
        ...(() => {
          const m = detectModality(text);
          return { modality: m.modality, modalityCues: m.cues };
        })(),
        dates: [],
        actors: matcher.find(text, offset),
      };
      offset += text.length + 1;
      return s;
    });
  };

  it("groups restatements of one fact and keeps different facts apart", () => {
    const sentences = analyse([
      "France has formally recognized the State of Palestine.",
      "The official recognition of Palestine by France was announced in Paris.",
      "France officially recognizes Palestine.",
      "Germany said it had no plans to recognize Palestine.",
      "France sent humanitarian aid to Gaza in March 2024.",
    ]);
    const { claims, clusters } = clusterClaims(
      sentences.map((s) => scoreSentence(s, para, undefined)),
    );
    const byId = new Map(claims.map((c) => [c.id, c.text]));
    const biggest = clusters[0]?.claimIds.map((id) => byId.get(id));
    expect(biggest).toEqual([
      "France has formally recognized the State of Palestine.",
      "The official recognition of Palestine by France was announced in Paris.",
      "France officially recognizes Palestine.",
    ]);
    expect(clusters.slice(1).every((k) => k.claimIds.length === 1)).toBe(true);
  });
});

describe("parseHtml", () => {
  it("keeps block structure, decodes entities and drops scripts, navigation and forms", () => {
    const { blocks, meta } = parseHtml(
      `<html lang="fr"><head><title>T &amp; co</title><link rel="canonical" href="https://x.example/a"></head><body><nav>Menu</nav><h2>Heading</h2><p>One &mdash; two<br>three</p><ul><li>Item</li></ul><form><input><label>Email</label></form><script>var a=1</script></body></html>`,
    );
    expect(meta).toMatchObject({
      title: "T & co",
      canonicalUrl: "https://x.example/a",
      language: "fr",
    });
    expect(blocks).toEqual([
      { text: "Heading", kind: "heading" },
      { text: "One — two" },
      { text: "three" },
      { text: "Item", kind: "list_item" },
    ]);
  });
});
