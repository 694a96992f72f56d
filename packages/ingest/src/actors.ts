// Actor mentions: the built-in gazetteer plus the database's actors (`knownActors`), matched as
// whole words, longest name first. A known actor with the same ISO code or Wikidata QID as a
// gazetteer entry absorbs it, so "Moscow" resolves to the database's Russia.
import type { Actor, ActorMention } from "@factline/domain";
import { findEntities } from "./entities";
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
