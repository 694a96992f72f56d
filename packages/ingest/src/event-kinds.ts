// Event-kind cue words per language, as data: a word stem names the kind of event a sentence
// states. Used for the main event when no claim cluster names one (pages in any of the six
// languages whose lede states the event). Stems match at a word start; a kind's weight is the
// number of its cues in the headline and lede.
import type { EventKind } from "@factline/domain";

/** Cue stems per kind, per language. */
export const KIND_CUES: Partial<Record<EventKind, Record<string, string[]>>> = {
  "politics.election": {
    en: ["election", "elected", "re-elected", "vote count", "polls", "referendum", "ballot"],
    es: ["elecci", "electo", "electa", "comicios", "votaci", "urnas", "referéndum"],
    fr: [
      "élection",
      "élu",
      "élue",
      "scrutin",
      "présidentielle",
      "législatives",
      "tour de la",
      "second tour",
      "premier tour",
      "référendum",
    ],
    pt: [
      "eleiç",
      "eleito",
      "eleita",
      "segundo turno",
      "primeiro turno",
      "segunda volta",
      "primeira volta",
      "urnas",
      "votaç",
    ],
    de: ["wahl", "gewählt", "wiedergewählt", "stimmen", "volksabstimmung"],
    it: ["elezion", "eletto", "eletta", "voto", "urne", "referendum", "ballottaggio"],
  },
  "diplomacy.sanction": {
    en: ["sanction", "embargo"],
    es: ["sanci", "embargo"],
    fr: ["sanction", "embargo"],
    pt: ["sanç", "embargo"],
    de: ["sanktion", "embargo"],
    it: ["sanzion", "embargo"],
  },
  "diplomacy.agreement": {
    en: ["agreement", "treaty", "accord", "signed a deal", "sign a deal"],
    es: ["acuerdo", "tratado", "firman", "firmó", "firmaron"],
    fr: ["accord", "traité", "signé"],
    pt: ["acordo", "tratado", "assinou", "assinaram"],
    de: ["abkommen", "vertrag", "vereinbarung", "unterzeichn", "einigung", "einigen"],
    it: ["accordo", "trattato", "firmato", "intesa"],
  },
  "conflict.ceasefire": {
    en: ["ceasefire", "cease-fire", "truce", "armistice"],
    es: ["alto el fuego", "cese al fuego", "tregua"],
    fr: ["cessez-le-feu", "trêve"],
    pt: ["cessar-fogo", "trégua"],
    de: ["waffenruhe", "waffenstillstand", "feuerpause"],
    it: ["cessate il fuoco", "tregua"],
  },
  "diplomacy.meeting": {
    en: ["summit", "met with", "held talks"],
    es: ["cumbre", "se reunió", "se reunieron", "reunión"],
    fr: ["sommet", "s'est entretenu", "rencontre"],
    pt: ["cúpula", "cimeira", "se reuniu", "reunião"],
    de: ["gipfel", "treffen", "traf sich"],
    it: ["vertice", "summit", "incontro"],
  },
  "diplomacy.recognition": {
    en: ["recogni"],
    es: ["reconoc", "reconocimiento"],
    fr: ["reconna", "reconnaissance"],
    pt: ["reconhec"],
    de: ["anerkenn", "anerkannt"],
    it: ["riconosc", "riconoscimento"],
  },
  "conflict.attack": {
    en: ["attack", "strike", "airstrike", "bombing", "drone", "missile", "shelling", "killed"],
    es: ["ataque", "atentado", "bombarde", "drones", "misil", "ofensiva"],
    fr: ["attaque", "attentat", "frappe", "bombard", "drones", "missile"],
    pt: ["ataque", "atentado", "bombarde", "drones", "míss"],
    de: ["anschlag", "angriff", "attentat", "beschuss", "luftangriff", "drohnen", "rakete"],
    it: ["attacco", "attentato", "bombard", "droni", "missil", "raid"],
  },
  "politics.appointment": {
    en: ["appointed", "appoints", "sworn in", "named as", "dismissed", "fired"],
    es: ["nombrad", "nombra", "designad", "designa", "juramento", "destituy", "cesad"],
    fr: ["nommé", "nomme", "nomination", "limogé", "limogeage", "investi"],
    pt: ["nomead", "nomeia", "empossad", "posse", "demit", "exonera"],
    de: ["ernannt", "ernennt", "ernennung", "vereidigt", "entlassen", "gewählt zum"],
    it: ["nominato", "nomina", "giuramento", "giura", "destituito"],
  },
  "justice.ruling": {
    en: ["court ruled", "ruling", "verdict", "sentenced", "judge", "supreme court"],
    es: ["tribunal", "sentencia", "fallo", "juez", "condenad"],
    fr: ["tribunal", "cour", "jugement", "arrêt", "condamné", "juge"],
    pt: ["tribunal", "acórdão", "sentença", "juiz", "condenad", "stf"],
    de: ["gericht", "urteil", "beschluss", "verfassungsgericht", "richter", "verurteilt"],
    it: ["tribunale", "sentenza", "corte", "giudice", "condannat", "cassazione"],
  },
  "disaster.natural": {
    en: [
      "earthquake",
      "flood",
      "hurricane",
      "cyclone",
      "typhoon",
      "wildfire",
      "tsunami",
      "eruption",
    ],
    es: ["terremoto", "sismo", "inundaci", "huracán", "incendio forestal", "tsunami", "erupci"],
    fr: [
      "séisme",
      "tremblement de terre",
      "inondation",
      "ouragan",
      "cyclone",
      "incendie",
      "tsunami",
    ],
    pt: ["terremoto", "sismo", "inundaç", "enchente", "furacão", "incêndio", "tsunami"],
    de: [
      "erdbeben",
      "überschwemmung",
      "hochwasser",
      "hurrikan",
      "waldbrand",
      "tsunami",
      "unwetter",
    ],
    it: [
      "terremoto",
      "sisma",
      "scossa",
      "alluvione",
      "inondazion",
      "uragano",
      "incendio",
      "tsunami",
    ],
  },
  "politics.protest": {
    en: ["protest", "demonstration", "rally"],
    es: ["protesta", "manifestaci", "marcha"],
    fr: ["manifestation", "manifestants", "protestation", "grève"],
    pt: ["protesto", "manifestaç", "greve"],
    de: ["protest", "demonstration", "kundgebung", "streik"],
    it: ["protesta", "manifestazion", "sciopero", "corteo"],
  },
  "economy.trade": {
    en: ["tariff", "interest rate", "lending rate", "inflation", "gdp", "exports"],
    es: ["arancel", "tasa de interés", "inflación", "pib", "exportaci"],
    fr: ["droits de douane", "taux d'intérêt", "inflation", "pib", "exportation"],
    pt: ["tarifa", "taxa de juros", "inflação", "pib", "exportaç"],
    de: ["zoll", "zölle", "leitzins", "inflation", "bip", "export"],
    it: ["dazi", "tassi", "inflazione", "pil", "esportazion"],
  },
  "diplomacy.statement": {
    en: ["said", "says", "statement", "announced", "declared", "speech", "tweet", "posted"],
    es: [
      "dijo",
      "afirmó",
      "declaró",
      "anunció",
      "discurso",
      "declaraci",
      "mensaje",
      "tuit",
      "criticó",
    ],
    fr: [
      "a déclaré",
      "déclaration",
      "a annoncé",
      "discours",
      "condamne",
      "a dénoncé",
      "tweet",
      "estime",
    ],
    pt: [
      "disse",
      "afirmou",
      "declarou",
      "anunciou",
      "discurso",
      "declaraç",
      "critic",
      "publicou",
      "post",
    ],
    de: [
      "erklärte",
      "erklärung",
      "sagte",
      "kündigte",
      "rede",
      "äußerte",
      "pressemitteilung",
      "verurteilt",
    ],
    it: [
      "ha detto",
      "ha dichiarato",
      "dichiarazion",
      "ha annunciato",
      "discorso",
      "tweet",
      "comunicato",
    ],
  },
};

