// The seed article with its actors swapped: the same event must come out with the new actors,
// so no rule can be keyed to Russia or the Taliban (issue 9).
import { describe, expect, it } from "vitest";
import { ingest } from "../src/index";
import { seedText } from "./helpers";

const swap = (subs: [RegExp, string][]) =>
  subs.reduce((t, [re, s]) => t.replace(re, s), seedText());

const mainEvent = (text: string) => {
  const m = ingest({ text }).mainEvent;
  return {
    kind: m?.kind,
    date: m?.date?.value,
    actors: m?.actors.map((a) => `${a.role}:${a.name}${a.isNew ? " (new)" : ""}`),
    title: m?.title,
  };
};

describe("the seed with other actors", () => {
  it("is the same event for the original seed", () => {
    expect(mainEvent(seedText())).toMatchObject({
      kind: "diplomacy.recognition",
      date: "2025-07-04",
      actors: ["initiator:Russia", "target:Taliban", "participant:Afghanistan"],
    });
  });

  it("another country recognizing a group no gazetteer lists: Brazil and the Polisario Front", () => {
    const text = swap([
      [/Russian/g, "Brazilian"],
      [/Russia/g, "Brazil"],
      [/RUSSIA/g, "BRAZIL"],
      [/Moscow/g, "Brasília"],
      [/Taliban/g, "Polisario Front"],
      [/TALIBAN/g, "POLISARIO FRONT"],
    ]);
    expect(mainEvent(text)).toMatchObject({
      kind: "diplomacy.recognition",
      date: "2025-07-04",
      actors: ["initiator:Brazil", "target:Polisario Front (new)", "participant:Afghanistan"],
      title: "Brazil has formally recognized the Polisario Front government in Afghanistan",
    });
  });

  it("a supranational body recognizing another group: the European Union and Hamas", () => {
    const text = swap([
      [/Russian/g, "European"],
      [/Russia/g, "the European Union"],
      [/RUSSIA/g, "the EUROPEAN UNION"],
      [/Moscow/g, "Brussels"],
      [/Taliban/g, "Hamas"],
      [/TALIBAN/g, "HAMAS"],
    ]);
    expect(mainEvent(text)).toMatchObject({
      kind: "diplomacy.recognition",
      date: "2025-07-04",
      actors: ["initiator:European Union", "target:Hamas", "participant:Afghanistan"],
    });
  });
});
