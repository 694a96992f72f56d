// Dates written the ways pages write them (month first, dotted, in capitals, in English on a
// page in another language, in Greek), relative words for parts of a day, and the main event's
// date chosen among the dates a report states (src/event-date.ts).
import type { PartialDate, SentenceAnalysis } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { articleDay, findDates } from "../src/dates";
import { pickEventDate } from "../src/event-date";
import { findPageDate } from "../src/publication-date";

const ref = articleDay("2025-07-08"); // a Tuesday
const values = (text: string, lang: string, r: PartialDate | null = ref) =>
  findDates(text, r, lang).map((d) => d.date.value);

describe("more written forms of a date", () => {
  it.each([
    ["es", "Bogotá, enero 13 de 2026", "2026-01-13"],
    ["es", "julio 4, 2025", "2025-07-04"],
    ["pt", "4.jul.2025 às 12h00", "2025-07-04"],
    ["it", "04-lug-2025", "2025-07-04"],
    ["es", "MIERCOLES 4 DE JUNIO DE 2025", "2025-06-04"],
    ["es", "Publicado January 13, 2026", "2026-01-13"],
    ["fr", "Mis à jour le 9 March 2023", "2023-03-09"],
    ["el", "Στις 4 Ιουλίου 2025 η κυβέρνηση ανακοίνωσε", "2025-07-04"],
    ["el", "ΑΘΗΝΑ 4 ΙΟΥΛΙΟΥ 2025", "2025-07-04"],
    ["el", "04/07/2025", "2025-07-04"],
  ])("%s: %s", (lang, text, want) => {
    expect(values(text, lang, null)).toContain(want);
  });

  it.each([
    ["es", "anoche se registró un sismo", "2025-07-07"],
    ["fr", "ce matin, le gouvernement", "2025-07-08"],
    ["pt", "nesta madrugada", "2025-07-08"],
    ["de", "heute Morgen", "2025-07-08"],
    ["it", "stamattina il premier", "2025-07-08"],
    ["en", "last night the army said", "2025-07-07"],
    ["el", "χθες η κυβέρνηση", "2025-07-07"],
    ["el", "την Πέμπτη", "2025-07-03"],
  ])("relative %s: %s", (lang, text, want) => {
    expect(values(text, lang)).toContain(want);
  });

  it("reads a Greek publication line", () => {
    expect(findPageDate(["Τίτλος", "Δημοσιεύθηκε: 4 Ιουλίου 2025"], "el")?.date.value).toBe(
      "2025-07-04",
    );
  });
});

function sentence(index: number, text: string, lang: string, r: PartialDate | null = null) {
  const s: SentenceAnalysis = {
    index,
    text,
    start: index * 1000,
    end: index * 1000 + text.length,
    paragraphIndex: index,
    modality: "assertion",
    modalityCues: [],
    dates: findDates(text, r, lang).map((d) => ({
      text: d.text,
      start: index * 1000 + d.start,
      end: index * 1000 + d.end,
      date: d.date,
      relative: d.relative,
    })),
    actors: [],
  };
  return s;
}

describe("the main event's date among the dates stated", () => {
  it("prefers the date next to the event word over the date of the document", () => {
    const s = [
      sentence(
        0,
        "Déclaration du 18 août 2017 : l'attentat de Barcelone (17 août 2017) a fait treize morts.",
        "fr",
      ),
    ];
    const got = pickEventDate(s, new Set([0]), null, "fr", "conflict.attack");
    expect(got?.date.value).toBe("2017-08-17");
    expect(got?.reasons.join(" ")).toContain("2017-08-18");
  });

  it("does not date the event by the start of a span ('desde el')", () => {
    const s = [
      sentence(
        0,
        "Las sanciones, vigentes desde el 24 de febrero de 2022, fueron ampliadas el 5 de octubre de 2022.",
        "es",
      ),
    ];
    expect(pickEventDate(s, new Set([0]), null, "es", "diplomacy.sanction")?.date.value).toBe(
      "2022-10-05",
    );
  });

  it("reads a day after publication as a plan and falls back to the publication day", () => {
    const published = articleDay("2022-10-03");
    const s = [
      sentence(
        0,
        "Os dois candidatos voltam a enfrentar-se numa segunda volta em 30 de outubro de 2022.",
        "pt",
      ),
    ];
    const got = pickEventDate(s, new Set([0]), published, "pt", "politics.election");
    expect(got?.date.value).toBe("2022-10-03");
  });

  it("resolves a relative day stated with the event against the publication day", () => {
    const published = articleDay("2025-11-24");
    const s = [
      sentence(0, "Rusia lanzó este lunes un ataque con drones contra Kiev.", "es", published),
    ];
    expect(pickEventDate(s, new Set([0]), published, "es", "conflict.attack")?.date.value).toBe(
      "2025-11-24",
    );
  });

  it("dates an event timed without a day on the publication day, over another one's 'ieri'", () => {
    const published = articleDay("2018-05-20");
    const s = [
      sentence(
        0,
        "Una scossa di terremoto di magnitudo 2.8 è stata avvertita alle 12.31 sulla costa siciliana.",
        "it",
        published,
      ),
      sentence(
        1,
        "Solo ieri un'altra scossa di terremoto è stata avvertita alle 18.41 sull'appennino emiliano.",
        "it",
        published,
      ),
    ];
    const got = pickEventDate(s, new Set([0, 1]), published, "it", "disaster.natural");
    expect(got?.date.value).toBe("2018-05-20");
    expect(got?.reasons[0]).toContain("a time of the publication day");
  });

  it("takes the lede's first date over a later one that stands by an event word", () => {
    const published = articleDay("2016-09-26");
    const s = [
      sentence(0, "Le président a reconnu, hier, la responsabilité de la France.", "fr", published),
      sentence(
        1,
        "Cette déclaration solennelle de François Hollande, faite en présence de plusieurs responsables politiques, était très attendue par la communauté harkie, aujourd’hui forte de 500 000 personnes en France.",
        "fr",
        published,
      ),
    ];
    const got = pickEventDate(s, new Set([1]), published, "fr", "diplomacy.statement");
    expect(got?.date.value).toBe("2016-09-25");
    expect(got?.reasons[0]).toContain("the lede's first date");
  });

  it("does not take the page's date marker for the lede's first date", () => {
    const published = articleDay("2026-01-24");
    const s = [
      sentence(
        0,
        " date 2026-01-24 Ο άνδρας εντοπίστηκε χθες το βράδυ να κινείται με μοτοσικλέτα στη Θεσσαλονίκη.",
        "el",
        published,
      ),
    ];
    expect(pickEventDate(s, new Set([0]), published, "el", null)?.date.value).toBe("2026-01-23");
  });
});
