// Actor mentions: the built-in gazetteer plus the database's actors (`knownActors`), matched as
// whole words, longest name first. A known actor with the same ISO code or Wikidata QID as a
// gazetteer entry absorbs it, so "Moscow" resolves to the database's Russia.
import type { Actor, ActorMention } from "@factline/domain";
import { GAZETTEER, type GazetteerEntry } from "./gazetteer";

type Surface = {
  surface: string;
  entry: GazetteerEntry;
  via: ActorMention["via"];
  actorId: string | null;
};

/** A compiled matcher for one set of known actors. */
export type ActorMatcher = { find(text: string, offset?: number): ActorMention[] };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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

/** Compiles a matcher for the gazetteer plus `knownActors`. */
export function createActorMatcher(knownActors: readonly Actor[] = []): ActorMatcher {
  const all = surfaces(knownActors);
  const exact = new Map<string, Surface>();
  const folded = new Map<string, Surface>();
  for (const s of all) {
    // First one wins: known actors were added before the gazetteer.
    if (isAllCaps(s.surface)) {
      if (!exact.has(s.surface)) exact.set(s.surface, s);
    } else {
      const k = s.surface.toLowerCase();
      if (!folded.has(k)) folded.set(k, s);
    }
  }
  const alternatives = [...new Set(all.map((s) => s.surface))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return {
    find(text: string, offset = 0): ActorMention[] {
      const out: ActorMention[] = [];
      for (const m of text.matchAll(pattern)) {
        const surface = m[0];
        const hit =
          exact.get(surface) ??
          (/^\p{Lu}/u.test(surface) ? folded.get(surface.toLowerCase()) : undefined);
        if (!hit) continue;
        // "New Jersey", "New Mexico": a state, not the gazetteer's country or island.
        if (
          /New\s$/.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
          !/^New\b/.test(hit.surface)
        )
          continue;
        const e = hit.entry;
        out.push({
          text: surface,
          start: offset + m.index,
          end: offset + m.index + surface.length,
          key: e.key,
          name: e.name,
          kind: e.kind,
          actorId: hit.actorId as ActorMention["actorId"],
          iso3166: e.iso3166,
          wikidata: e.wikidata,
          via: hit.via,
        });
      }
      return out;
    },
  };
}

let defaultMatcher: ActorMatcher | undefined;

/** Finds gazetteer actors (no known actors) in a text. */
export function findActors(text: string, knownActors: readonly Actor[] = []): ActorMention[] {
  if (knownActors.length > 0) return createActorMatcher(knownActors).find(text);
  defaultMatcher ??= createActorMatcher([]);
  return defaultMatcher.find(text);
}
