// Passive voice per language: "X was sanctioned by Y", "X fue sancionado por Y", "X a été
// condamné par Y", "X foi condenado pelo Y", "X è stato arrestato dai Y", "X wurde von Y
// gewählt". In a passive clause the grammatical subject is acted on and the agent acts, so
// word order alone gives the roles backwards.

// Auxiliary + optional adverb + participle. `strong` auxiliaries are passive on their own; the
// others ("est", "es", "è", "é") also build perfect tenses and copulas, so they count only with
// an agent after them.
const group = (aux: string, adverb: string, participle: string) =>
  new RegExp(
    `(?<![\\p{L}])(?:${aux})\\s+(?:\\p{L}+${adverb}\\s+)?\\p{L}+(?:${participle})(?![\\p{L}])`,
    "giu",
  );
const STRONG: RegExp[] = [
  group("was|were|has been|have been|had been|is being|are being|been", "ly", "ed|en|wn|ght"),
  group(
    "fue|fueron|ha sido|han sido|había sido|habían sido|será|serán",
    "mente",
    "ad[oa]s?|id[oa]s?|ch[oa]s?|st[oa]s?|ert[oa]s?",
  ),
  group(
    "foi|foram|tem sido|têm sido|tinha sido|será|serão",
    "mente",
    "ad[oa]s?|id[oa]s?|ss[oa]s?|st[oa]s?|eit[oa]s?",
  ),
  group(
    "a été|ont été|avait été|avaient été|sera|seront|fut|furent",
    "ment",
    "ée?s?|ie?s?|ue?s?|te?s?|se?s?",
  ),
  group(
    "(?:è|e['’]|sono|era|erano|sarà|saranno)\\s+stat[oaie]|fu|furono|viene|vengono|venne|vennero",
    "mente",
    "at[oaie]|it[oaie]|ut[oaie]|s[oaie]|t[oaie]",
  ),
  // German puts the participle last, the agent between ("wurde am Montag von … gewählt").
  /(?<![\p{L}])(?:wurde|wurden|worden)(?![\p{L}])/giu,
];
// An English headline drops the auxiliary: "Meles Alem reappointed as Spokesperson",
// "Official sanctioned by the Treasury". "Served as" has the same shape, so this one counts only
// on the event's own word, right after the actor it is about.
const REDUCED = /(?<![\p{L}])\p{L}+ed(?=\s+(?:as|by)\s)/gu;
const WEAK: RegExp[] = [
  group("is|are|be", "ly", "ed|en"),
  group("es|son", "mente", "ad[oa]s?|id[oa]s?"),
  group("é|são", "mente", "ad[oa]s?|id[oa]s?"),
  group("est|sont", "ment", "ée?s?|ie?s?|ue?s?"),
  group("è|sono", "mente", "at[oaie]|it[oaie]|ut[oaie]"),
  /(?<![\p{L}])(?:wird|werden)(?![\p{L}])/giu,
];

// The agent's preposition per language (Portuguese "da" is "of the", Italian "da" is "by"),
// with an article, then up to three words (a title: "par le Premier ministre", "por el
// presidente") before the name.
const AGENT_PREP: Record<string, string> = {
  en: "by",
  es: "por",
  pt: "por|pelos?|pelas?",
  fr: "par",
  it: "da|dal|dallo|dalla|dai|dagli|dalle|dall['’]",
  de: "von|vom|durch",
};
const ARTICLE =
  "(?:(?:the|el|la|los|las|le|les|l['’]|o|a|os|as|il|lo|i|gli|der|die|das|dem|den|des)\\s+)?";
const agentCache = new Map<string, RegExp>();
function agentRe(lang: string | null | undefined): RegExp {
  const key = lang && AGENT_PREP[lang] ? lang : "";
  let re = agentCache.get(key);
  if (!re) {
    const preps = key
      ? (AGENT_PREP[key] as string)
      : Object.entries(AGENT_PREP)
          .filter(([l]) => l !== "it")
          .map(([, p]) => p)
          .join("|");
    re = new RegExp(
      `^[^,;:.]{0,60}?(?<![\\p{L}])(?:${preps})\\s+${ARTICLE}(?:\\p{L}+\\s+){0,3}?$`,
      "iu",
    );
    agentCache.set(key, re);
  }
  return re;
}

/**
 * A passive verb group: where its auxiliary starts, where it ends, whether the auxiliary is
 * passive on its own (`strong`), and whether it is a headline's bare participle (`reduced`).
 */
export type Passive = { start: number; end: number; strong: boolean; reduced?: boolean };

