// Check-worthiness: a transparent additive score over features a reviewer can read back
// ("has a date", "hedge:could"). Weights are data; the features that fired travel with the claim.
import type {
  Assertion,
  ClaimFeature,
  CleanedParagraph,
  EmbeddedPost,
  SentenceAnalysis,
} from "@factline/domain";
import { isNewActor } from "./actors";
import { type ClaimDocument, claimDocument, nameKey, stopwordsOf } from "./claim-document";
import { findEntities } from "./entities";
import { inPastTense } from "./lang/tense";
import { cueByName } from "./modality";
import { ACTION, findTriggers, REPORTING } from "./triggers";

/** Feature weights of the check-worthiness score. */
export const CLAIM_WEIGHTS = {
  base: 0.25,
  actor: 0.2,
  severalActors: 0.05,
  entity: 0.15,
  name: 0.15,
  dayDate: 0.25,
  date: 0.15,
  number: 0.15,
  predicate: 0.15,
  statement: 0.1,
  pastTense: 0.1,
  reporting: 0.05,
  assertion: 0.1,
  quotedPost: 0.05,
  hedgeStrong: -0.4,
  hedgeWeak: -0.3,
  opinionStrong: -0.45,
  opinionWeak: -0.2,
  predictionStrong: -0.4,
  predictionWeak: -0.3,
  question: -0.6,
  headingWithoutPredicate: -0.2,
  headlineClause: 0.1,
  noDetail: -0.3,
  truncated: -0.5,
  quoteFragment: -0.2,
  chatter: -0.2,
  time: 0.1,
  short: -0.2,
  firstPerson: -0.5,
  introducesQuote: -0.1,
  aside: -0.5,
  lede: 0.05,
} as const;

/** Sentences at or above this score are candidate claims on their own. */
export const CLAIM_THRESHOLD = 0.6;

// Nouns naming an event: a heading built only on one ("The Context of Russia's Recognition")
// states nothing.
const NOMINAL_TRIGGER =
  /^(?:recognition|acknowledgment|takeover|withdrawal|pullout|invasion|attacks?|agreement|treaty|accord|meeting|summit|elections?|appointment|legislation|protests?|ceasefire|cease-fire|truce|sanctions?|coup|bombings?|the events of|referendum|demonstrations?|announcement|statement)$/i;

const NUMBER = /(?<![\p{L}])\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|thousand))?/gu;

// Weekdays and "yesterday/today" in the six languages (dates.ts resolves them only when the
// article's date is known). Per language: the French "hier" is the German "here".
const TIME_WORD_LISTS: Record<string, string> = {
  en: "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last night",
  es: "lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|anoche",
  fr: "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui",
  pt: "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|ontem|hoje",
  de: "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|freitagabend",
  it: "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|stanotte",
};
const timeWordsRe = (list: string) => new RegExp(`(?<![\\p{L}])(?:${list})(?![\\p{L}])`, "iu");
const TIME_WORDS_BY_LANG = new Map(
  Object.entries(TIME_WORD_LISTS).map(([code, list]) => [code, timeWordsRe(list)]),
);
const TIME_WORDS_ANY = timeWordsRe(Object.values(TIME_WORD_LISTS).join("|"));

