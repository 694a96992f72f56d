// Named entities beyond the gazetteer: people, organisations and groups found in the text itself,
// by shape, in any of the six languages. Three signals, strongest first:
//   1. a title before a name ("Secretary of State Antony Blinken", "el presidente Petro",
//      "le ministre Le Drian", "o presidente Lula", "Bundeskanzler Scholz", "il premier Conte");
//   2. an organisation word inside a capitalised span ("Ministry of Foreign Affairs",
//      "Tribunal Superior Eleitoral", "Fuerza Aérea", "Protezione civile");
//   3. an acronym (STF, PGR, INGV, HTS) or a run of two or more capitalised words mid-sentence
//      ("Galilea Montijo", "Truth Social").
// German capitalises every noun, so there a single capitalised word is never an entity by shape.
import type { ActorKind } from "@factline/domain";

/** An entity span found in a text. */
export type EntitySpan = {
  text: string;
  start: number;
  end: number;
  kind: ActorKind;
  /** Which signal found it. */
  via: "title" | "org_word" | "acronym" | "span";
};

// Titles (lowercase, matched case-insensitively) that introduce a person's name.
const TITLES = [
  // en
  "president",
  "vice president",
  "prime minister",
  "minister",
  "foreign minister",
  "secretary of state",
  "secretary",
  "chancellor",
  "senator",
  "governor",
  "mayor",
  "ambassador",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "general",
  "king",
  "queen",
  "pope",
  "judge",
  "chief",
  "leader",
  "director",
  "rep.",
  "sen.",
  "gov.",
  "gen.",
  "dr.",
  "mr.",
  "mrs.",
  "ms.",
  // es
  "presidente",
  "presidenta",
  "vicepresidente",
  "vicepresidenta",
  "ministro",
  "ministra",
  "canciller",
  "alcalde",
  "alcaldesa",
  "senador",
  "senadora",
  "senado",
  "gobernador",
  "gobernadora",
  "embajador",
  "embajadora",
  "portavoz",
  "rey",
  "reina",
  "papa",
  "juez",
  "jueza",
  "diputado",
  "diputada",
  "líder",
  "conductora",
  "conductor",
  // fr
  "président",
  "présidente",
  "premier ministre",
  "ministre",
  "chancelier",
  "maire",
  "sénateur",
  "ambassadeur",
  "porte-parole",
  "général",
  "roi",
  "reine",
  "juge",
  "député",
  "m.",
  "mme",
  // pt
  "presidente",
  "primeiro-ministro",
  "primeira-ministra",
  "ministro",
  "ministra",
  "prefeito",
  "prefeita",
  "governador",
  "governadora",
  "embaixador",
  "porta-voz",
  "deputado",
  "deputada",
  "juiz",
  "juíza",
  "rei",
  "primeira-dama",
  "atriz",
  "ator",
  // de
  "präsident",
  "präsidentin",
  "bundeskanzler",
  "bundeskanzlerin",
  "kanzler",
  "kanzlerin",
  "bundespräsident",
  "bundespräsidentin",
  "minister",
  "ministerin",
  "außenminister",
  "außenministerin",
  "innenminister",
  "innenministerin",
  "ministerpräsident",
  "ministerpräsidentin",
  "bürgermeister",
  "bürgermeisterin",
  "botschafter",
  "botschafterin",
  "sprecher",
  "sprecherin",
  "general",
  "könig",
  "königin",
  "papst",
  "richter",
  "richterin",
  "herr",
  "frau",
  // it
  "premier",
  "presidente del consiglio",
  "ministro",
  "ministra",
  "sindaco",
  "sindaca",
  "senatore",
  "senatrice",
  "ambasciatore",
  "ambasciatrice",
  "portavoce",
  "generale",
  "re",
  "regina",
  "papa",
  "segretario di stato",
  "vicepresidente",
  "deputato",
  "deputata",
  // ru
  "президент",
  "премьер-министр",
  "министр",
  "губернатор",
  "мэр",
  "посол",
  "глава",
  "пресс-секретарь",
  "спикер",
  // pl
  "prezydent",
  "premier",
  "minister",
  "marszałek",
  "wojewoda",
  "burmistrz",
  "ambasador",
  "rzecznik",
];

