// Gazetteer actors in six languages: names, lowercase demonyms, capitals as metonyms and
// supranational bodies in each language's spelling. Sentences from corpus pages (dev split).
import { describe, expect, it } from "vitest";
import { createActorMatcher, defaultActorMatcher, findActors, isNewActor } from "../src/actors";
import { ingest } from "../src/index";
import { stem } from "../src/tokens";
import { seedText } from "./helpers";

const found = (text: string) => findActors(text).map((a) => `${a.text}->${a.key}`);

describe("actors per language", () => {
  it.each([
    // es-drones-rusos-ucrania-ia-agregador, es-drones-moscu-efe-mdzol
    [
      "Las autoridades ucranianas acusaron este lunes a Rusia de lanzar drones contra Moscú.",
      ["ucranianas->country:UA", "Rusia->country:RU", "Moscú->country:RU"],
    ],
    // fr-sanctions-ue-huitieme-paquet-reuters, fr-direct-frappes-ukraine-bfmtv
    [
      "L’UE a approuvé un paquet de sanctions; les frappes russes ont touché l'Ukraine.",
      ["UE->org:eu", "russes->country:RU", "Ukraine->country:UA"],
    ],
    // de-liveblog-nahost-sicherheitsrat-ende, de-waffenruhe-libanon-forderung-zdf
    [
      "Der russische Vorschlag scheiterte im UN-Sicherheitsrat am Veto der USA.",
      ["russische->country:RU", "UN-Sicherheitsrat->org:unsc", "USA->country:US"],
    ],
    // it-sanzioni-ue-russia-14-pacchetto, it-live-elezioni-politiche-2022-tgcom24
    [
      "Il segretario di Stato Usa Blinken e i 27 ministri degli Esteri dell’Ue; Bruxelles prende di mira Mosca.",
      ["Usa->country:US", "Ue->org:eu", "Bruxelles->org:eu", "Mosca->country:RU"],
    ],
    // de-waffenruhe-libanon-forderung-zdf: the German spelling of a group
    [
      "Der Konflikt zwischen Israel und der Hisbollah-Miliz droht sich zu verschärfen.",
      ["Israel->country:IL", "Hisbollah->org:hezbollah"],
    ],
    // supranational bodies named in issue 9
    [
      "La CEDEAO y el OIEA condenaron el ataque; la OTAN guardó silencio.",
      ["CEDEAO->org:ecowas", "OIEA->org:iaea", "OTAN->org:nato"],
    ],
  ])("%s", (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it("folds every country's names, demonyms and capitals to one token, from the gazetteer", () => {
    for (const w of ["russian", "moscow", "rusos", "moskau", "kremlin"])
      expect(stem(w)).toBe("country:RU");
    for (const w of ["ukrainian", "kyiv", "kiew", "ucraniano"]) expect(stem(w)).toBe("country:UA");
  });
});

describe("actors beyond the gazetteer", () => {
  it("offers people and organisations found in the text as new actors", () => {
    // es-drones-moscu-efe-mdzol, pt-lula-ministros-voltam-ao-x-poder360
    const m = defaultActorMatcher().find(
      "El alcalde de Moscú, Sergei Sobianin, habló con el Tribunal Superior Eleitoral.",
      0,
      "es",
    );
    expect(m.map((a) => [a.text, a.key, a.kind, isNewActor(a)])).toEqual([
      ["Moscú", "country:RU", "country", false],
      ["Sergei Sobianin", "new:person:sergei-sobianin", "person", true],
      [
        "Tribunal Superior Eleitoral",
        "new:organization:tribunal-superior-eleitoral",
        "organization",
        true,
      ],
    ]);
    for (const a of m) expect(a.actorId === null || !isNewActor(a)).toBe(true);
  });

  it("keeps a span that contains a known name with the known actor", () => {
    const m = defaultActorMatcher().find("Der UN-Sicherheitsrat tagte.", 0, "de");
    expect(m.map((a) => a.key)).toEqual(["org:unsc"]);
  });

  it("matches a new name to a known actor from the database when one exists", () => {
    const known = [
      {
        id: "act_01J0000000000000000000000",
        name: "Sergei Sobyanin",
        kind: "person",
        aliases: ["Sergei Sobianin"],
        externalIds: {},
      },
    ] as unknown as Parameters<typeof createActorMatcher>[0];
    const m = createActorMatcher(known).find("Sergei Sobianin habló.", 0, "es");
    expect(m.map((a) => [a.key, a.via])).toEqual([
      ["act_01J0000000000000000000000", "known_actor"],
    ]);
  });
});

describe("the seed with other actors (issue 9: no rule exists only for the seed)", () => {
  const swap = (from: string, to: string) =>
    ingest({
      text: seedText().replaceAll(from, to).replaceAll(from.toUpperCase(), to.toUpperCase()),
    }).mainEvent?.actors.map((a) => [a.name, a.role]);

  it.each([
    ["Taliban", "Houthi movement", ["Houthi", "target"]],
    ["Russia", "Brazil", ["Brazil", "initiator"]],
    ["Russia", "ECOWAS", ["ECOWAS", "initiator"]],
  ] as const)("%s -> %s", (from, to, want) => {
    expect(swap(from, to)).toContainEqual(want);
  });
});

// Issue 9, point 5: one actor under the names one article gives it (pages of the actors tuning
// set, test/actors-dev, named beside them).
describe("linking what an article calls the same actor", () => {
  const mentions = (text: string) =>
    ingest({ text }).sentences.flatMap((s) => s.actors.map((a) => `${a.text}->${a.name}`));

  it("takes a surname used alone for the person named in full, even opening a headline", () => {
    // fr-kouchner-condamne-mogadiscio-europe1
    expect(
      mentions(
        "Kouchner condamne l'attentat de Mogadiscio\n\nLe ministre Bernard Kouchner a condamné mercredi l'attentat survenu la veille.",
      ),
    ).toEqual(
      expect.arrayContaining(["Kouchner->Bernard Kouchner", "Bernard Kouchner->Bernard Kouchner"]),
    );
  });

  it("takes one surname of a long Iberian name for the person", () => {
    // pt-lula-acordo-eua-gazetaitaqua, pt-lula-trump-twitter-correio
    expect(
      mentions(
        "Lula diz esperar acordo com os Estados Unidos\n\nO presidente Luiz Inácio Lula da Silva afirmou nesta segunda-feira que está otimista.",
      ),
    ).toContain("Lula->Luiz Inácio Lula da Silva");
  });

  it("finds a demonym in another gender or number than the one listed", () => {
    // es-detenido-exministro-liderweb, pt-mocambique-lula-segunda-volta
    expect(found("Las autoridades venezolanas detuvieron al exministro.")).toContain(
      "venezolanas->country:VE",
    );
  });

  it("takes an acronym the text defines, in either order, for the body", () => {
    // pt-stf-mantem-collor-grandebahia, pt-stf-reverte-paulinho-dgabc
    expect(
      mentions(
        "O Supremo Tribunal Federal (STF) manteve a condenação. Para o STF, a decisão foi fundamentada.",
      ),
    ).toContain("STF->Supremo Tribunal Federal");
    expect(
      mentions(
        "O plenário do SFT (Supremo Tribunal Federal) decidiu aceitar o recurso do deputado.",
      ),
    ).toContain("SFT->Supremo Tribunal Federal");
  });

  it("takes a one-word name the text uses mid-sentence for that name opening a headline", () => {
    // pt-paywall-instagram-bolsonaro, fr-direct-generaux-limoges-seo
    expect(
      mentions(
        "Instagram avisa: post tem informações falsas\n\nA publicação foi ocultada pelo Instagram nesta sexta-feira.",
      ),
    ).toContain("Instagram->Instagram");
  });

  it("does not link a German noun or a headline's capitals as a surname", () => {
    // de-drohnenschwaerme-kommentar-kanal; the seed's headline
    expect(
      mentions(
        "Statt nur Drohnen nun Schwärme\n\nDie Polizei meldete Ansammlungen von Drohnen über Kiel.",
      ),
    ).not.toContain("Drohnen->Ansammlungen von Drohnen");
    expect(
      mentions(
        "Russia Officially Embraces Houthi Rule\n\nRussia has recognized the Houthi government.",
      ),
    ).not.toContain("Houthi->Officially Embraces Houthi");
  });
});