type KindRule = { kind: EventKind; re: RegExp };
const rules = new Map<string, KindRule[]>();

function rulesFor(lang: string): KindRule[] {
  const hit = rules.get(lang);
  if (hit) return hit;
  const out: KindRule[] = [];
  for (const [kind, byLang] of Object.entries(KIND_CUES) as [
    EventKind,
    Record<string, string[]>,
  ][]) {
    const cues = byLang[lang] ?? byLang.en ?? [];
    if (!cues.length) continue;
    const alt = cues
      .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]"))
      .join("|");
    out.push({ kind, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})`, "giu") });
  }
  rules.set(lang, out);
  return out;
}

/** A kind cue found in a text. */
export type KindCue = { kind: EventKind; text: string; start: number; end: number };

/** Every kind cue in `text`, in order. */
export function findKindCues(text: string, lang?: string | null): KindCue[] {
  const out: KindCue[] = [];
  for (const r of rulesFor(lang ?? "en")) {
    for (const m of text.matchAll(r.re))
      out.push({ kind: r.kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

// A statement is the kind of last resort: any other kind stated in the same text wins.
const WEAK = new Set<EventKind>(["diplomacy.statement"]);

/** The kind the texts state most, weighted; null when none is stated. */
export function kindOfTexts(
  texts: { text: string; weight: number }[],
  lang?: string | null,
): { kind: EventKind; cues: string[] } | null {
  const votes = new Map<EventKind, { w: number; cues: string[]; first: number }>();
  let order = 0;
  for (const { text, weight } of texts) {
    for (const c of findKindCues(text, lang)) {
      const v = votes.get(c.kind) ?? { w: 0, cues: [], first: order++ };
      v.w += weight * (WEAK.has(c.kind) ? 0.5 : 1);
      v.cues.push(c.text);
      votes.set(c.kind, v);
    }
  }
  const best = [...votes.entries()].sort((a, b) => b[1].w - a[1].w || a[1].first - b[1].first)[0];
  return best ? { kind: best[0], cues: best[1].cues } : null;
}