/** Passive verb groups in a sentence, in order. */
export function findPassives(text: string): Passive[] {
  const out: Passive[] = [];
  for (const [list, strong] of [
    [STRONG, true],
    [WEAK, false],
  ] as const) {
    for (const re of list) {
      for (const m of text.matchAll(re)) {
        if (out.some((p) => p.start < m.index + m[0].length && m.index < p.end)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, strong });
      }
    }
  }
  for (const m of text.matchAll(REDUCED)) {
    if (out.some((p) => p.start < m.index + m[0].length && m.index < p.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, strong: true, reduced: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * True when the text between a passive verb group and a mention reads as the agent phrase
 * ("… condamné par le Premier ministre ", "… arrestato a Borgotaro nella notte dai ").
 */
export function isAgentPhrase(between: string, lang?: string | null): boolean {
  return agentRe(lang).test(between);
}

// Prepositions per language (lowercase), by what they make of the actor after them. An actor
// after a preposition is never the clause's subject.
const COMITATIVE = "with|con|com|avec|mit";
const BETWEEN = "between|entre|tra|fra|zwischen";
const LOCATIVE = "in|at|en|em|no|na|nos|nas|dans|nel|nella|nei|nelle|im|auf";
// Spanish and Portuguese "a" / "al" / "ao" also mark a person as the object ("acusaron a Rusia
// de lanzar…"), so they do not count.
const GENITIVES = "of|de|del|du|des|d|do|da|dos|das|di|della|dei|degli|delle|dello|von|vom";
const OTHER_PREPS = `${GENITIVES}|on|to|from|for|against|into|after|before|over|about|among|toward|towards|contra|para|desde|hacia|sobre|tras|à|au|aux|contre|pour|sur|vers|chez|pelo|pela|alla|ai|agli|per|su|sul|sulla|gegen|für|an|am|aus|bei|nach|zu|zum|zur|über|wegen|seit|unter|vor`;
// "The Government of Ethiopia", "las autoridades de Venezuela", "die Regierung von Mali": after
// a body's or an office's word the genitive names who that body is, so the actor heads the
// subject.
const HEAD_BEFORE_GENITIVE = new RegExp(
  `(?:^|[\\s(])(?:government|gobierno|gouvernement|governo|regierung|authorities|autoridades|autorités|autorità|behörden|ministry|ministerio|ministère|ministério|ministero|ministerium|army|ejército|armée|exército|esercito|armee|forces|fuerzas|forças|forze|streitkräfte|police|policía|polícia|polizia|polizei|parliament|parlamento|parlement|parlament|people|pueblo|peuple|povo|popolo|volk|leaders?|líderes|dirigeants|leader)\\s+(?:${GENITIVES})(?:\\s+|['’])(?:(?:the|la|le|l|el|los|las|o|a|os|as|il|lo|der|die|das|dem|den)(?:\\s+|['’]))?(?:\\p{L}+\\s+)?$`,
  "iu",
);
const ARTICLES =
  "the|a|an|el|la|los|las|un|una|le|les|l|o|os|as|um|uma|il|lo|i|gli|der|die|das|den|dem|des|ein|eine|einer|einem|einen";
const prepRe = (preps: string) =>
  new RegExp(
    `(?:^|[\\s(])(?:${preps})(?:\\s+|['’])(?:(?:${ARTICLES})(?:\\s+|['’]))?(?:\\p{Ll}+\\s+)?$`,
    "iu",
  );
const PREP_KINDS: [PrepKind, RegExp][] = [
  ["comitative", prepRe(COMITATIVE)],
  ["between", prepRe(BETWEEN)],
  ["locative", prepRe(LOCATIVE)],
  ["other", prepRe(OTHER_PREPS)],
];

/** What a preposition before an actor makes of it. */
export type PrepKind = "comitative" | "between" | "locative" | "other";

/**
 * The preposition governing a mention that starts right after `before` ("gegen die ",
 * "con il ", "des russischen " after "wegen"), or null when the mention stands bare, as a
 * subject does. One lowercase word (an adjective: "des russischen") may stand between.
 * `mentionKind` is the actor's kind: a body's word before a genitive makes a country or person
 * after it the head ("The Government of Ethiopia"), never an organisation.
 */
export function prepositionBefore(before: string, mentionKind?: string): PrepKind | null {
  const tail = before.slice(-40);
  // Only a country or a person heads it: "ministère des Affaires étrangères" is one name.
  if (mentionKind !== "organization" && mentionKind !== "group" && HEAD_BEFORE_GENITIVE.test(tail))
    return null;
  for (const [kind, re] of PREP_KINDS) if (re.test(tail)) return kind;
  return null;
}

// "X and Y" in each language, after "between X".
export const AND_BEFORE =
  /(?:^|\s)(?:and|y|e|ed|et|und)\s+(?:(?:the|la|le|il|l|el|o|a|die|der|das)(?:\s+|['’]))?$/iu;
