// Event suggestions. The main event comes from the largest high-scoring claim cluster that has
// an event predicate (the article's repeated fact); other events are dated triggers elsewhere in
// the text (background: takeovers, invasions, attacks). Roles come from word order around the
// trigger: "X recognizes Y" / "recognition of Y by X" / "X's takeover of Y".
import type {
  ActorMention,
  ActorRole,
  CandidateClaim,
  ClaimCluster,
  EventKind,
  EventMatch,
  KnownEvent,
  OtherEvent,
  PartialDate,
  SentenceAnalysis,
  SuggestedEvent,
  SuggestedEventActor,
} from "@factline/domain";
import { parsePartialDate, partialDatesOverlap } from "@factline/domain";
import { isNewActor } from "./actors";
import { CLAIM_THRESHOLD } from "./claims";
import { endsWithTitle } from "./entities";
import { assertedEventDate, LEDE, pickEventDate } from "./event-date";
import { findKindCues, kindOfTexts } from "./event-kinds";
import { contentStems, jaccard } from "./tokens";
import { findTriggers, TRIGGERS, type TriggerHit } from "./triggers";
import { AND_BEFORE, findPassives, isAgentPhrase, type Passive, prepositionBefore } from "./voice";

const ROLE_RANK: Record<ActorRole, number> = { initiator: 0, target: 1, participant: 2 };

