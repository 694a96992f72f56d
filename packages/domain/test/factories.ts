import {
  type Actor,
  ActorSchema,
  type Claim,
  ClaimSchema,
  type Event,
  EventSchema,
  newId,
  type PartialDate,
  parsePartialDate,
  type Source,
  SourceSchema,
} from "../src";

const NOW = "2025-07-05T09:00:00.000Z";

/** A PartialDate from its text; throws on invalid text so a typo fails the test loudly. */
export function date(text: string): PartialDate {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}

/** A valid claim (checked against ClaimSchema), with overrides. */
export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  return ClaimSchema.parse({
    id: newId("clm"),
    text: "Russia recognised the Taliban government on 3 July.",
    statement: "Russia formally recognised the Taliban government of Afghanistan on 3 July 2025.",
    sourceId: null,
    actorId: null,
    eventIds: [],
    modality: "assertion",
    checkWorthiness: 0.8,
    assertion: null,
    evidence: [],
    review: null,
    rank: "normal",
    rankReason: null,
    status: "unreviewed",
    clusterId: null,
    createdBy: null,
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    publishedAt: null,
    ...overrides,
  });
}

/** A valid event (checked against EventSchema), with overrides. */
export function makeEvent(overrides: Partial<Event> = {}): Event {
  return EventSchema.parse({
    id: newId("evt"),
    slug: "russia-recognizes-taliban-government",
    title: "Russia formally recognizes the Taliban government of Afghanistan",
    summary: "Russia became the first country to recognise the Taliban government.",
    kind: "diplomacy.recognition",
    date: date("2025-07-03"),
    places: ["RU", "AF"],
    actors: [],
    related: [],
    status: "published",
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    publishedAt: NOW,
    ...overrides,
  });
}

/** A valid source (checked against SourceSchema), with overrides. */
export function makeSource(overrides: Partial<Source> = {}): Source {
  return SourceSchema.parse({
    id: newId("src"),
    kind: "article",
    url: "https://news.example.com/russia-taliban",
    title: "Russia becomes first country to recognise Taliban government",
    publisher: "Example News",
    author: "A. Reporter",
    actorId: null,
    publishedDate: date("2025-07-04"),
    retrievedAt: NOW,
    language: "en",
    contentHash: null,
    text: "Russia has become the first country to formally recognise the Taliban government.",
    reliability: "unrated",
    embeddedIn: null,
    note: null,
    status: "active",
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

/** A valid actor (checked against ActorSchema), with overrides. */
export function makeActor(overrides: Partial<Actor> = {}): Actor {
  return ActorSchema.parse({
    id: newId("act"),
    kind: "country",
    name: "Russia",
    aliases: ["Russian Federation"],
    externalIds: { wikidata: "Q159", iso3166: "RU" },
    description: null,
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}
