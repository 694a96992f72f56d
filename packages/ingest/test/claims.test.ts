// Check-worthiness on whole pages: what a candidate claim may not be, in several languages.
import { describe, expect, it } from "vitest";
import { ingest } from "../src/index";

const candidates = (text: string) => ingest({ text }).candidateClaims.map((c) => c.text);

describe("check-worthy candidates", () => {
  it("leaves out a speaker's first-person stance but keeps an attributed quote", () => {
    const got = candidates(
      [
        "Paris recognizes Palestine",
        "France formally recognized the State of Palestine on Monday at a summit in New York, the Elysée said.",
        "Je me félicite de l’accord conclu aujourd’hui par les États membres de l’UE sur la Russie.",
        "« Je déclare que la France reconnaît aujourd'hui l'Etat de Palestine », a annoncé Emmanuel Macron à la tribune.",
        "Wir erwarten dringend Zeichen der Deeskalation von Moskau.",
      ].join("\n\n"),
    );
    expect(got).toContain(
      "France formally recognized the State of Palestine on Monday at a summit in New York, the Elysée said.",
    );
    expect(got.some((t) => t.startsWith("« Je déclare"))).toBe(true);
    expect(got.some((t) => t.startsWith("Je me félicite"))).toBe(false);
    expect(got.some((t) => t.startsWith("Wir erwarten"))).toBe(false);
  });

  it("keeps a line introducing a named speaker's quote, leaves out one with nothing to check and an aside", () => {
    const got = candidates(
      [
        "Ministry statement",
        "Foreign Minister Steinmeier said in Berlin on 18 March 2015 that 17 tourists were killed in Tunis.",
        "Außenminister Steinmeier erklärte heute Abend (18.03.) im Auswärtigen Amt:",
        "Here is a selection of what people wrote about it:",
        "(Read more about our partnership with Facebook and Instagram in 2024.)",
      ].join("\n\n"),
    );
    expect(got).toContain(
      "Foreign Minister Steinmeier said in Berlin on 18 March 2015 that 17 tourists were killed in Tunis.",
    );
    expect(got).toContain(
      "Außenminister Steinmeier erklärte heute Abend (18.03.) im Auswärtigen Amt:",
    );
    expect(got.some((t) => t.startsWith("Here is a selection"))).toBe(false);
    expect(got.some((t) => t.startsWith("("))).toBe(false);
  });

  it("needs a checkable detail: a name, a figure, a date or a place", () => {
    const got = candidates(
      [
        "The situation remained tense and the mood across the region was grim for most of the week.",
        "Police arrested 14 people in Lyon on Saturday after the protest turned violent.",
      ].join("\n\n"),
    );
    expect(got).toEqual([
      "Police arrested 14 people in Lyon on Saturday after the protest turned violent.",
    ]);
  });

  it("reads a headline as a claim when a name is followed by its verb, not when it is a topic", () => {
    // Each headline over a lede that names its subject in mid-sentence, as pages do.
    for (const [headline, lede, claim] of [
      [
        "Poutine vise Kharkiv malgré une armée fatiguée",
        "Selon Kiev, Poutine a lancé 40 missiles sur Kharkiv le 12 mars 2024.",
        true,
      ],
      [
        "Lula diz que Trump quer governar o mundo pelo Twitter",
        "O presidente Lula criticou Trump em 20 de janeiro de 2026 no Rio Grande do Sul.",
        true,
      ],
      [
        "Außenminister Steinmeier zum Anschlag in Tunis",
        "Außenminister Steinmeier erklärte am 18. März 2015, dass 17 Touristen getötet wurden.",
        false,
      ],
      [
        "Déclarations officielles de politique étrangère du 18 août 2017",
        "Le porte-parole a rappelé le 18 août 2017 que 26 Français ont été blessés à Barcelone.",
        false,
      ],
    ] as const) {
      expect(candidates(`${headline}\n\n${lede}`).includes(headline), headline).toBe(claim);
    }
  });

  it("reports a quoted judgement as a claim but not the writer's own", () => {
    const got = candidates(
      [
        'Les frappes russes, qui ont fait au moins neuf morts en Ukraine, sont "brutales" et "injustifiées", a dénoncé la Maison Blanche.',
        "Les frappes russes en Ukraine sont brutales et injustifiées, une honte pour le Kremlin.",
      ].join("\n\n"),
    );
    expect(got.some((t) => t.endsWith("a dénoncé la Maison Blanche."))).toBe(true);
    expect(got.some((t) => t.includes("une honte"))).toBe(false);
  });

  it("leaves out the last sentence of a page cut off mid-way, and a quote's unattributed middle", () => {
    const full =
      "The ministry said on 4 May 2024 that 120 soldiers were wounded in Kharkiv during the assault.";
    const got = candidates(
      [
        full,
        "Zelensky said: “The front held in Kharkiv on Friday. Ukraine stands tall, with strength and with historic pride. We will never give up.”",
        "The record of voters was set in 1953, when 93.84% of the electorate went to the pol",
      ].join("\n\n"),
    );
    expect(got).toContain(full);
    expect(got.some((t) => t.startsWith("Zelensky said"))).toBe(true);
    expect(got.some((t) => t.startsWith("The record of voters"))).toBe(false);
    expect(got.some((t) => t.startsWith("Ukraine stands tall"))).toBe(false);
  });

  it("takes a name the page writes in mid-sentence as a detail where it opens a sentence", () => {
    const text = [
      "O presidente Lula voltou a usar o X após o desbloqueio da plataforma no Brasil.",
      "Lula reforçou durante o encontro a importância do engajamento juvenil.",
    ].join("\n\n");
    const claim = ingest({ text }).candidateClaims.find((c) => c.text.startsWith("Lula reforçou"));
    expect(claim?.features.map((f) => f.name)).toContain("name:Lula");
  });

  it("never makes a post's own sentence a candidate on its own", () => {
    const r = ingest({
      text: [
        "The storm reached the coast of Florida on 9 October 2024, officials said.",
        "Stay safe everyone, the wind in Tampa is wild tonight and 40 roofs are gone already",
        "— Jane Roe (@janeroe) October 9, 2024",
      ].join("\n\n"),
    });
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.candidateClaims.some((c) => c.embeddedPostIndex !== null)).toBe(false);
  });
});