// Nominal triggers whose "of X" names the one acting ("withdrawal of U.S. forces", "l’élection
// de Donald Trump", "die Wahl von Angela Merkel", "un tweet di Matteo Salvini").
const OF_IS_AGENT = new Set<EventKind>([
  "conflict.withdrawal",
  "politics.election",
  "diplomacy.statement",
]);
const GENITIVE =
  /(?:^|[\s’'])(?:of|de|del|de la|des|du|d|da|do|dos|das|di|della|dello|dei|von|der|des)['’]?\s*(?:the\s+)?$/i;

/** Roles of the actors around one trigger, within the trigger's clause. */
export function rolesAround(
  sentence: SentenceAnalysis,
  hit: { start: number; end: number; kind: EventKind },
  windowAfter = 60,
  lang?: string | null,
): Map<string, { mention: ActorMention; role: ActorRole }> {
  const text = sentence.text;
  const clauseStart = Math.max(0, text.lastIndexOf(",", hit.start) + 1);
  // The clause ends at the next comma that is not inside a date ("September 11, 2001").
  const after = /[,;:](?!\s*\d)/g;
  after.lastIndex = hit.end;
  const clauseEnd = after.exec(text)?.index ?? text.length;
  const out = new Map<string, { mention: ActorMention; role: ActorRole; between?: boolean }>();
  let targetTaken = false;
  const modifiers = titleModifiers(sentence);
  const first = sentence.actors.find((a) => !modifiers.has(a));
  const nounAgent = eventNounAgent(sentence, hit);
  for (const a of sentence.actors) {
    const s = a.start - sentence.start;
    const e = a.end - sentence.start;
    let role: ActorRole | null = null;
    const prep = prepositionBefore(text.slice(0, s), a.kind);
    if (nounAgent) {
      if (a.key === nounAgent.key) {
        if (!out.has(a.key)) out.set(a.key, { mention: a, role: "initiator" });
        continue;
      }
      // Who speaks about the event ("la Maison Blanche condamne les frappes russes") is not its
      // agent.
      if (e <= hit.start) {
        if (!out.has(a.key)) out.set(a.key, { mention: a, role: "participant" });
        continue;
      }
    }
    if (isKicker(text, s)) continue;
    // A body the cue word names ("Supremo Tribunal Federal", "Bundesverfassungsgericht") acts
    // when it is the sentence's subject and is acted on otherwise ("… decisão do Tribunal").
    if (s <= hit.start && hit.end <= e) {
      role = a === first ? "initiator" : targetTaken ? "participant" : "target";
      if (role === "target") targetTaken = true;
    } else if (e + 1 === hit.start && text[e] === "-") {
      // "Russland-Sanktionen": the actor a compound joins to the event word is acted on.
      role = targetTaken ? "participant" : "target";
      targetTaken = true;
    } else if (e <= hit.start && s >= clauseStart) {
      // Only a bare actor is the subject; "con Boris Johnson" is the other party, "gegen die
      // Ukraine" or "no Rio Grande do Sul" stand around the event.
      if (!prep || prep === "between") role = "initiator";
      else if (prep === "comitative" && !targetTaken) {
        role = "target";
        targetTaken = true;
      } else role = "participant";
    } else if (s >= hit.end && s - hit.end <= windowAfter && e <= clauseEnd) {
      const before = text.slice(Math.max(hit.end, s - 12), s);
      const betweenFirst = [...out.values()].some(
        (v) => v.role === "initiator" && v.between && v.mention.end - sentence.start >= hit.end,
      );
      if (/\bby\s+(?:the\s+)?$/i.test(before)) role = "initiator";
      else if (
        prep === "between" &&
        ![...out.values()].some((v) => v.role === "initiator" && v.mention.end <= a.start)
      ) {
        // "accordo tra la Commissione europea e il governo italiano": with no subject, the first
        // party acts ("Trump announced a ceasefire between Iran and Israel" keeps Trump).
        role = "initiator";
        out.set(a.key, { mention: a, role, between: true });
        continue;
      } else if (betweenFirst && AND_BEFORE.test(text.slice(hit.end, s)) && !targetTaken) {
        role = "target";
        targetTaken = true;
      } else if (GENITIVE.test(before) && OF_IS_AGENT.has(hit.kind)) role = "initiator";
      else if (
        /\band\s+$/i.test(before) &&
        [...out.values()].some(
          (v) => v.role === "initiator" && v.mention.end - sentence.start >= hit.end,
        )
      )
        role = "initiator";
      else if (!targetTaken && (hit.kind !== "politics.appointment" || a.kind === "person")) {
        // Who is appointed is a person ("appointed France's ambassador …, Catherine Colonna").
        role = "target";
        targetTaken = true;
      } else role = "participant";
    }
    if (role && !out.has(a.key)) out.set(a.key, { mention: a, role });
  }
  // A country or body qualifying a title before a person's name is not who acts.
  for (const [key, v] of out)
    if (v.role === "initiator" && modifiers.has(v.mention))
      out.set(key, { mention: v.mention, role: "participant" });
  const passive = passiveRoles(sentence, hit, hit.kind, lang);
  if (passive) {
    for (const [key, v] of out)
      if (v.role !== "participant" && key !== passive.agent?.key && key !== passive.patient?.key)
        out.set(key, { mention: v.mention, role: "participant" });
    if (passive.agent) out.set(passive.agent.key, { mention: passive.agent, role: "initiator" });
    if (passive.patient) out.set(passive.patient.key, { mention: passive.patient, role: "target" });
  }
  return out;
}

/**
 * The event noun's own agent: a demonym right after it ("les frappes russes", "ataque ruso") or
 * right before it ("Russian strikes", "russische Angriffe").
 */
export function eventNounAgent(
  sentence: SentenceAnalysis,
  hit: { start: number; end: number },
): ActorMention | undefined {
  const text = sentence.text;
  // The cue may be a stem ("frappe" in "frappes"): adjacency is to the whole word.
  const wordEnd = hit.end + (/^\p{L}*/u.exec(text.slice(hit.end))?.[0].length ?? 0);
  return sentence.actors.find((a) => {
    if (a.via !== "demonym") return false;
    const s = a.start - sentence.start;
    const e = a.end - sentence.start;
    return /^[ -]$/.test(text.slice(wordEnd, s)) || /^[ -]$/.test(text.slice(e, hit.start));
  });
}

// A headline's kicker: "Ukraine: …", "Ukraine EN DIRECT : …" — a short label before a colon
// that opens the sentence names the topic, not who acts.
// A label has no verb: "Instagram avisa: …" is its subject speaking.
const KICKER = /^[^.!?:]{0,30}:\s/u;
export function isKicker(text: string, at: number): boolean {
  const m = KICKER.exec(text);
  const words = m?.[0].split(/[\s-]+/).filter((w) => /\p{L}/u.test(w)) ?? [];
  const label = words.length <= 4 && words.every((w) => /^\P{Ll}/u.test(w));
  if (m !== null && at < m[0].length && label) return true;
  // A dateline is where the report was filed ("WASHINGTON.- ", "CARACAS.- ", "MOSCOW, July 4 –").
  const d = DATELINE.exec(text);
  return d !== null && at < d[0].length;
}
const DATELINE = /^(?:\s*date\s+\S+\s+)?\p{Lu}[\p{Lu} ,.'/()]{1,40}(?:\.-|\s[–—-])\s/u;

/**
 * Mentions that qualify a title before a person's name, not actors in their own right: "El
 * presidente de Estados Unidos, Donald Trump", "Il premier britannico, Rishi Sunak", "U.S.
 * President Donald Trump", "O ministro do Supremo Tribunal Federal (STF) Gilmar Mendes".
 */
export function titleModifiers(sentence: SentenceAnalysis): Set<ActorMention> {
  const text = sentence.text;
  const out = new Set<ActorMention>();
  const actors = sentence.actors;
  actors.forEach((m, i) => {
    if (m.kind === "person") return;
    const s = m.start - sentence.start;
    const e = m.end - sentence.start;
    const prev = actors[i - 1];
    // "(STF)" right after a modifier is the same modifier.
    if (
      prev &&
      out.has(prev) &&
      prev.key === m.key &&
      /^\s*\(?\s*$/.test(text.slice(prev.end - sentence.start, s))
    ) {
      out.add(m);
      return;
    }
    const person = actors.slice(i + 1).find((a) => a.kind === "person" && a.key !== m.key);
    if (!person) return;
    const between = text.slice(e, person.start - sentence.start);
    if (between.length > 40) return;
    const words = between.split(/\s+/).filter(Boolean);
    const titleBetween =
      /^['’]?s?[\s\p{L}.-]*,?\s*$/u.test(between) && words.length <= 4 && endsWithTitle(between);
    const bare = /^\s*(?:\([^)]*\))?\s*,?\s*$/.test(between);
    if (titleBetween || (bare && endsWithTitle(text.slice(Math.max(0, s - 40), s)))) out.add(m);
  });
  return out;
}

// A passive governs a trigger when they touch or stand a few words apart in one clause.
function governs(text: string, p: Passive, hit: { start: number; end: number }): boolean {
  if (p.start < hit.end && hit.start < p.end) return true;
  if (p.reduced) return false;
  const [from, to] = p.end <= hit.start ? [p.end, hit.start] : [hit.end, p.start];
  return to - from <= 40 && !/[,;:]/.test(text.slice(from, to));
}

/**
 * Roles in a passive clause: the agent after "by / por / par / da / von" acts, the subject
 * before the verb is acted on. Without an agent the subject is still acted on ("X fue detenido"),
 * except in an election, where the one elected is who the event is about.
 */
export function passiveRoles(
  sentence: SentenceAnalysis,
  hit: { start: number; end: number } | null,
  kind: EventKind | null,
  lang?: string | null,
): { agent: ActorMention | null; patient: ActorMention | null } | null {
  const text = sentence.text;
  const modifiers = titleModifiers(sentence);
  for (const p of findPassives(text)) {
    if (hit ? !governs(text, p, hit) : p.reduced) continue;
    // German puts the agent between the auxiliary and the participle; others after the verb.
    const agent =
      sentence.actors.find((a) => {
        const s = a.start - sentence.start;
        return s >= p.end && isAgentPhrase(text.slice(p.end, s), lang);
      }) ?? null;
    if (!agent && !p.strong) continue;
    // The subject: the nearest actor before the verb in its clause (appositions allowed: "Joe
    // Biden, fue sancionado"), not a title's modifier.
    const patient =
      [...sentence.actors].reverse().find((a) => {
        const e = a.end - sentence.start;
        return (
          e <= p.start &&
          !modifiers.has(a) &&
          p.start - e <= (p.reduced ? 1 : 60) &&
          !/[;:.!?]/.test(text.slice(e, p.start)) &&
          !SOURCE_LEAD.test(
            text.slice(Math.max(0, a.start - sentence.start - 30), a.start - sentence.start),
          )
        );
      }) ?? null;
    if (!agent && (kind === "politics.election" || !patient)) return null;
    return { agent, patient };
  }
  return null;
}

function toEventActor(m: ActorMention, role: ActorRole): SuggestedEventActor {
  return {
    key: m.key,
    name: m.name,
    kind: m.kind,
    actorId: m.actorId,
    iso3166: m.iso3166,
    wikidata: m.wikidata,
    role,
    isNew: isNewActor(m),
  };
}

// Who is cited rather than acting: "According to X", "Laut X", "Según X", "Selon X".
const SOURCE_LEAD =
  /(?:according to|as reported by|laut|zufolge|según|de acuerdo con|selon|d['’]après|segundo|de acordo com|secondo|come riporta)\s+(?:the\s+|el\s+|la\s+|le\s+|der\s+|die\s+|o\s+|a\s+|il\s+)?$/iu;

/**
 * The subject and the object of the sentence that states the event, when word order around a
 * trigger named none: the first actor of the main clause (after a dateline or a leading
 * adverbial, never the source it is attributed to, never a country qualifying a title before a
 * person's name) acts; the next actor after the cue, or after the subject when no cue is known,
 * is acted on (a person, for an appointment). In a passive clause the agent acts and the subject
 * is acted on.
 */
export function subjectAndObject(
  sentence: SentenceAnalysis,
  cueStart: number | null,
  opts: { kind?: EventKind | null; lang?: string | null } = {},
): { subject: ActorMention | null; object: ActorMention | null } {
  const text = sentence.text;
  const passive = passiveRoles(
    sentence,
    cueStart === null ? null : { start: cueStart, end: cueStart },
    opts.kind ?? null,
    opts.lang,
  );
  if (passive) return { subject: passive.agent, object: passive.patient };
  const modifiers = titleModifiers(sentence);
  const mentions = sentence.actors.filter((a) => {
    const s = a.start - sentence.start;
    return !SOURCE_LEAD.test(text.slice(Math.max(0, s - 30), s));
  });
  // A body named by the cue itself ("Tribunal Supremo condena…") starts at the cue: it acts.
  // The subject stands bare: "In Deutschland wurden …", "Em discurso … no Rio Grande do Sul".
  const before = (
    cueStart === null ? mentions : mentions.filter((a) => a.start - sentence.start <= cueStart)
  ).filter(
    (a) =>
      !modifiers.has(a) &&
      !prepositionBefore(text.slice(0, a.start - sentence.start), a.kind) &&
      !isKicker(text, a.start - sentence.start),
  );
  const subject = before[0] ?? null;
  const from = cueStart ?? (subject ? subject.end - sentence.start : 0);
  // Where it happened is not who is acted on, except in an attack ("a strike in Gaza").
  const after = mentions.filter(
    (a) =>
      a.start - sentence.start >= from &&
      a !== subject &&
      a.key !== subject?.key &&
      !modifiers.has(a) &&
      (opts.kind === "conflict.attack" ||
        prepositionBefore(text.slice(0, a.start - sentence.start), a.kind) !== "locative"),
  );
  const object =
    (opts.kind === "politics.appointment" ? after.find((a) => a.kind === "person") : undefined) ??
    after[0] ??
    null;
  return { subject, object };
}

/**
 * Completes the roles word order around a trigger left empty: the stated sentence's subject as
 * initiator, its object as target. True when it added one.
 */
function fillRoles(
  actors: SuggestedEventActor[],
  sentence: SentenceAnalysis,
  cueStart: number | null,
  opts: { kind?: EventKind | null; lang?: string | null } = {},
): boolean {
  const has = (r: ActorRole) => actors.some((a) => a.role === r);
  if (has("initiator") && has("target")) return false;
  const { subject, object } = subjectAndObject(sentence, cueStart, opts);
  let added = false;
  const place = (m: ActorMention | null, role: ActorRole) => {
    if (!m || has(role)) return;
    const at = actors.findIndex((a) => a.key === m.key);
    if (at >= 0) {
      // A participant by word order that is the sentence's subject or object takes that role.
      if ((actors[at] as SuggestedEventActor).role !== "participant") return;
      actors.splice(at, 1);
    }
    actors.push(toEventActor(m, role));
    added = true;
  };
  place(subject, "initiator");
  place(object, "target");
  actors.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
  return added;
}

// A sentence that opens with the quote and names its speaker after it: "«Nous condamnons …», a
// déclaré … le porte-parole, Abdelaziz Benali Cherif." / "“…,” said Foreign Minister X."
const QUOTE_FIRST = /^\s*[«“"„‘]/u;
const QUOTE_CLOSE = /[»”"“’]\s*,?\s*(?=\p{Ll})/gu;

/** The speaker named after a quote that opens the sentence, if any. */
export function speakerAfterQuote(sentence: SentenceAnalysis): ActorMention | null {
  const text = sentence.text;
  if (!QUOTE_FIRST.test(text)) return null;
  let close = -1;
  for (const m of text.matchAll(QUOTE_CLOSE)) if (m.index > 0) close = m.index;
  if (close < 0) return null;
  const modifiers = titleModifiers(sentence);
  return (
    sentence.actors.find((a) => {
      const s = a.start - sentence.start;
      return s > close && !modifiers.has(a) && !prepositionBefore(text.slice(0, s), a.kind);
    }) ?? null
  );
}

/**
 * In an election the one elected acts and the country is where it happened: when word order
 * gave the initiator to a country ("Os brasileiros têm pela frente…") and a person stands among
 * the actors, the person takes it.
 */
function electedFirst(kind: EventKind, actors: SuggestedEventActor[]): void {
  if (kind !== "politics.election") return;
  const initiators = actors.filter((a) => a.role === "initiator");
  // "Le premier tour s'est achevé, Macron et Le Pen ont été qualifiés": with no one acting, the
  // one the election is about is the first named after the election word.
  const target = actors.find((a) => a.role === "target" && a.kind !== "country");
  if (initiators.length === 0 && target) {
    target.role = "initiator";
    return;
  }
  if (initiators.length === 0 || initiators.some((a) => a.kind !== "country")) return;
  const person = actors.find((a) => a.kind === "person");
  if (!person) return;
  for (const a of initiators) a.role = "participant";
  person.role = "initiator";
  actors.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
}

/**
 * An attack is on a place: when word order named no target, a country the sentence names
 * besides the attacker ("Ukraine: la Maison Blanche condamne les frappes russes") is the one
 * attacked.
 */
function attackedPlace(kind: EventKind, actors: SuggestedEventActor[]): void {
  if (kind !== "conflict.attack" || actors.some((a) => a.role === "target")) return;
  const initiators = new Set(actors.filter((a) => a.role === "initiator").map((a) => a.key));
  if (initiators.size === 0) return;
  const place = actors.find(
    (a) => a.role === "participant" && a.kind === "country" && !initiators.has(a.key),
  );
  if (!place) return;
  place.role = "target";
  actors.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
}

function placesOf(actors: SuggestedEventActor[]): string[] {
  // Where it happened: the countries acted on first, then the countries acting.
  const ordered = [...actors].sort(
    (a, b) => (a.role === "initiator" ? 1 : 0) - (b.role === "initiator" ? 1 : 0),
  );
  return [...new Set(ordered.filter((a) => a.iso3166).map((a) => a.iso3166 as string))];
}

function kindOf(predicate: string): EventKind | null {
  return TRIGGERS.find((t) => t.predicate === predicate)?.kind ?? null;
}

const ANAPHORA =
  /^(?:this|the|that)\s+(?:announcement|recognition|decision|move|development|step|declaration)\b/i;

/** The main event from the claim clusters, or null when no cluster names an event. */
export function suggestMainEvent(
  clusters: ClaimCluster[],
  claims: CandidateClaim[],
  sentences: SentenceAnalysis[],
  knownEvents: KnownEvent[],
  opts: { published?: PartialDate | null; lang?: string | null } = {},
): SuggestedEvent | null {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const cluster = clusters.find(
    (k) =>
      k.predicate !== null &&
      k.predicate !== "statement" &&
      k.score >= CLAIM_THRESHOLD &&
      kindOf(k.predicate),
  );
  if (!cluster?.predicate) return ledeEvent(sentences, knownEvents, opts);
  const kind = kindOf(cluster.predicate) as EventKind;
  const members = cluster.claimIds.map((id) => byId.get(id) as CandidateClaim);
  const votes = new Map<string, { mention: ActorMention; roles: number[] }>();
  for (const c of members) {
    const s = sentences[c.sentenceIndex] as SentenceAnalysis;
    const hit = findTriggers(s.text).find((h) => h.trigger.predicate === cluster.predicate);
    if (!hit) continue;
    for (const [key, { mention, role }] of rolesAround(s, { ...hit, kind }, 200, opts.lang)) {
      const v = votes.get(key) ?? { mention, roles: [0, 0, 0] };
      (v.roles[ROLE_RANK[role]] as number)++;
      votes.set(key, v);
    }
  }
  const roleNames: ActorRole[] = ["initiator", "target", "participant"];
  const actors: SuggestedEventActor[] = [...votes.values()]
    .filter((v) => v.roles.reduce((a, b) => a + b, 0) * 3 >= members.length || members.length <= 2)
    .map((v) => {
      const best = v.roles.indexOf(Math.max(...v.roles));
      return toEventActor(v.mention, roleNames[best] as ActorRole);
    })
    .sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.name.localeCompare(b.name));
  const lead = members[0] ? (sentences[members[0].sentenceIndex] as SentenceAnalysis) : null;
  const leadHit = lead
    ? findTriggers(lead.text).find((h) => h.trigger.predicate === cluster.predicate)
    : undefined;
  let filled = lead
    ? fillRoles(actors, lead, leadHit?.start ?? null, { kind, lang: opts.lang })
    : false;
  // A headline often drops who acted ("Ambassador Meles Alem reappointed as Spokesperson"): the
  // lede sentences stating the same event complete the missing roles.
  for (const s of sentences.slice(0, LEDE)) {
    if (actors.some((a) => a.role === "initiator") && actors.some((a) => a.role === "target"))
      break;
    if (s === lead) continue;
    const hit = findTriggers(s.text).find((h) => h.trigger.predicate === cluster.predicate);
    if (!hit) continue;
    for (const [key, { mention, role }] of rolesAround(s, { ...hit, kind }, 120, opts.lang)) {
      if (role === "participant" || actors.some((a) => a.role === role)) continue;
      const at = actors.findIndex((a) => a.key === key);
      if (at >= 0 && (actors[at] as SuggestedEventActor).role !== "participant") continue;
      if (at >= 0) actors.splice(at, 1);
      actors.push(toEventActor(mention, role));
      filled = true;
    }
  }
  actors.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.name.localeCompare(b.name));
  electedFirst(kind, actors);
  attackedPlace(kind, actors);

  // The date: structured assertions of the members and of sentences that refer back to them
  // ("This announcement, made on July 4, 2025, …").
  const memberSentences = new Set(members.map((c) => c.sentenceIndex));
  const supporting = [...members];
  for (const c of claims) {
    if (memberSentences.has(c.sentenceIndex)) continue;
    const s = sentences[c.sentenceIndex] as SentenceAnalysis;
    if (ANAPHORA.test(s.text) && memberSentences.has(c.sentenceIndex - 1)) supporting.push(c);
  }
  const reasons = [`cluster ${cluster.id}: ${members.length} statements of "${cluster.predicate}"`];
  const choice =
    assertedEventDate(
      supporting.flatMap((c) =>
        c.assertion?.property === "event.date" ? [{ value: c.assertion.value, claimId: c.id }] : [],
      ),
    ) ?? pickEventDate(sentences, memberSentences, opts.published ?? null, opts.lang, kind);
  const date: PartialDate | null = choice?.date ?? null;
  if (choice) reasons.push(...choice.reasons);
  // The title is the event as the article states it (subject, predicate, object), never a
  // per-kind template.
  const stated = titleFromStatements(
    members.map((c) => sentences[c.sentenceIndex] as SentenceAnalysis),
    actors,
    cluster.predicate,
  );
  const title = stated ?? titleFromSentence(members[0]?.text ?? "");
  reasons.push(stated ? "title as stated by its initiator" : "title from the first statement");
  const places = placesOf(actors);
  reasons.push(
    `roles by word order in ${members.length} statements${filled ? ", completed from the first statement's subject and object" : ""}; places = countries acted on, then acting`,
  );
  const confidence = Math.min(
    1,
    Math.round(
      (cluster.score * 0.6 + Math.min(members.length, 5) * 0.06 + (date ? 0.1 : 0)) * 1000,
    ) / 1000,
  );
  const suggestion: SuggestedEvent = {
    title,
    kind,
    date,
    actors,
    places,
    clusterId: cluster.id,
    claimIds: supporting.map((c) => c.id),
    confidence,
    reasons,
    matches: [],
    // Stated as a fact once is enough; a cluster that only hedges or predicts stays so.
    modality: members.some((c) => c.modality === "assertion")
      ? "assertion"
      : (members[0]?.modality ?? "assertion"),
  };
  suggestion.matches = matchKnownEvents(suggestion, knownEvents);
  return suggestion;
}

/** Scores existing events against a suggestion: title words, date, actors, kind. */
export function matchKnownEvents(s: SuggestedEvent, known: KnownEvent[]): EventMatch[] {
  const titleStems = new Set(contentStems(s.title));
  const ids = new Set(
    s.actors.map((a) => a.actorId).filter((x): x is NonNullable<typeof x> => x !== null),
  );
  const out: EventMatch[] = [];
  for (const e of known) {
    const reasons: string[] = [];
    const t = jaccard(titleStems, new Set(contentStems(e.title)));
    let score = 0.35 * t;
    if (t > 0) reasons.push(`title:${t.toFixed(2)}`);
    if (s.date && e.date) {
      if (partialDatesOverlap(s.date, e.date)) {
        score += 0.25;
        reasons.push("date_overlap");
      }
    }
    if (ids.size > 0 && e.actorIds.length > 0) {
      const shared = e.actorIds.filter((id) => ids.has(id)).length;
      score += 0.25 * (shared / Math.max(ids.size, e.actorIds.length));
      if (shared) reasons.push(`actors:${shared}/${Math.max(ids.size, e.actorIds.length)}`);
    }
    if (e.kind && e.kind === s.kind) {
      score += 0.15;
      reasons.push("kind");
    }
    if (score > 0)
      out.push({ eventId: e.id, title: e.title, score: Math.round(score * 1000) / 1000, reasons });
  }
  return out.sort((a, b) => b.score - a.score || a.eventId.localeCompare(b.eventId)).slice(0, 5);
}

type Draft = {
  kind: EventKind;
  date: PartialDate;
  hit: TriggerHit;
  sentence: SentenceAnalysis;
  fromContext: boolean;
};

const TEMPORAL_LEAD =
  /^(?:following|after|since|before|tras|después de|desde|antes de|après|depuis|avant|após|depois de|nach|seit|vor|dopo|prima di)\s/i;

// The first comma from `from` that closes a clause (dates hold commas too: "September 11,
// 2001,"), else -1.
function leadClauseEnd(text: string, from: number): number {
  const m = /,(?!\s*\d)/g;
  m.lastIndex = from;
  return m.exec(text)?.index ?? -1;
}

// The clause holding a trigger: from the comma before it to the comma after it.
function clauseAround(text: string, hit: { start: number; end: number }): string {
  const from = text.lastIndexOf(",", hit.start) + 1;
  const end = leadClauseEnd(text, hit.end);
  return text.slice(from, end < 0 ? text.length : end).trim();
}

/** Other dated events the text mentions, excluding the main event. */
export function findOtherEvents(
  sentences: SentenceAnalysis[],
  main: SuggestedEvent | null,
  mainClaimSentences: Set<number>,
): OtherEvent[] {
  const mainKeys = new Set(main?.actors.map((a) => a.key) ?? []);
  const mainPlaces =
    main?.actors
      .filter((a) => a.role !== "initiator" && a.iso3166)
      .map((a) => a.iso3166 as string) ?? [];
  const drafts: Draft[] = [];
  let prevDates: { paragraph: number; date: PartialDate } | null = null;
  for (const s of sentences) {
    if (mainClaimSentences.has(s.index)) {
      prevDates = null;
      continue;
    }
    const hits = findTriggers(s.text).filter((h) => h.trigger.predicate !== "statement");
    const dates = s.dates;
    const used = new Set<TriggerHit>();
    for (const d of dates) {
      const ds = d.start - s.start;
      let best: TriggerHit | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      // A date inside an opening "Following …, / Tras …, / Après …," clause dates what that
      // clause names, not the event of the main clause after the comma.
      const firstComma = TEMPORAL_LEAD.test(s.text) ? leadClauseEnd(s.text, 0) : -1;
      const lead = firstComma >= d.end - s.start ? firstComma : -1;
      for (const h of hits) {
        if (lead >= 0 && h.start > lead) continue;
        const distance =
          ds >= h.end ? ds - h.end : h.start >= d.end - s.start ? h.start - (d.end - s.start) : 0;
        if (distance < bestDistance) {
          best = h;
          bestDistance = distance;
        }
      }
      if (best && bestDistance <= 80) {
        used.add(best);
        drafts.push({
          kind: best.trigger.kind,
          date: d.date,
          hit: best,
          sentence: s,
          fromContext: false,
        });
      }
    }
    for (const h of hits) {
      if (used.has(h) || !h.trigger.standalone) continue;
      const first = dates[0]?.date;
      if (first) {
        // Same sentence, another event: "Following the events of September 11, 2001, the
        // U.S.-led invasion …" — the invasion is dated to the year only.
        const year = parsePartialDate(first.earliest.slice(0, 4));
        if (year.ok)
          drafts.push({
            kind: h.trigger.kind,
            date: first.precision === "decade" ? first : year.date,
            hit: h,
            sentence: s,
            fromContext: true,
          });
      } else if (prevDates && prevDates.paragraph === s.paragraphIndex) {
        drafts.push({
          kind: h.trigger.kind,
          date: prevDates.date,
          hit: h,
          sentence: s,
          fromContext: true,
        });
      }
    }
    prevDates = dates[0] ? { paragraph: s.paragraphIndex, date: dates[0].date } : null;
  }

  const merged = new Map<
    string,
    {
      draft: Draft;
      actors: Map<string, SuggestedEventActor>;
      sentences: Set<number>;
      fromContext: boolean;
    }
  >();
  for (const d of drafts) {
    if (main && d.kind === main.kind && (!main.date || partialDatesOverlap(main.date, d.date)))
      continue;
    const key = `${d.kind}|${d.date.value}`;
    const entry = merged.get(key) ?? {
      draft: d,
      actors: new Map(),
      sentences: new Set(),
      fromContext: true,
    };
    for (const [k, { mention, role }] of rolesAround(d.sentence, {
      start: d.hit.start,
      end: d.hit.end,
      kind: d.kind,
    })) {
      if (!entry.actors.has(k)) entry.actors.set(k, toEventActor(mention, role));
    }
    entry.sentences.add(d.sentence.index);
    entry.fromContext &&= d.fromContext;
    merged.set(key, entry);
  }
  return [...merged.values()]
    .map(({ draft, actors, sentences: idx, fromContext }) => {
      const list = [...actors.values()].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
      let places = placesOf(
        list.filter((a) => a.role !== "initiator" || draft.kind === "politics.takeover"),
      );
      // "The Taliban first came to power in the 1990s": no place in the sentence, but the
      // article is about the Taliban in Afghanistan — borrow the main event's country.
      if (places.length === 0 && list.some((a) => mainKeys.has(a.key)) && mainPlaces.length > 0)
        places = mainPlaces;
      return {
        title:
          titleFromStatements([draft.sentence], list, draft.hit.trigger.predicate) ??
          titleFromSentence(clauseAround(draft.sentence.text, draft.hit)),
        kind: draft.kind,
        date: draft.date,
        actors: list,
        places,
        sentenceIndexes: [...idx].sort((a, b) => a - b),
        trigger: draft.hit.text,
        start: draft.sentence.start + draft.hit.start,
        end: draft.sentence.start + draft.hit.end,
        dateFromContext: fromContext,
      };
    })
    .sort((a, b) =>
      a.date.earliest < b.date.earliest
        ? -1
        : a.date.earliest > b.date.earliest
          ? 1
          : a.start - b.start,
    );
}

/**
 * The main event from the lede when no claim cluster names one: its kind from the cue words of
 * the headline and first sentences, its date from the dates stated there.
 */
function ledeEvent(
  sentences: SentenceAnalysis[],
  knownEvents: KnownEvent[],
  opts: { published?: PartialDate | null; lang?: string | null },
): SuggestedEvent | null {
  const lede = sentences.slice(0, LEDE);
  if (lede.length === 0) return null;
  const found = kindOfTexts(
    lede.map((s, i) => ({ text: s.text, weight: i === 0 ? 2 : 1 })),
    opts.lang,
  );
  const kind: EventKind = found?.kind ?? "other";
  const eventSentences = new Set(
    lede
      .filter((s) => findKindCues(s.text, opts.lang).some((c) => c.kind === kind))
      .map((s) => s.index),
  );
  const picked = pickEventDate(sentences, eventSentences, opts.published ?? null, opts.lang, kind);
  // Without a cue, the lede's first full sentence naming an actor states the event better than
  // a telegraphic headline; with one, the first sentence with the cue that names an actor.
  const stated =
    lede.find((s) => eventSentences.has(s.index) && s.actors.length > 0) ??
    lede.find((s) => eventSentences.has(s.index)) ??
    lede.find(
      (s) =>
        s.actors.length > 0 && s.text.split(/\s+/).length >= 8 && /[.!…]["”’»)]*$/.test(s.text),
    ) ??
    lede[0];
  const reasons = [
    found
      ? `kind ${kind} from the lede's cues: ${[...new Set(found.cues)].slice(0, 5).join(", ")}`
      : "no kind cue in the lede",
    ...(picked?.reasons ?? []),
  ];
  const actors: SuggestedEventActor[] = [];
  if (stated) {
    // A cue inside a title's modifier ("O ministro do Supremo Tribunal Federal") is not the
    // event's word.
    const modifiers = [...titleModifiers(stated)];
    const inModifier = (c: { start: number; end: number }) =>
      modifiers.some((a) => a.start - stated.start <= c.start && c.end <= a.end - stated.start);
    const hitStart = found
      ? (findKindCues(stated.text, opts.lang).find((c) => c.kind === kind && !inModifier(c)) ??
        null)
      : null;
    // "«Nous condamnons l'attaque …», a déclaré …, Abdelaziz Benali Cherif": the event is named
    // inside a quote, so the one who speaks is who the article reports acting.
    const speaker = speakerAfterQuote(stated);
    if (speaker && hitStart) {
      actors.push(toEventActor(speaker, "initiator"));
      reasons.push("the event is named in a quote: its speaker acts");
    } else if (hitStart)
      for (const [, { mention, role }] of rolesAround(
        stated,
        { ...hitStart, kind },
        120,
        opts.lang,
      ))
        actors.push(toEventActor(mention, role));
    // Who made a statement is its subject, wherever the cue word stands ("En un mensaje
    // publicado desde su cuenta, Rodríguez afirmó"); a statement has no target by word order.
    if (kind === "diplomacy.statement" && !actors.some((a) => a.role === "initiator")) {
      const subject =
        speakerAfterQuote(stated) ??
        subjectAndObject(stated, null, { kind, lang: opts.lang }).subject;
      if (subject) {
        actors.splice(0, actors.length, toEventActor(subject, "initiator"));
        reasons.push("the speaker is the stated sentence's subject");
      }
    } else if (fillRoles(actors, stated, hitStart?.start ?? null, { kind, lang: opts.lang }))
      reasons.push("roles from the stated sentence's subject and object");
  }
  electedFirst(kind, actors);
  attackedPlace(kind, actors);
  const suggestion: SuggestedEvent = {
    title: titleFromSentence(stated?.text ?? ""),
    kind,
    date: picked?.date ?? null,
    actors,
    places: placesOf(actors),
    clusterId: null,
    claimIds: [],
    confidence: Math.round(((found ? 0.3 : 0.1) + (picked ? 0.1 : 0)) * 1000) / 1000,
    reasons,
    matches: [],
    modality: stated?.modality ?? "assertion",
  };
  suggestion.matches = matchKnownEvents(suggestion, knownEvents);
  return suggestion;
}

// A dateline in front of the lede ("ROMA –", "MOSCOW, July 4 (Reuters) -", "247 -").
const DATELINE_PREFIX =
  /^(?:\s*date\s+\d{4}(?:-\d{2}){0,2}\s+)?(?:[\p{Lu}\d][\p{Lu}\p{N} .,()'/]{0,40}\s[–—-]\s+)?/u;

/**
 * A title from the sentence that states the event: its main clause (subject, predicate,
 * object), without the dateline, trailing clauses or the final period.
 */
export function titleFromSentence(text: string): string {
  let t = text.replace(DATELINE_PREFIX, "").trim();
  const words = t.split(/\s+/);
  if (words.length > 14) {
    // Cut at the first clause break after the sixth word, else at the fourteenth word.
    let cut = -1;
    let count = 0;
    for (const m of t.matchAll(/\S+/g)) {
      count++;
      if (count >= 6 && /[,;:]$/.test(m[0])) {
        cut = m.index + m[0].length - 1;
        break;
      }
      if (count === 14) {
        cut = m.index + m[0].length;
        break;
      }
    }
    if (cut > 0) t = t.slice(0, cut);
  }
  // A cut that ends on a connective ("… drew worldwide attention and") ends before it.
  return t
    .replace(/[\s,;:.]+$/, "")
    .replace(
      /(?:\s+(?:and|or|but|of|to|the|a|an|in|on|for|with|that|y|o|e|et|ou|und|oder|de|del|la|le|les|el|los|das|der|die|di|da|do|que|qui|che|dass))+$/i,
      "",
    );
}

// A leading adverbial before the subject ("In a significant development, ", "Según EFE, ").
const LEADING_CLAUSE = /^[^,]{0,60},\s+/;

/**
 * The main event's title from the sentences that state it: the shortest clause that opens with
 * its initiator and holds the event's trigger, in sentence case (a headline's capitals folded
 * except the actors' names), without a leading adverbial or trailing clauses.
 */
export function titleFromStatements(
  statements: SentenceAnalysis[],
  actors: SuggestedEventActor[],
  predicate: string,
): string | null {
  const initiators = new Set(actors.filter((a) => a.role === "initiator").map((a) => a.key));
  if (initiators.size === 0) return null;
  const options: { title: string; headline: boolean; words: number }[] = [];
  for (const s of statements) {
    const hit = findTriggers(s.text).find((h) => h.trigger.predicate === predicate);
    if (!hit) continue;
    const first = s.actors
      .filter((a) => a.start - s.start < hit.start)
      .sort((a, b) => a.start - b.start)[0];
    if (!first || !initiators.has(first.key)) continue;
    let from = first.start - s.start;
    const before = s.text.slice(0, from);
    // Only a leading adverbial may stand before the subject.
    if (before.trim() && !LEADING_CLAUSE.test(before)) continue;
    let text = s.text.slice(from);
    const keep = s.actors.map((a) => ({
      start: a.start - s.start - from,
      end: a.end - s.start - from,
    }));
    const letters = text
      .replace(/[^\p{L}\s]/gu, "")
      .split(/\s+/)
      .filter(Boolean);
    const capitals = letters.filter((w) => /^\p{Lu}/u.test(w)).length;
    const headline = letters.length > 0 && capitals / letters.length > 0.5;
    if (headline)
      text = text.replace(/\p{L}+/gu, (w, at: number) =>
        at === 0 || keep.some((k) => at >= k.start && at < k.end) ? w : w.toLowerCase(),
      );
    from = 0;
    const title = titleFromSentence(text);
    options.push({ title, headline, words: title.split(/\s+/).length });
  }
  const best = options
    .filter((o) => o.words >= 3)
    .sort((a, b) => Number(a.headline) - Number(b.headline) || a.words - b.words)[0];
  return best?.title ?? null;
}