// Words that make a capitalised span an organisation.
const ORG_WORDS =
  "ministry|ministerio|ministère|ministério|ministerium|ministero|council|consejo|conseil|conselho|rat|consiglio|court|tribunal|gericht|tribunale|corte|supremo|party|partido|parti|partei|partito|bank|banco|banque|banca|agency|agencia|agence|agência|agentur|agenzia|commission|comisión|commissione|kommission|comissão|assembly|asamblea|assemblée|assembleia|army|ejército|armée|exército|armee|esercito|government|gobierno|gouvernement|governo|regierung|parliament|parlamento|parlement|congress|congreso|congrès|congresso|kongress|police|policía|polícia|polizei|polizia|force|forces|fuerza|fuerzas|force|forças|forze|office|oficina|bureau|büro|ufficio|union|unión|união|unione|organization|organisation|organización|organização|organizzazione|institute|instituto|institut|istituto|committee|comité|comitê|komitee|comitato|department|departamento|département|procuradoria|fiscalía|protezione|protección|proteção|association|asociación|associação|associazione|federation|federación|fédération|federação|federazione|front|frente|movement|movimiento|mouvement|movimento|bewegung|senate|senado|sénat|senato|senat";
const ORG_SET = new Set(ORG_WORDS.split("|"));
const ORG_WORD = { test: (w: string) => ORG_SET.has(w.toLowerCase()) };

// German writes a body as one compound whose last part says what it is ("Bundesregierung",
// "US-Regierung", "Innenministerium", "Bundesverfassungsgericht", "Staatsanwaltschaft"): a
// capitalised word with such an ending is an organisation, even opening a sentence.
const DE_ORG_END =
  /^[\p{L}-]{3,}(?:regierung|ministerium|gericht|gerichtshof|polizei|kommission|partei|behörde|anwaltschaft|parlament|armee|streitkräfte|ausschuss|verband)$/u;
/** True for a German compound that names a body by its last part. */
export const isGermanCompoundOrg = (w: string) =>
  /^\p{Lu}/u.test(w) && DE_ORG_END.test(w.toLowerCase());

// Connectors allowed inside a name ("Ministry of Foreign Affairs", "Lula da Silva").
const CONNECTORS = new Set(
  "of|the|for|and|de|del|de la|des|du|da|do|dos|das|di|della|dello|degli|von|van|der|für|e|y|et|al|bin|ibn".split(
    "|",
  ),
);
const CONNECTOR = { test: (w: string) => CONNECTORS.has(w.toLowerCase()) };
const COORDINATOR = { test: (w: string) => /^(?:and|e|y|et|und)$/i.test(w) };

// Capitalised words that open sentences or headlines and name nothing.
const FUNCTION_WORDS = new Set(
  (
    "the a an this that these those it its in on at for from by with as but and or if when while after before since " +
    "el la los las un una unos unas este esta estos estas ese esa en con por para pero y o si cuando tras " +
    "le les un une des ce cette ces il elle ils elles dans sur pour par avec mais et ou si quand après avant " +
    "o a os as um uma uns umas este esta esse essa em no na nos nas com por para mas e ou se quando após " +
    "der die das ein eine einer eines dem den des im am zum zur mit von für aber und oder wenn als nach vor " +
    "wie bei statt laut über unter seit gegen auch doch come " +
    "il lo la i gli le un uno una questo questa nel nella con per ma e o se quando dopo prima " +
    "i we you he she they we our my his her their there here what why how who which " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december"
  ).split(" "),
);

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?/gu;
// Whether a code unit is a capital (it has a lowercase form and is its own uppercase), looked up
// once per code unit: this runs for every token of every sentence.
const UPPER = new Int8Array(0x10000);
const upperFirst = (s: string) => {
  const code = s.charCodeAt(0);
  let v = UPPER[code] as number;
  if (v === 0) {
    const c = s[0] as string;
    v = c !== c.toLowerCase() && c === c.toUpperCase() ? 1 : -1;
    UPPER[code] = v;
  }
  return v === 1;
};
const isAcronym = (s: string) => /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(s.replace(/\.$/, ""));

const TITLE_SET = new Set(TITLES.map((t) => t.replace(/\.$/, "")));

type Tok = { text: string; start: number; end: number };

const SURNAME_PARTICLE = /^(?:Le|La|De|Di|Da|Du|Del|Della|Van|Von|Dos|Das)$/;

// The lowercase noun of a region after its capitalised adjective ("Самарской области",
// "Краснодарского края").
const REGION_NOUN =
  /^(?:области|края|республики|округа|района|города|region|province|county|state|województwa|powiatu|regione|provincia|región|région)$/;

/**
 * Whether token `k` and up to one more are a region's noun with a name of two capitalised
 * words after them: what follows "Губернатор Самарской" is "области Вячеслав Федорищев".
 */
