// The modality cue families added for issue 9, one family across the six languages (each
// language's cue for it is named in FAMILIES). Every family fires on sentences of at least two
// corpus pages that are not the seed (dev split, test/corpus/pages/<slug>.txt, named beside
// them), and leaves the plain assertions at the bottom alone.
import { describe, expect, it } from "vitest";
import { detectModality } from "../src/modality";

const FAMILIES: Record<string, string[]> = {
  // Figures given as projections, polls or first results: not yet the result.
  estimates: [
    "hedge:estimates",
    "hedge:estimaciones",
    "hedge:estimations",
    "hedge:estimativas",
    "hedge:Hochrechnung",
    "hedge:proiezioni",
  ],
  // Unconfirmed, rumoured, feared, or told in the conditional mood ("sarebbe", "serían").
  unconfirmed: [
    "hedge:unconfirmed",
    "hedge:sin confirmar",
    "hedge:non confirmé",
    "hedge:não confirmado",
    "hedge:unbestätigt",
    "hedge:non confermato",
  ],
  // The writer's stance in so many words: "it is a shame", "tout de même", "übrigens".
  stance: [
    "opinion:it is a shame",
    "opinion:es una vergüenza",
    "opinion:c'est une honte",
    "opinion:é uma vergonha",
    "opinion:es ist eine Schande",
    "opinion:è una vergogna",
  ],
  // Evaluative adjectives ("excellent", "largement symbolique", "guapa").
  evaluative: [
    "opinion:evaluative adjective",
    "opinion:adjetivo evaluativo",
    "opinion:adjectif évaluatif",
    "opinion:adjetivo avaliativo",
    "opinion:wertendes Adjektiv",
    "opinion:aggettivo valutativo",
  ],
  // An intensified adjective in a sentence without figures ("très belle", "sehr ernste").
  intensifier: [
    "opinion:intensifier",
    "opinion:intensificador",
    "opinion:intensif",
    "opinion:Verstärker",
    "opinion:intensificatore",
  ],
  // What is at stake ("steht auf dem Spiel", "i destini in gioco"): the writer weighing the news.
  stakes: [
    "opinion:at stake",
    "opinion:en juego",
    "opinion:en jeu",
    "opinion:em jogo",
    "opinion:auf dem Spiel",
    "opinion:in gioco",
  ],
  // Addressing the reader ("you can", "você tem que").
  secondPerson: ["opinion:second person"],
};

type Row = [family: string, lang: string, sentence: string, page: string];

const ROWS: Row[] = [
  [
    "estimates",
    "pt",
    "Os primeiros dados dão 51% a Lula, enquanto o atual presidente, Jair Bolsonaro, deverá alcançar o segundo lugar com 36%.",
    "pt-primeiros-resultados-lula-lusa",
  ],
  [
    "estimates",
    "it",
    "Secondo le proiezioni del Consorzio Opinio Italia per Rai e relative al Senato, Fratelli d’Italia risulta al 25,7%.",
    "it-elezioni-2022-live-laquilablog",
  ],
  [
    "unconfirmed",
    "it",
    "Come riporta TGCOM24, domani il Premier Giuseppe Conte si recherà in Parlamento: si vocifera in mattinata di una stretta.",
    "it-discorso-conte-dpcm-seo",
  ],
  [
    "unconfirmed",
    "it",
    "Candidato nel collegio plurinominale di Varese, potrebbe risultare non eletto per un complicato gioco di resti.",
    "it-live-elezioni-politiche-2022-tgcom24",
  ],
  [
    "unconfirmed",
    "es",
    "Siempre he tenido la convicción de que el multilateralismo permite conseguir cotas que serían inalcanzables desde la acción individual de los Estados.",
    "es-moncloa-discurso-asamblea-onu",
  ],
  [
    "stance",
    "fr",
    "L’homme âgé de 70 ans, qui a mené une campagne électorale basée sur la xénophobie et fortement sexiste, a tout de même été choisi par les électeurs américains.",
    "fr-election-trump-reactions-linfo",
  ],
  [
    "stance",
    "de",
    "Übrigens sind wir der Meinung Herr Lawrow sollte sich ein wenig primitiver ausdrücken.",
    "de-drohnenschwaerme-kommentar-kanal",
  ],
  [
    "stance",
    "it",
    "Lei che tiene tanto all’immagine della nostra “patria”, ma perché dobbiamo vivere in questo stato permanente?",
    "it-tweet-salvini-alluvione-dire",
  ],
  ["evaluative", "fr", "Mais parfois rigolo.", "fr-election-macron-tweets-neonmag"],
  [
    "evaluative",
    "fr",
    "D'autres ont salué l'excellent bilan des primaires…",
    "fr-election-premier-tour-sputnik",
  ],
  [
    "evaluative",
    "fr",
    "Un geste largement symbolique, qui n’offre pas encore aux Palestiniens une adhésion pleine et entière à l’ONU.",
    "fr-reconnaissance-palestine-onu-laquotidienne",
  ],
  [
    "evaluative",
    "es",
    "No sabemos si la guapa conductora salió de su casa, pero sí que nos invita a no perder la fe en esta época de crisis.",
    "es-galilea-montijo-instagram-acapulco",
  ],
  ["evaluative", "en", "World reaction was mixed.", "en-ceasefire-iran-israel-mediabites"],
  [
    "intensifier",
    "es",
    "Incluso son muy útiles para contrarrestar la irresponsabilidad de los actores políticos.",
    "es-opinion-elecciones-mexico-2024",
  ],
  [
    "intensifier",
    "es",
    "Me entristece que digan esta mentira y que enloden un trabajo social tan bonito.",
    "es-primera-dama-colombia-carnaval",
  ],
  [
    "intensifier",
    "fr",
    "Très belle victoire de Bfm pour ce soir.",
    "fr-election-premier-tour-sputnik",
  ],
  [
    "intensifier",
    "de",
    "Wir erleben eine sehr, sehr ernste Bedrohung des Friedens in Europa",
    "de-scholz-twitter-einstand-freenet",
  ],
  [
    "secondPerson",
    "pt",
    "Se você quer mudar a sua cidade, você tem que participar, tirar o título de eleitor e participar da democracia do país.",
    "pt-lula-tiktok-kwai-post-x",
  ],
  [
    "secondPerson",
    "en",
    "Our only agenda is to publish the truth so you can be an informed participant in democracy.",
    "en-factcheck-instagram-hoax-politifact",
  ],
  [
    "stakes",
    "de",
    "Die Zukunft potentieller Koalitionsverhandlungen steht auf dem Spiel.",
    "de-liveticker-zustrombegrenzungsgesetz-derwesten",
  ],
  [
    "stakes",
    "it",
    "I destini in gioco, qui, non sono quelli di Salvini e Di Maio.",
    "modality-dev/it-commento-governo-coperta-corta-formiche",
  ],
];

