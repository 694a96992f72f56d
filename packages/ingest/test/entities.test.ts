// Entities beyond the gazetteer and check-worthy claims in any language. Sentences are from
// corpus pages (dev split) named beside them, not from the seed.
import { describe, expect, it } from "vitest";
import { findEntities } from "../src/entities";
import { ingest } from "../src/index";

const names = (text: string, lang: string) =>
  findEntities(text, lang).map((e) => `${e.text}|${e.kind}|${e.via}`);

describe("findEntities", () => {
  it("takes the name after a title, in each language", () => {
    // en-ceasefire-iran-israel-mediabites, it-live-elezioni-politiche-2022-tgcom24
    expect(names("U.S. President Donald Trump announced on Monday a ceasefire.", "en")).toContain(
      "Donald Trump|person|title",
    );
    expect(
      names("Come riporta TGCOM24, domani il premier Giuseppe Conte parlerà.", "it"),
    ).toContain("Giuseppe Conte|person|title");
    // pt-lula-ministros-voltam-ao-x-poder360, pt-lula-volta-ao-x-meionews
    expect(
      names(
        "Depois de o ministro Alexandre de Moraes, do STF (Supremo Tribunal Federal), autorizar.",
        "pt",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Alexandre de Moraes|person|title",
        "STF|organization|acronym",
        "Supremo Tribunal Federal|organization|org_word",
      ]),
    );
    // en-appointment-spokesperson-fana
    expect(
      names(
        "The Government of Ethiopia has reappointed Ambassador Meles Alem as Spokesperson.",
        "en",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Government of Ethiopia|organization|org_word",
        "Meles Alem|person|title",
      ]),
    );
  });

  it("does not take German nouns for names by their capital letter", () => {
    expect(names("Die Drohnen haben eine geringere Reichweite als die Entfernung.", "de")).toEqual(
      [],
    );
  });
});

describe("check-worthy claims without a known actor or a listed verb", () => {
  const claimTexts = (text: string) => ingest({ text }).candidateClaims.map((c) => c.text);
  it.each([
    // es-drones-rusos-ucrania-ia-agregador, es-drones-moscu-efe-mdzol
    "Las defensas del país consiguieron interceptar 112 de estos aparatos aéreos no tripulados.",
    // pt-mocambique-lula-segunda-volta, pt-lula-bolsonaro-segunda-volta-tsf
    "Simone Tebet (MDB), que aparecia em quarto lugar nas sondagens, alcançou 4,37 por cento dos votos.",
    // it-live-elezioni-politiche-2022-tgcom24, it-elezioni-2022-live-laquilablog
    "L'affluenza definitiva si attesta al 63,91%, circa il 9% in meno rispetto alle politiche del 2018.",
  ])("%s", (sentence) => {
    expect(
      claimTexts(`Resultados\n\n${sentence}\n\nMais contexto aqui, em outra frase longa.`),
    ).toContain(sentence);
  });

  it("does not assert hedged or opinion sentences (fr-direct-generaux-limoges-seo)", () => {
    const s = "Il est fort probable que Choïgou et le président Poutine aient limogé six généraux.";
    expect(claimTexts(s)).not.toContain(s);
  });
});

describe("German bodies named by a compound (issue 9, point 5)", () => {
  it("takes a compound ending in a body's word for an organisation, also opening a sentence", () => {
    // de-sanktionen-bundesregierung-finanzsecura, de-sanktionen-festhalten-spiegel (actors-dev)
    expect(names("Bundesregierung offen für neue Sanktionen gegen Russland", "de")).toEqual([
      "Bundesregierung|organization|org_word",
    ]);
    expect(names("Trotz Truppenabzug Bundesregierung hält an Sanktionen fest", "de")).toEqual([
      "Bundesregierung|organization|org_word",
    ]);
    expect(names("Nun verhängt die US-Regierung Sanktionen.", "de")).toEqual([
      "US-Regierung|organization|org_word",
    ]);
  });
});

describe("two names joined by 'and' (issue 9, point 5)", () => {
  it("finds both, and no name in a hashtag or a handle", () => {
    // fr-election-premier-tour-sputnik, pt-mocambique-lula-segunda-volta
    expect(names("Le premier tour s'est achevé, Macron et Le Pen sont qualifiés.", "fr")).toEqual([
      "Macron|organization|span",
      // The capitalised particle mid-sentence opens the surname: "Le Pen", not "Pen".
      "Le Pen|person|span",
    ]);
    expect(names("Merci #Presidentielle2017 Hollande — Sam Sonite (@Zam_Zonite)", "fr")).toEqual([
      "Hollande|organization|span",
      "Sam Sonite|person|span",
    ]);
  });
});
