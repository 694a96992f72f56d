// Actor mentions: the built-in gazetteer plus the database's actors (`knownActors`), matched as
// whole words, longest name first. A known actor with the same ISO code or Wikidata QID as a
// gazetteer entry absorbs it, so "Moscow" resolves to the database's Russia.
import type { Actor, ActorMention } from "@factline/domain";
import { endsWithTitle, findEntities, isTitleOnly } from "./entities";
import { GAZETTEER, type GazetteerEntry } from "./gazetteer";

type Surface = {
  surface: string;
  entry: GazetteerEntry;
  via: ActorMention["via"];
  actorId: string | null;
};

const ELISION = /^(?:l|d|dell|all|nell|dall|sull|dell|qu|j|s|c|n)['’](?=\p{Lu})/iu;

/**
 * A compiled matcher for one set of known actors. With `lang`, `find` also returns the people,
 * organisations and groups found in the text by shape (entities.ts) that neither the gazetteer
 * nor `knownActors` has: new actors for the editor (`via: "text"`, keyed `new:<kind>:<name>`)
 * with no actorId, ISO code or QID.
 */
export type ActorMatcher = {
  find(text: string, offset?: number, lang?: string | null): ActorMention[];
};

/** True for a mention of an actor found only in the text (not in the gazetteer or database). */
export const isNewActor = (m: Pick<ActorMention, "via">) => m.via === "text";

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");

function newActors(text: string, offset: number, lang: string, known: ActorMention[]) {
  const out: ActorMention[] = [];
  for (const e of findEntities(text, lang, offset)) {
    // A span that contains or touches a known name is that actor ("UN-Sicherheitsrat",
    // "Russian Foreign Ministry" stays with the gazetteer's mention).
    if (known.some((k) => k.start < e.end && e.start < k.end)) continue;
    out.push({
      text: e.text,
      start: e.start,
      end: e.end,
      key: `new:${e.kind}:${slug(e.text)}`,
      name: e.text,
      kind: e.kind,
      actorId: null,
      iso3166: null,
      wikidata: null,
      via: "text",
    });
  }
  return out;
}

const isAllCaps = (s: string) => /\p{L}/u.test(s) && s === s.toUpperCase() && s.length <= 5;

function surfaces(knownActors: readonly Actor[]): Surface[] {
  const out: Surface[] = [];
  const absorbed = new Map<string, Actor>();
  for (const a of knownActors) {
    for (const e of GAZETTEER) {
      if (
        (a.externalIds.iso3166 && a.externalIds.iso3166 === e.iso3166) ||
        (a.externalIds.wikidata && a.externalIds.wikidata === e.wikidata)
      )
        absorbed.set(e.key, a);
    }
  }
  for (const a of knownActors) {
    const entry: GazetteerEntry = {
      key: a.id,
      name: a.name,
      kind: a.kind,
      iso3166: a.externalIds.iso3166 ?? null,
      wikidata: a.externalIds.wikidata ?? null,
      aliases: a.aliases,
      demonyms: [],
      capitals: [],
    };
    for (const s of [a.name, ...a.aliases])
      out.push({ surface: s, entry, via: "known_actor", actorId: a.id });
  }
  for (const e of GAZETTEER) {
    const known = absorbed.get(e.key);
    const entry: GazetteerEntry = known
      ? { ...e, key: known.id, name: known.name, kind: known.kind }
      : e;
    const actorId = known ? known.id : null;
    out.push({ surface: e.name, entry, via: "name", actorId });
    for (const s of e.aliases) out.push({ surface: s, entry, via: "alias", actorId });
    for (const s of e.demonyms) out.push({ surface: s, entry, via: "demonym", actorId });
    for (const s of e.capitals) out.push({ surface: s, entry, via: "capital", actorId });
  }
  return out.filter((s) => s.surface.trim().length > 1);
}

// Whether a UTF-16 code unit is an uppercase letter (\p{Lu}), looked up once per code unit.
const CAPITAL = new Int8Array(0x10000);
function isCapital(code: number): boolean {
  let v = CAPITAL[code] as number;
  if (v === 0) {
    v = /^\p{Lu}/u.test(String.fromCharCode(code)) ? 1 : -1;
    CAPITAL[code] = v;
  }
  return v === 1;
}

/** Whether a text starts with an uppercase letter (\p{Lu}), astral letters included. */
function startsCapital(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdbff) return /^\p{Lu}/u.test(s);
  return isCapital(code);
}