// A speaker talking of themselves ("Je me félicite…", "Wir erwarten…", "I do not give…") states a
// stance or feeling, not a checkable fact — unless a quote closes and is attributed ("« … », a
// annoncé le chef de l'Etat"), which reports who said what. Quotes in another language than the
// page's are common, so every language's pronouns count; an acronym ("EU-Innenkommissarin") is
// not the Portuguese "eu".
const FIRST_PERSON = new RegExp(
  `^["“«„‘'\\s]*(${[
    "i|i'm|i've|we|we're|we've",
    "yo|nosotros|nosotras",
    "je|j['’]\\p{L}+|nous",
    "eu|nós",
    "ich|wir",
    "io|noi",
  ].join("|")})(?![\\p{L}-])`,
  "iu",
);
const speaksForThemselves = (text: string): boolean => {
  const m = FIRST_PERSON.exec(text);
  const word = m?.[1] ?? "";
  return m !== null && (word.length === 1 || word !== word.toUpperCase());
};
const ATTRIBUTED_QUOTE = /["”»“]\s*[,–—-]/u;
// A speaker named before the quote opens ("Rodríguez afirmó: “Retomamos…").
const QUOTE_LEAD = /\p{L}[^"“„«]*:\s*["“„«]/u;
// A sentence ending in a colon introduces a quote or a list; the quote is the statement.
const INTRODUCES = /:\s*["“«„]?$/u;
// A whole sentence in brackets is an aside ("(Read more about our partnership with Facebook.)").
const ASIDE = /^\s*[([].*[)\]][.!]?\s*$/su;

const CHATTER = /(?<![\p{L}\p{N}&])#\p{L}[\p{L}\p{N}_]*|\p{Extended_Pictographic}/u;

// Quoted words: a cue that fires only inside them is the quoted speaker's, and the sentence
// reports it ("… sont \"brutales\" et \"injustifiées\", a dénoncé la Maison Blanche").
const QUOTED = /[“„«"][^“”„«»"]*[”“»"]/gu;
// A sentence ends as sentences end (a colon ends one that introduces a quote or a list).
const ENDS_SENTENCE = /[.!…:]["”’»)]*$/;
const ENDS_COMPLETE = /[.!?…:]["”’»)\]]*\s*$/;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** A scored sentence. */
export type ScoredSentence = {
  sentence: SentenceAnalysis;
  paragraph: CleanedParagraph;
  post: EmbeddedPost | undefined;
  lang: string | null | undefined;
  score: number;
  features: ClaimFeature[];
  predicate: string | null;
  assertion: Assertion | null;
  embeddedPostIndex: number | null;
  eligible: boolean;
  /** False for a post's own sentences: a post is evidence for an article's claim, not one. */
  standalone: boolean;
};

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Scores one sentence for check-worthiness. */
export function scoreSentence(
  sentence: SentenceAnalysis,
  paragraph: CleanedParagraph,
  post: EmbeddedPost | undefined,
  lang?: string | null,
  doc?: ClaimDocument,
): ScoredSentence {
  const W = CLAIM_WEIGHTS;
  const features: ClaimFeature[] = [{ name: "base", weight: W.base }];
  const text = sentence.text;
  // Actors the gazetteer or the database know; a new one (a named entity found in the text) is
  // a checkable detail too, weighed a little less.
  const known = sentence.actors.filter((a) => !isNewActor(a));
  const actorKeys = new Set(known.map((a) => a.key));
  if (actorKeys.size > 0) features.push({ name: "actor", weight: W.actor });
  if (actorKeys.size > 1) features.push({ name: "several_actors", weight: W.severalActors });
  const entity =
    actorKeys.size === 0
      ? (sentence.actors[0]?.text ??
        (lang === undefined ? findEntities(text, lang)[0]?.text : undefined))
      : undefined;
  if (entity) features.push({ name: `entity:${entity}`, weight: W.entity });
  // A word the page capitalises in mid-sentence names someone even where it opens this one.
  const named =
    actorKeys.size === 0 && !entity && doc
      ? [...text.matchAll(TOKEN)].map((m) => nameKey(m[0])).find((w) => doc.names.has(w))
      : undefined;
  if (named) features.push({ name: `name:${named}`, weight: W.name });
  const dayDates = sentence.dates.filter((d) => d.date.precision === "day");
  if (dayDates.length > 0)
    features.push({ name: `date:${dayDates[0]?.date.value}`, weight: W.dayDate });
  else if (sentence.dates.length > 0)
    features.push({ name: `date:${sentence.dates[0]?.date.value}`, weight: W.date });
  // Numbers outside the dates (a year is a date, not a quantity).
  const local = (i: number) => i + sentence.start;
  const numbers = [...text.matchAll(NUMBER)].filter(
    (m) => !sentence.dates.some((d) => local(m.index) >= d.start && local(m.index) < d.end),
  );
  if (numbers.length > 0) features.push({ name: "number", weight: W.number });
  const triggers = findTriggers(text);
  const predicate = triggers.find((t) => t.trigger.predicate !== "statement") ?? triggers[0];
  if (predicate)
    features.push({ name: `predicate:${predicate.text.toLowerCase()}`, weight: W.predicate });
  const wordCount = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const heading = paragraph.kind === "heading" || paragraph.kind === "title";
  // A title or heading that is a whole sentence (the lede on the first line) reads as prose.
  const prose = wordCount >= 6 && ENDS_SENTENCE.test(text);
  // The verb lists are English: "dies" is German for "this", "embargo" opens "Sin embargo".
  const english = !lang || lang === "en" || lang === "und";
  const reporting = english ? REPORTING.exec(text) : null;
  const action = predicate || !english ? null : ACTION.exec(text);
  if (reporting && !predicate)
    features.push({ name: `reporting_verb:${reporting[0].toLowerCase()}`, weight: W.predicate });
  else if (reporting)
    features.push({ name: `reporting_verb:${reporting[0].toLowerCase()}`, weight: W.reporting });
  else if (action)
    features.push({ name: `action_verb:${action[0].toLowerCase()}`, weight: W.predicate });
  // In any language: a whole sentence of prose (six words or more, ending as sentences end) in
  // a paragraph states something; its verb is the predicate even when no rule names it.
  else if (prose) features.push({ name: "statement", weight: W.statement });
  // A reported event is told in the past tense; a stance, a description or a plan is not.
  if (inPastTense(text, lang)) features.push({ name: "past_tense", weight: W.pastTense });
  const decisive = sentence.modalityCues[0];
  const cue = cueByName(decisive);
  const quotedOnly =
    (sentence.modality === "opinion" || sentence.modality === "hedged") &&
    onlyInsideQuotes(sentence);
  switch (quotedOnly ? "quoted" : sentence.modality) {
    case "quoted":
      // The stance is the quoted speaker's; the sentence reports who said it.
      features.push({ name: `quoted_stance:${decisive}`, weight: 0 });
      break;
    case "assertion":
      features.push({ name: "modality:assertion", weight: W.assertion });
      break;
    case "question":
      features.push({ name: `question:${decisive}`, weight: W.question });
      break;
    case "hedged":
      features.push({
        name: decisive ?? "hedge",
        weight: cue?.strength === "weak" ? W.hedgeWeak : W.hedgeStrong,
      });
      break;
    case "opinion":
      features.push({
        name: decisive ?? "opinion",
        weight: cue?.strength === "weak" ? W.opinionWeak : W.opinionStrong,
      });
      break;
    case "prediction":
      features.push({
        name: decisive ?? "prediction",
        weight: cue?.strength === "weak" ? W.predictionWeak : W.predictionStrong,
      });
      break;
  }
  // A bullet without a full stop is a headline too ("- Biden verurteilt Angriffe…").
  const telegraphic = heading || (paragraph.kind === "list_item" && !ENDS_COMPLETE.test(text));
  if (telegraphic && !prose) {
    // A headline states something when it has a verb: one the trigger rules know, or, in any
    // language, a name followed by a word that is not a stopword ("Poutine vise Kharkiv",
    // "Lula diz que…"). A topic ("Außenminister Steinmeier zum Anschlag in Tunis") has none.
    // A heading that ends on a stopword ("… comunica che", "… alle ore") is a line broken
    // mid-sentence, not a headline.
    const last = [...text.matchAll(TOKEN)].at(-1)?.[0].toLowerCase() ?? "";
    const broken = stopwordsOf(lang).has(last);
    const verbal =
      !broken &&
      (triggers.some((t) => !NOMINAL_TRIGGER.test(t.text)) ||
        action !== null ||
        reporting !== null ||
        headlineClause(sentence, lang, doc));
    if (verbal) features.push({ name: "headline_clause", weight: W.headlineClause });
    else features.push({ name: "heading_without_predicate", weight: W.headingWithoutPredicate });
  }
  // A day named without a full date ("on Thursday", "lundi", "na quinta-feira", "ieri") still
  // dates the statement.
  let time: RegExpExecArray | null = null;
  if (sentence.dates.length === 0) {
    time = ((lang && TIME_WORDS_BY_LANG.get(lang)) || TIME_WORDS_ANY).exec(text);
    if (time) features.push({ name: `time:${time[0].toLowerCase()}`, weight: W.time });
  }
  // Check-worthy means checkable: a name, a figure, a date or a place to check against.
  if (
    actorKeys.size === 0 &&
    !entity &&
    !named &&
    sentence.dates.length === 0 &&
    numbers.length === 0 &&
    !time
  )
    features.push({ name: "no_detail", weight: W.noDetail });
  if (wordCount < 5) features.push({ name: "short", weight: W.short });
  if (speaksForThemselves(text) && !ATTRIBUTED_QUOTE.test(text))
    features.push({ name: "first_person", weight: W.firstPerson });
  if (INTRODUCES.test(text)) features.push({ name: "introduces_quote", weight: W.introducesQuote });
  // Part of a quotation that runs over several sentences, with no speaker named in this one
  // ("Venezuela sigue de pie…" inside Rodríguez's message): who said it is not in the sentence.
  else if (
    doc?.inQuote.has(sentence.index) &&
    !ATTRIBUTED_QUOTE.test(text) &&
    !QUOTE_LEAD.test(text)
  )
    features.push({ name: "quote_fragment", weight: W.quoteFragment });
  if (ASIDE.test(text)) features.push({ name: "aside", weight: W.aside });
  // The page's last sentence of prose, cut off mid-way (an excerpt, a paywall), states nothing
  // whole.
  if (
    doc?.lastSentence === sentence.index &&
    paragraph.kind === "paragraph" &&
    !ENDS_COMPLETE.test(text)
  )
    features.push({ name: "truncated", weight: W.truncated });
  // Hashtags and emoji mark a post's chatter ("#Avoté", "🙄"), not a checkable statement.
  const chatter = CHATTER.exec(text);
  if (chatter) features.push({ name: `chatter:${chatter[0]}`, weight: W.chatter });
  if (post)
    features.push({
      name: `quoted_post:${post.handle ?? post.displayName ?? "unknown"}`,
      weight: W.quotedPost,
    });

  const score = round(
    Math.min(
      1,
      Math.max(
        0,
        features.reduce((s, f) => s + f.weight, 0),
      ),
    ),
  );

  // A structured date assertion only when the date is unambiguous: one day-precision date in
  // the sentence, or, for a quoted post stating the event, the post's own date.
  let assertion: Assertion | null = null;
  const distinctDays = new Set(dayDates.map((d) => d.date.value));
  if (distinctDays.size === 1 && (predicate || reporting)) {
    assertion = { property: "event.date", value: [...distinctDays][0] as string };
  } else if (post?.date?.precision === "day" && predicate && sentence.modality === "assertion") {
    assertion = { property: "event.date", value: post.date.value };
    features.push({ name: "date_from_post", weight: 0 });
  }

  return {
    sentence,
    paragraph,
    post,
    lang,
    score,
    features,
    predicate: predicate?.trigger.predicate ?? null,
    assertion,
    embeddedPostIndex: post ? post.index : null,
    eligible:
      paragraph.kind !== "attribution" && sentence.modality !== "question" && wordCount >= 3,
    standalone: post === undefined && paragraph.kind !== "embed",
  };
}

/** The sentence's non-assertion cues all fire inside quotation marks only. */
function onlyInsideQuotes(sentence: SentenceAnalysis): boolean {
  const outside = sentence.text.replace(QUOTED, " ");
  // Someone must be reported outside the quote: a sentence that is all quote has no speaker.
  if (outside === sentence.text || (outside.match(/\p{L}+/gu) ?? []).length < 2) return false;
  const lower = outside.toLowerCase();
  for (const name of sentence.modalityCues) {
    const c = cueByName(name);
    if (!c || c.modality === "question" || c.modality === "prediction") {
      if (c) return false;
      continue;
    }
    if (c.pattern.test(c.lower ? lower : outside) && !c.unless?.test(outside)) return false;
  }
  return true;
}

function isName(
  word: string,
  spoken: Set<string>,
  lang: string | null | undefined,
  doc: ClaimDocument | undefined,
): boolean {
  if (!/\p{Lu}/u.test(word)) return false;
  // An acronym, or a capital inside the word ("l'UE", "EU-Innenkommissarin").
  if (/\p{Lu}/u.test(word.slice(1)) || /^\p{Lu}{2,}/u.test(word)) return true;
  const key = nameKey(word);
  if (spoken.has(key) || doc?.names.has(key)) return true;
  return lang === "de" && !stopwordsOf(lang).has(key.toLowerCase());
}

/**
 * A headline part that opens on a name and goes on with a content word in lower case: a
 * subject and its verb ("Biden verurteilt Angriffe…", "la Ue approva…", "Lula e 27 dos 38
 * ministros voltam…"). Parts are split at colons, pipes, commas and dashes.
 */
function headlineClause(
  sentence: SentenceAnalysis,
  lang: string | null | undefined,
  doc: ClaimDocument | undefined,
): boolean {
  const stop = stopwordsOf(lang);
  const spoken = new Set(
    sentence.actors.flatMap((a) => a.text.split(/\s+/)).map((w) => nameKey(w)),
  );
  for (const part of sentence.text.split(/\s*[:|,;]\s+|\s+[–—-]\s+|\s*\+\+\s*/u)) {
    const words = [...part.matchAll(TOKEN)].map((m) => m[0]);
    let i = 0;
    while (i < words.length && stop.has((words[i] as string).toLowerCase())) i++;
    if (i >= words.length || !isName(words[i] as string, spoken, lang, doc)) continue;
    for (i++; i < words.length; i++) {
      const w = words[i] as string;
      if (isName(w, spoken, lang, doc) || /^\p{N}/u.test(w) || stop.has(w.toLowerCase())) continue;
      if (/^\p{Ll}/u.test(w)) return true;
      break;
    }
  }
  return false;
}

/** Scores every sentence again with what the page says around it (names, where it ends). */
export function scoreInDocument(scored: ScoredSentence[]): ScoredSentence[] {
  const paragraphs: CleanedParagraph[] = [];
  for (const s of scored) paragraphs[s.sentence.paragraphIndex] = s.paragraph;
  const doc = claimDocument(
    scored.map((s) => s.sentence),
    paragraphs,
    scored[0]?.lang,
  );
  // Only what the page can change is scored again: a sentence with no name of its own, a
  // headline or bullet, a piece of a quotation, the last sentence.
  const pageMatters = (s: ScoredSentence) =>
    s.sentence.index === doc.lastSentence ||
    doc.inQuote.has(s.sentence.index) ||
    s.paragraph.kind !== "paragraph" ||
    !s.features.some((f) => f.name === "actor" || f.name.startsWith("entity:"));
  return scored.map((s) =>
    pageMatters(s) ? scoreSentence(s.sentence, s.paragraph, s.post, s.lang, doc) : s,
  );
}