function regionThenName(toks: Tok[], text: string, k: number): boolean {
  const gap = (a: number) =>
    /^[ \u00a0]$/.test(text.slice((toks[a - 1] as Tok).end, (toks[a] as Tok).start));
  if (k + 2 >= toks.length || !REGION_NOUN.test((toks[k] as Tok).text) || !gap(k)) return false;
  const a = toks[k + 1] as Tok;
  const b = toks[k + 2] as Tok;
  return gap(k + 1) && gap(k + 2) && upperFirst(a.text) && upperFirst(b.text);
}

/** Entity spans in `text` (offsets plus `offset`). `lang` is the page's language, if known. */
export function findEntities(text: string, lang?: string | null, offset = 0): EntitySpan[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    // A hashtag or a handle ("#Presidentielle2017", "@Zam_Zonite") is not a name.
    if (/[#@_]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    let t = m[0];
    if (t.endsWith(".") && !isAcronym(t) && !/\..+\.$/.test(t)) t = t.slice(0, -1);
    toks.push({ text: t, start: m.index, end: m.index + t.length });
  }
  const out: EntitySpan[] = [];
  const taken = new Set<number>();
  const nounCaps = lang === "de";
  // A title just before the span ("el presidente", "Bundeskanzler", "secretary of state"):
  // up to four lowercase words looked up in the title set.
  const afterTitle = (i: number) => {
    let words = "";
    for (let n = 1; n <= 4 && i - n >= 0; n++) {
      const t = toks[i - n] as Tok;
      const gap = text.slice(t.end, (toks[i - n + 1] as Tok).start);
      if (!/^[ ,]{1,2}$/.test(gap)) return false;
      words = n === 1 ? t.text.toLowerCase() : `${t.text.toLowerCase()} ${words}`;
      if (TITLE_SET.has(words)) return true;
    }
    return false;
  };
  const sentenceStart = (i: number) => {
    if (i === 0) return true;
    const between = text.slice((toks[i - 1] as Tok).end, (toks[i] as Tok).start);
    return /[.!?:;]\s*["“«]?\s*$|^\s*[–—-]\s*$|\n/.test(between);
  };
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i] as Tok;
    if (!upperFirst(first.text)) continue;
    // Extend over capitalised words and connectors between them.
    let j = i;
    let k = i + 1;
    while (k < toks.length) {
      const t = toks[k] as Tok;
      const gap = text.slice((toks[k - 1] as Tok).end, t.start);
      if (!/^[ \u00a0]$|^ ?-$/.test(gap)) break;
      if (upperFirst(t.text)) {
        j = k;
        k++;
        continue;
      }
      // A connector counts only when a capitalised word follows it. "and" / "et" / "y" joins
      // two names ("Macron et Le Pen") unless a body's name holds it ("Ministry of Trade and
      // Industry").
      let c = k;
      while (c < toks.length && CONNECTOR.test((toks[c] as Tok).text) && c - k < 2) c++;
      const coordinates = toks.slice(k, c).some((t) => COORDINATOR.test(t.text));
      const inBody = toks.slice(i, k).some((t) => ORG_WORD.test(t.text));
      if (coordinates && !inBody) break;
      // German joins two nouns by a bare genitive article ("Aufweichen der Sanktionen", "Ende
      // des Krieges"): a noun phrase, not a name, unless a body's word is in it
      // ("Bundesministerium der Finanzen"); "von der Leyen" keeps its particle.
      const genitive =
        nounCaps && c === k + 1 && /^(?:der|des)$/.test((toks[k] as Tok).text) && !inBody;
      if (genitive && !(c < toks.length && isGermanCompoundOrg((toks[c] as Tok).text))) break;
      if (c > k && c < toks.length && upperFirst((toks[c] as Tok).text)) {
        k = c;
        continue;
      }
      break;
    }
    const span = toks.slice(i, j + 1);
    // Leading function words ("The", "La") are not part of the name, except a particle written
    // with a capital mid-sentence: it opens a surname ("Le Pen", "Le Maire", "De Luca").
    const particle =
      span.length >= 2 && !sentenceStart(i) && SURNAME_PARTICLE.test((span[0] as Tok).text);
    while (!particle && span.length > 0 && FUNCTION_WORDS.has((span[0] as Tok).text.toLowerCase()))
      span.shift();
    let startTok = i + (j + 1 - i - span.length);
    i = j;
    // A capitalised title heading the span ("Secretary of State Antony Blinken", "U.S.
    // President Donald Trump") is cut off: the name is what follows it.
    let titledHere = false;
    // "Губернатор Самарской области Вячеслав Федорищев": a title with the region it governs,
    // then the name; the person is the name, which the next span finds.
    if (
      span.length === 2 &&
      TITLE_SET.has((span[0] as Tok).text.toLowerCase()) &&
      regionThenName(toks, text, j + 1)
    )
      continue;
    for (let n = span.length - 1; n >= 1; n--) {
      const head = span.slice(0, n).map((t) => t.text.toLowerCase());
      const next = (span[n] as Tok).text;
      if (!upperFirst(next) || CONNECTOR.test(next)) continue;
      if (head.some((_, h) => TITLE_SET.has(head.slice(h).join(" ")))) {
        span.splice(0, n);
        startTok += n;
        titledHere = true;
        break;
      }
    }
    // "Wahl von Angela Merkel", "L’élection de Donald Trump": a common noun joined by a
    // connector to a name of two or more words is not part of the name. An organisation
    // ("Ministry of Foreign Affairs") keeps its connector.
    if (!titledHere && !span.some((t) => ORG_WORD.test(t.text))) {
      const c = span.findIndex((t, n) => n > 0 && CONNECTOR.test(t.text));
      const rest = c > 0 ? span.slice(c + 1).filter((t) => !CONNECTOR.test(t.text)) : [];
      if (c > 0 && c <= 2 && rest.length >= 2 && rest.every((t) => upperFirst(t.text))) {
        span.splice(0, c + 1);
        while (span.length > 0 && CONNECTOR.test((span[0] as Tok).text)) span.shift();
        startTok = toks.indexOf(span[0] as Tok);
      }
    }
    // German capitalises the nouns before a body too ("Trotz Truppenabzug Bundesregierung"):
    // the name starts at the compound.
    // It ends there too, unless a genitive names its field ("Bundesministerium der Finanzen"):
    // "US-Regierung Sanktionen" is the body and the noun after it.
    if (nounCaps) {
      const at = span.findIndex((t) => isGermanCompoundOrg(t.text));
      if (at > 0) {
        span.splice(0, at);
        startTok += at;
      }
      const next = span[at >= 0 ? 1 : 0];
      if (at >= 0 && next && !CONNECTOR.test(next.text)) span.splice(1);
    }
    if (span.length === 0) continue;
    // "в Самарской области": one capitalised word before a region's noun
    // names the region, a place and not an actor.
    const after = toks[j + 1];
    if (
      span.length === 1 &&
      after &&
      REGION_NOUN.test(after.text) &&
      /^[ \u00a0]$/.test(text.slice((span[0] as Tok).end, after.start))
    )
      continue;
    const s = (span[0] as Tok).start;
    const e = (span[span.length - 1] as Tok).end;
    const surface = text.slice(s, e);
    const words = span.map((t) => t.text);
    const compoundOrg = nounCaps && words.some(isGermanCompoundOrg);
    const orgWord = compoundOrg || words.some((w) => ORG_WORD.test(w));
    const acronym = span.length === 1 && isAcronym(words[0] as string);
    const titled = titledHere || afterTitle(startTok);
    const atStart = sentenceStart(startTok);
    let via: EntitySpan["via"] | null = null;
    if (titled) via = "title";
    else if (orgWord && (span.length > 1 || !atStart || compoundOrg)) via = "org_word";
    else if (acronym) via = "acronym";
    else if (span.length >= 2 && !(atStart && span.length === 2 && nounCaps)) via = "span";
    else if (!atStart && !nounCaps && span.length === 1 && (words[0] as string).length > 2)
      via = "span";
    if (!via) continue;
    if (taken.has(s)) continue;
    taken.add(s);
    const kind: ActorKind =
      via === "title"
        ? "person"
        : orgWord || acronym
          ? "organization"
          : span.length >= 2
            ? "person"
            : "organization";
    out.push({ text: surface, start: offset + s, end: offset + e, kind, via });
  }
  return out;
}

// A genitive after a title ("presidente de", "ministro do", "President of the") and the article.
const TITLE_TAIL =
  /(?:\s+(?:of|de|del|do|da|dos|das|du|des|di|della|dello|dei|von|der|des)(?:\s+(?:the|la|le|l['’]|el|los|las|o|a|os|as|il|lo|gli))?)?\s*$/iu;

/**
 * True when `before` ends with a title, optionally with its genitive ("El presidente de ",
 * "O ministro do ", "Il premier ", "U.S. President "): what follows it qualifies the title, and
 * the name after them is the person.
 */
export function endsWithTitle(before: string): boolean {
  const head = before.replace(TITLE_TAIL, "");
  const words = head.toLowerCase().split(/\s+/).filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    if (TITLE_SET.has(words.slice(-n).join(" ").replace(/\.$/, ""))) return true;
  }
  return false;
}

/** True when a name is a title alone, without the person's name ("Health Minister"). */
export function isTitleOnly(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 1 && TITLE_SET.has((words[words.length - 1] as string).replace(/\.$/, ""));
}