/** A token without a final period and a possessive before it ("russia’s." → "russia"). */
function withoutPossessive(s: string): string {
  let end = s.length;
  if (s.charCodeAt(end - 1) === 0x2e) end--;
  const q = s.charCodeAt(end - 2);
  if (end >= 2 && s.charCodeAt(end - 1) === 0x73 && (q === 0x27 || q === 0x2019)) end -= 2;
  return end === s.length ? s : s.slice(0, end);
}

// Word tokens; "U.S." and "d'Ivoire" are one token, hyphens and spaces separate tokens.
const TOKEN = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?/gu;

/**
 * Compiles a matcher for the gazetteer plus `knownActors`. Matching walks capitalized tokens
 * and looks up the longest run of tokens that is a known name: one Map lookup per candidate,
 * instead of a regex alternation of every name tried at every position.
 */
export function createActorMatcher(knownActors: readonly Actor[] = []): ActorMatcher {
  const all = surfaces(knownActors);
  const exact = new Map<string, Surface>();
  const folded = new Map<string, Surface>();
  // Demonyms written lowercase in their language ("rusos", "ukrainienne", "russische") match
  // lowercase too; every other name only capitalised.
  const lowercase = new Map<string, Surface>();
  const lowerHeads = new Set<string>();
  // For each first token (lowercase, possessive and period dropped), the longest name it starts.
  const firstToken = new Map<string, number>();
  for (const s of all) {
    const toks = s.surface.match(TOKEN) ?? [];
    const head = (toks[0] ?? "").toLowerCase().replace(/\.$/, "");
    firstToken.set(head, Math.max(firstToken.get(head) ?? 0, toks.length));
    // First one wins: known actors were added before the gazetteer.
    if (isAllCaps(s.surface)) {
      if (!exact.has(s.surface)) exact.set(s.surface, s);
    } else {
      const k = s.surface.toLowerCase();
      if (!folded.has(k)) folded.set(k, s);
      if (/^\p{Ll}/u.test(s.surface)) {
        if (!lowercase.has(s.surface)) lowercase.set(s.surface, s);
        lowerHeads.add(head);
      }
    }
  }
  const lookup = (candidate: string): Surface | undefined =>
    exact.get(candidate) ??
    (startsCapital(candidate) ? folded.get(candidate.toLowerCase()) : lowercase.get(candidate));
  return {
    find(text: string, offset = 0, lang?: string | null): ActorMention[] {
      const tokens: { start: number; end: number }[] = [];
      TOKEN.lastIndex = 0;
      for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
        // An elided article is not part of the name: "l’Ukraine", "dell’Ue", "d'Israël".
        const elided = /['’]/.test(m[0]) ? ELISION.exec(m[0]) : null;
        const start = m.index + (elided && elided[0].length < m[0].length ? elided[0].length : 0);
        tokens.push({ start, end: m.index + m[0].length });
      }
      const out: ActorMention[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const first = tokens[i] as { start: number; end: number };
        // One code unit, as the regex this replaces tested text[first.start].
        const lowerStart = !isCapital(text.charCodeAt(first.start));
        if (lowerStart && lowerHeads.size === 0) continue;
        const head = withoutPossessive(text.slice(first.start, first.end).toLowerCase());
        if (lowerStart && !lowerHeads.has(head)) continue;
        const longest = firstToken.get(head) ?? firstToken.get(`${head}.`) ?? 0;
        if (longest === 0) continue;
        let hit: { surface: Surface; end: number; last: number } | undefined;
        for (let n = Math.min(longest, tokens.length - i); n >= 1 && !hit; n--) {
          const last = tokens[i + n - 1] as { start: number; end: number };
          const candidate = text.slice(first.start, last.end);
          // Only single spaces or hyphens may join the tokens of one name.
          if (n > 1 && /[^\p{L}\p{N}'’. -]|\s{2,}|\.\s/u.test(candidate.replace(/\.$/, "")))
            continue;
          const found = lookup(candidate);
          if (found) {
            hit = { surface: found, end: last.end, last: i + n - 1 };
            continue;
          }
          // A sentence-final period or a possessive is not part of the name ("Russia’s.").
          const name = withoutPossessive(candidate);
          const bare = candidate.length - name.length;
          if (bare === 0) continue;
          const trimmed = lookup(name);
          if (trimmed) hit = { surface: trimmed, end: last.end - bare, last: i + n - 1 };
        }
        if (!hit) continue;
        // "New Jersey", "New Mexico": a state, not the gazetteer's country or island.
        if (
          /New\s$/.test(text.slice(Math.max(0, first.start - 4), first.start)) &&
          !/^New\b/.test(hit.surface.surface)
        )
          continue;
        const e = hit.surface.entry;
        out.push({
          text: text.slice(first.start, hit.end),
          start: offset + first.start,
          end: offset + hit.end,
          key: e.key,
          name: e.name,
          kind: e.kind,
          actorId: hit.surface.actorId as ActorMention["actorId"],
          iso3166: e.iso3166,
          wikidata: e.wikidata,
          via: hit.surface.via,
        });
        i = hit.last;
      }
      if (lang === undefined) return out;
      return [...out, ...newActors(text, offset, lang ?? "", out)].sort(
        (a, b) => a.start - b.start,
      );
    },
  };
}

let defaultMatcher: ActorMatcher | undefined;

/** The matcher for the gazetteer alone, compiled once. */
export function defaultActorMatcher(): ActorMatcher {
  defaultMatcher ??= createActorMatcher([]);
  return defaultMatcher;
}

/** Finds gazetteer actors (plus `knownActors`) in a text. */
export function findActors(text: string, knownActors: readonly Actor[] = []): ActorMention[] {
  return (knownActors.length > 0 ? createActorMatcher(knownActors) : defaultActorMatcher()).find(
    text,
  );
}

type SentenceActors = { text: string; start: number; actors: ActorMention[] };

// "Organización Mundial de la Salud (OMS)", "the Islamic State (IS)": a name and the acronym
// the text defines for it in brackets right after it.
const DEFINED_ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{N}]{1,7})\)/u;
const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’-]*(?![\p{L}\p{N}])/gu;

