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
import { findEntities } from "./entities";
import { cueByName } from "./modality";
import { ACTION, findTriggers, REPORTING } from "./triggers";

/** Feature weights of the check-worthiness score. */
export const CLAIM_WEIGHTS = {
  base: 0.25,
  actor: 0.2,
  severalActors: 0.05,
  entity: 0.15,
  dayDate: 0.25,
  date: 0.15,
  number: 0.15,
  predicate: 0.15,
  statement: 0.1,
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
  headline: -0.1,
  chatter: -0.2,
  time: 0.1,
  short: -0.2,
  firstPerson: -0.5,
  introducesQuote: -0.5,
  aside: -0.5,
  lede: 0.05,
} as const;

/** Sentences at or above this score are candidate claims on their own. */
export const CLAIM_THRESHOLD = 0.55;

// Nouns naming an event: a heading built only on one ("The Context of Russia's Recognition")
// states nothing.
const NOMINAL_TRIGGER =
  /^(?:recognition|acknowledgment|takeover|withdrawal|pullout|invasion|attacks?|agreement|treaty|accord|meeting|summit|elections?|appointment|legislation|protests?|ceasefire|cease-fire|truce|sanctions?|coup|bombings?|the events of|referendum|demonstrations?|announcement|statement)$/i;

const NUMBER = /(?<![\p{L}])\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|thousand))?/gu;

// Weekdays and "yesterday/today" in the six languages (dates.ts resolves them only when the
// article's date is known).
const TIME_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${[
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last night",
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|anoche",
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui",
    "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|ontem|hoje",
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|freitagabend",
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|stanotte",
  ].join("|")})(?![\\p{L}])`,
  "iu",
);

// A speaker talking of themselves ("Je me félicite…", "Wir erwarten…", "I do not give…") states a stance or feeling, not a checkable fact — unless a quote closes and
// is attributed ("« … », a annoncé le chef de l'Etat"), which reports who said what.
const FIRST_PERSON = new RegExp(
  `^["“«„‘'\\s]*(?:${[
    "i|i'm|i've|we|we're|we've",
    "yo|nosotros|nosotras",
    "je|j['’]\\p{L}+|nous",
    "eu|nós",
    "ich|wir",
    "io|noi",
  ].join("|")})(?![\\p{L}])`,
  "iu",
);
const ATTRIBUTED_QUOTE = /["”»“]\s*[,–—-]/u;
// A sentence ending in a colon introduces a quote or a list; the quote is the statement.
const INTRODUCES = /:\s*["“«„]?$/u;
// A whole sentence in brackets is an aside ("(Read more about our partnership with Facebook.)").
const ASIDE = /^\s*[([].*[)\]][.!]?\s*$/su;

const CHATTER = /(?<![\p{L}\p{N}&])#\p{L}[\p{L}\p{N}_]*|\p{Extended_Pictographic}/u;

/** A scored sentence. */
export type ScoredSentence = {
  sentence: SentenceAnalysis;
  score: number;
  features: ClaimFeature[];
  predicate: string | null;
  assertion: Assertion | null;
  embeddedPostIndex: number | null;
  eligible: boolean;
};

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Scores one sentence for check-worthiness. */
export function scoreSentence(
  sentence: SentenceAnalysis,
  paragraph: CleanedParagraph,
  post: EmbeddedPost | undefined,
  lang?: string | null,
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
  const reporting = REPORTING.exec(text);
  const action = predicate ? null : ACTION.exec(text);
  if (reporting && !predicate)
    features.push({ name: `reporting_verb:${reporting[0].toLowerCase()}`, weight: W.predicate });
  else if (reporting)
    features.push({ name: `reporting_verb:${reporting[0].toLowerCase()}`, weight: W.reporting });
  else if (action)
    features.push({ name: `action_verb:${action[0].toLowerCase()}`, weight: W.predicate });
  // In any language: a whole sentence of prose (six words or more, ending as sentences end) in
  // a paragraph states something; its verb is the predicate even when no rule names it.
  else if (
    paragraph.kind !== "heading" &&
    paragraph.kind !== "title" &&
    wordCount >= 6 &&
    /[.!…]["”’»)]*$/.test(text)
  )
    features.push({ name: "statement", weight: W.statement });
  const decisive = sentence.modalityCues[0];
  const cue = cueByName(decisive);
  switch (sentence.modality) {
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
  const heading = paragraph.kind === "heading" || paragraph.kind === "title";
  const verbal = triggers.some((t) => !NOMINAL_TRIGGER.test(t.text));
  if (heading && !verbal)
    features.push({ name: "heading_without_predicate", weight: W.headingWithoutPredicate });
  // A headline restates the lede in telegraphic form; the lede is the claim.
  else if (heading) features.push({ name: "headline", weight: W.headline });
  // A day named without a full date ("on Thursday", "lundi", "na quinta-feira", "ieri") still
  // dates the statement.
  if (sentence.dates.length === 0) {
    const time = TIME_WORDS.exec(text);
    if (time) features.push({ name: `time:${time[0].toLowerCase()}`, weight: W.time });
  }
  if (wordCount < 5) features.push({ name: "short", weight: W.short });
  if (FIRST_PERSON.test(text) && !ATTRIBUTED_QUOTE.test(text))
    features.push({ name: "first_person", weight: W.firstPerson });
  if (INTRODUCES.test(text)) features.push({ name: "introduces_quote", weight: W.introducesQuote });
  if (ASIDE.test(text)) features.push({ name: "aside", weight: W.aside });
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
    score,
    features,
    predicate: predicate?.trigger.predicate ?? null,
    assertion,
    embeddedPostIndex: post ? post.index : null,
    eligible:
      paragraph.kind !== "attribution" && sentence.modality !== "question" && wordCount >= 3,
  };
}