// Plain reports the families must leave alone (figures, places, dates, named actors).
const ASSERTIONS: [lang: string, sentence: string][] = [
  ["en", "The central bank raised its lending rate by 50 basis points to 15.5 percent."],
  ["es", "El Congreso aprobó el presupuesto de 2025 con 180 votos a favor."],
  ["fr", "L’Union européenne a approuvé mercredi un nouveau train de sanctions."],
  ["pt", "Simone Tebet alcançou 4,37 por cento dos votos."],
  ["de", "Der Bundestag hat am Mittwoch Olaf Scholz zum Kanzler gewählt."],
  ["it", "Il Consiglio dei ministri ha approvato il decreto con 12 articoli."],
  ["fr", "Le retrait des troupes a commencé le 3 mars."],
  ["es", "La Secretaría de Salud informó de 300 casos nuevos."],
  // A count at stake, and a player who enters the game, are facts.
  ["es", "En estas elecciones están en juego 128 escaños del Senado."],
  ["it", "Il Milan è entrato in gioco per l'acquisto del difensore."],
];

describe("modality cue families of issue 9", () => {
  it.each(ROWS)("%s (%s): %s", (family, lang, sentence) => {
    const r = detectModality(sentence, lang);
    expect(r.modality).not.toBe("assertion");
    const names = FAMILIES[family] ?? [];
    expect(r.cues.some((c) => names.includes(c))).toBe(true);
  });

  it("names at least two corpus pages for every family", () => {
    for (const family of Object.keys(FAMILIES)) {
      const pages = new Set(ROWS.filter((r) => r[0] === family).map((r) => r[3]));
      expect(pages.size, family).toBeGreaterThanOrEqual(2);
    }
  });

  // Possibility and unknowns extend the older hedge families ("hedge:likely" and its kin).
  it.each([
    ["en", "Officials are studying a possible link between the two blasts.", "hedge:likely"],
    ["es", "La policía investiga un posible ataque contra la sede.", "hedge:probablemente"],
    ["fr", "Les enquêteurs étudient une éventuelle piste criminelle.", "hedge:probablement"],
    ["pt", "A polícia investiga um possível ataque à sede.", "hedge:provavelmente"],
    ["de", "Aus Regierungskreisen hieß es, der Minister trete zurück.", "hedge:angeblich"],
    ["it", "Secondo quanto riferito il ministro si dimetterà domani.", "hedge:probabilmente"],
  ])("possibility (%s): %s", (lang, sentence, cue) => {
    expect(detectModality(sentence, lang).cues).toContain(cue);
  });

  it.each(ASSERTIONS)("leaves a plain report alone (%s): %s", (lang, sentence) => {
    expect(detectModality(sentence, lang)).toEqual({ modality: "assertion", cues: [] });
  });
});