const NAME_PARTICLE = /^(?:da|de|do|dos|das|del|della|di|van|von|der|la|le|bin|al)$/;

function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
}

/**
 * Links what one article calls the same actor across its sentences: a person named in full
 * once ("Bernard Kouchner", "Barack Obama") is that person where the text then uses the surname
 * alone ("Kouchner condamne…", "M. Obama"), and an acronym the text defines ("Supremo Tribunal
 * Federal (STF)") is that body wherever it is used. The surname or acronym becomes a mention of
 * the full name (same key), even where its shape alone would not make it one (a surname opening
 * a sentence or a headline). Mutates and re-sorts each sentence's `actors`.
 */
export function linkDocumentActors(sentences: SentenceActors[], lang?: string | null): void {
  resolveTitles(sentences);
  // German capitalises every noun: its sentences look like headlines in title case.
  if (lang !== "de") dropHeadlineSpans(sentences);
  const aliases = new Map<string, ActorMention | null>();
  const oneWord = new Map<string, ActorMention>();
  const add = (alias: string, m: ActorMention) => {
    const seen = aliases.get(alias);
    // An alias two different actors share names neither.
    if (seen === undefined) aliases.set(alias, m);
    else if (seen && seen.key !== m.key) aliases.set(alias, null);
  };
  for (const s of sentences) {
    // A headline capitalises every word, so its spans ("Officially Embraces Houthi") are no
    // evidence of a name.
    const titleCase = isTitleCase(s.text);
    for (const m of s.actors) {
      const words = m.name.split(/\s+/);
      // A name of capitalised words, or with the particles of Iberian and Italian names ("Luiz
      // Inácio Lula da Silva"); in German "Ansammlungen von Drohnen" is a noun phrase.
      const particles =
        lang !== "de" && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w));
      if (
        !titleCase &&
        m.kind === "person" &&
        isNewActor(m) &&
        !isTitleOnly(m.name) &&
        words.length >= 2 &&
        /^\p{Lu}/u.test(words[words.length - 1] as string) &&
        (words.every((w) => /^\p{Lu}/u.test(w))
          ? words.length <= 3
          : particles && words.length <= 6)
      ) {
        const last = words[words.length - 1] as string;
        if (last.length >= 3) add(last, m);
        // Long Iberian names are shortened to any of their surnames ("Lula", "Rebelo").
        if (words.length >= 4)
          for (const w of words.slice(1, -1)) if (w.length >= 4 && /^\p{Lu}/u.test(w)) add(w, m);
      }
      const after = DEFINED_ACRONYM.exec(s.text.slice(m.end - s.start));
      if (after && m.kind !== "person" && words.length >= 2) add(after[1] as string, m);
    }
    // A one-word name the text uses mid-sentence ("… no Instagram") is that name where a
    // headline or a sentence opens with it ("Instagram avisa: …").
    for (const m of s.actors) {
      if (isNewActor(m) && m.kind !== "person" && !/\s/.test(m.name) && m.name.length >= 4)
        if (!/^\s*$/.test(s.text.slice(0, m.start - s.start)) && !titleCase)
          oneWord.set(m.name, oneWord.get(m.name) ?? m);
    }
    // "SFT (Supremo Tribunal Federal)": the acronym first, its name in brackets.
    for (const m of s.actors) {
      if (!/^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(m.text)) continue;
      const rest = s.text.slice(m.end - s.start);
      const long = s.actors.find(
        (a) =>
          a.kind !== "person" &&
          a.name.split(/\s+/).length >= 2 &&
          /^\s*\($/.test(rest.slice(0, a.start - m.end)) &&
          rest[a.end - m.end] === ")",
      );
      if (long) add(m.text, long);
    }
  }
  // A person's surname wins over the same word found alone ("afirmou Lula").
  for (const [word, m] of oneWord) if (!aliases.has(word)) aliases.set(word, m);
  if (aliases.size === 0) return;
  for (const s of sentences) {
    const linked: ActorMention[] = [];
    for (const w of s.text.matchAll(CAPITALISED_WORD)) {
      const full = aliases.get(w[0]);
      if (!full) continue;
      const start = s.start + w.index;
      const end = start + w[0].length;
      const at = s.actors.findIndex((a) => a.start < end && start < a.end);
      const over = at >= 0 ? (s.actors[at] as ActorMention) : null;
      // Inside a longer mention ("Barack Obama" itself, "Donald Trump Jr.") it is that mention.
      if (over && (over.start !== start || over.end !== end)) continue;
      if (over && !isNewActor(over)) continue;
      const mention: ActorMention = { ...full, text: w[0], start, end };
      if (over) s.actors[at] = mention;
      else linked.push(mention);
    }
    if (linked.length > 0) s.actors = [...s.actors, ...linked].sort((a, b) => a.start - b.start);
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A title standing for a person ("Health Minister intervenes…", "Il Presidente") is the person
 * the page names after that title elsewhere ("Minister of Health Simeon Brown"): the mention of
 * the title becomes a mention of that person, when exactly one person is named after words that
 * hold every word of the title.
 */
function resolveTitles(sentences: SentenceActors[]): void {
  const named: { window: Set<string>; person: ActorMention }[] = [];
  for (const s of sentences) {
    for (const p of s.actors) {
      if (p.kind !== "person" || isTitleOnly(p.name) || p.name.split(/\s+/).length < 2) continue;
      const before = s.text.slice(Math.max(0, p.start - s.start - 60), p.start - s.start);
      if (!endsWithTitle(before)) continue;
      const words = (before.toLowerCase().match(WORD) ?? []).slice(-4);
      named.push({ window: new Set(words), person: p });
    }
  }
  if (named.length === 0) return;
  for (const s of sentences) {
    s.actors = s.actors.map((m) => {
      if (!isNewActor(m) || !isTitleOnly(m.name)) return m;
      const words = m.name.toLowerCase().match(WORD) ?? [];
      const keys = new Map<string, ActorMention>();
      for (const n of named)
        if (words.every((w) => n.window.has(w))) keys.set(n.person.key, n.person);
      if (keys.size !== 1) return m;
      const person = [...keys.values()][0] as ActorMention;
      return { ...person, text: m.text, start: m.start, end: m.end };
    });
  }
}

/**
 * A headline in title case capitalises every word, so a run of capitals there ("Kills Four
 * Fighters", "Drone Drops Unidentified Object") names someone only when the page writes the same
 * name elsewhere; a span of several words found only there is dropped.
 */
function dropHeadlineSpans(sentences: SentenceActors[]): void {
  // Every word of four letters or more capitalised, not merely most words (a Spanish sentence
  // with a country and a person in it has more capitals than not).
  const headline = (text: string) => {
    const long = (text.match(/\p{L}{4,}/gu) ?? []).filter((w) => w.length >= 4);
    return long.length >= 6 && long.every((w) => /^\p{Lu}/u.test(w));
  };
  // Written elsewhere as a name: the same words, its first letter a capital ("GIUSEPPE CONTE"
  // is "Giuseppe Conte" in the text; "Unidentified Object" is not "an unidentified object").
  const namedIn = (text: string, name: string) => {
    const lower = text.toLowerCase();
    const want = name.toLowerCase();
    for (let at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + 1))
      if (/^\p{Lu}/u.test(text.slice(at))) return true;
    return false;
  };
  for (const s of sentences) {
    if (!headline(s.text)) continue;
    const kept = s.actors.filter(
      (m) =>
        !isNewActor(m) ||
        !/\s/.test(m.name) ||
        sentences.some((o) => o !== s && !headline(o.text) && namedIn(o.text, m.name)),
    );
    if (kept.length !== s.actors.length) s.actors = kept;
  }
}
