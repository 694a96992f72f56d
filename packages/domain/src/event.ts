import { z } from "zod";
import { ActorKind } from "./actor";
import { CountryCode, optionalText, Slug, Timestamp, text, Version } from "./common";
import { ActorId, EventId } from "./ids";
import { PartialDateSchema, PartialDateText } from "./partial-date";

/**
 * The controlled vocabulary of event kinds, `area.action`. Small on purpose: filters and feeds
 * depend on editors choosing from the same few words.
 */
export const EVENT_KINDS = [
  "diplomacy.recognition",
  "diplomacy.agreement",
  "diplomacy.meeting",
  "diplomacy.statement",
  "diplomacy.sanction",
  "conflict.attack",
  "conflict.invasion",
  "conflict.withdrawal",
  "conflict.ceasefire",
  "politics.takeover",
  "politics.election",
  "politics.appointment",
  "politics.legislation",
  "politics.protest",
  "justice.ruling",
  "economy.trade",
  "economy.aid",
  "society.human_rights",
  "disaster.natural",
  "other",
] as const;

/** An event's kind, from the controlled vocabulary. */
export const EventKind = z.enum(EVENT_KINDS).meta({
  description: "Event kind from the controlled vocabulary",
  example: "diplomacy.recognition",
});
export type EventKind = z.infer<typeof EventKind>;

/** Where an event stands in the editorial workflow. */
export const EventStatus = z
  .enum(["draft", "in_review", "published", "retracted"])
  .meta({ description: "Editorial status: draft → in_review → published → retracted" });
export type EventStatus = z.infer<typeof EventStatus>;

/** The part an actor plays in an event. */
export const ActorRole = z
  .enum(["initiator", "target", "participant"])
  .meta({ description: "The part an actor plays in the event" });
export type ActorRole = z.infer<typeof ActorRole>;

/** How one event relates to another. */
export const EventRelation = z
  .enum(["precedes", "causes", "part_of", "responds_to"])
  .meta({ description: "How this event relates to the other" });
export type EventRelation = z.infer<typeof EventRelation>;

/** An actor taking part in an event. */
export const EventActor = z
  .object({
    /** The actor's id. */
    actorId: ActorId.describe("The actor's id."),
    /** The part the actor plays. */
    role: ActorRole.describe("The part the actor plays."),
  })
  .meta({ id: "EventActor", description: "An actor and the part it plays" });
export type EventActor = z.infer<typeof EventActor>;

/** A link from this event to another. */
export const RelatedEvent = z
  .object({
    /** The other event. */
    eventId: EventId.describe("The other event."),
    /** How this event relates to it: this event `precedes` / `causes` / is `part_of` / `responds_to` it. */
    relation: EventRelation.describe(
      "How this event relates to it: this event `precedes` / `causes` / is `part_of` / `responds_to` it.",
    ),
  })
  .meta({ id: "RelatedEvent", description: "A relation to another event" });
export type RelatedEvent = z.infer<typeof RelatedEvent>;

/** Something that happened, as the record states it. */
export const EventSchema = z
  .object({
    /** The event's id (`evt_…`). */
    id: EventId.describe("The event's id (`evt_…`)."),
    /** URL slug, unique among events. */
    slug: Slug.describe("URL slug, unique among events."),
    /** A short factual title. */
    title: z
      .string()
      .meta({ example: "Russia formally recognizes the Taliban government of Afghanistan" })
      .describe("A short factual title."),
    /** A neutral summary of what happened. */
    summary: z.string().meta({ description: "Neutral summary of what happened" }),
    /** The event's kind. */
    kind: EventKind.describe("The event's kind."),
    /** When it happened, to the precision known. */
    date: PartialDateSchema.nullable().describe("When it happened, to the precision known."),
    /** Countries where it happened (ISO 3166-1 alpha-2). */
    places: z
      .array(CountryCode)
      .meta({ description: "ISO 3166-1 alpha-2 codes of where it happened" }),
    /** The actors taking part and their roles. */
    actors: z.array(EventActor).describe("The actors taking part and their roles."),
    /** Links to related events. */
    related: z.array(RelatedEvent).describe("Links to related events."),
    /** Editorial status. */
    status: EventStatus.describe("Editorial status."),
    /** Version for optimistic concurrency. */
    version: Version.describe("Version for optimistic concurrency."),
    /** When the record was created. */
    createdAt: Timestamp.describe("When the record was created."),
    /** When the record last changed. */
    updatedAt: Timestamp.describe("When the record last changed."),
    /** When the event was first published, if it was. */
    publishedAt: Timestamp.nullable().describe("When the event was first published, if it was."),
  })
  .meta({ id: "Event", description: "A news event" });
export type Event = z.infer<typeof EventSchema>;

/** An event's actor as the public API lists it: the link plus what a reader sees of the actor. */
export const NamedEventActor = EventActor.extend({
  /** The actor's usual name. */
  name: z.string().meta({ description: "The actor's usual name", example: "Russia" }),
  /** What kind of party the actor is. */
  kind: ActorKind.describe("What kind of party the actor is."),
}).meta({
  id: "NamedEventActor",
  description: "An actor, its name and kind, and the part it plays",
});
export type NamedEventActor = z.infer<typeof NamedEventActor>;

/**
 * An event as the public API shows it: each actor carries its name and kind, so a list of
 * events renders without one request per actor (`/v1/actors/{id}` has the rest).
 */
export const PublicEventSchema = EventSchema.extend({
  /** The actors taking part, their names, kinds and roles. */
  actors: z
    .array(NamedEventActor)
    .describe("The actors taking part, with their names, kinds and roles."),
}).meta({ id: "PublicEvent", description: "A news event, its actors named" });
export type PublicEvent = z.infer<typeof PublicEventSchema>;

const eventInputFields = {
  /** A short factual title. */
  title: text(300).meta({ description: "A short factual title" }),
  /** URL slug, unique among events. */
  slug: Slug.meta({ description: "URL slug; made from the title when left out" }),
  /** A neutral summary of what happened. */
  summary: optionalText(5000).meta({ description: "Neutral summary" }),
  /** The event's kind. */
  kind: EventKind.describe("The event's kind."),
  /** When it happened, to the precision known. */
  date: PartialDateText.nullable().describe("When it happened, to the precision known."),
  /** Countries where it happened (ISO 3166-1 alpha-2). */
  places: z
    .array(CountryCode)
    .max(50)
    .describe("Countries where it happened (ISO 3166-1 alpha-2)."),
  /** The actors taking part and their roles. */
  actors: z.array(EventActor).max(100).describe("The actors taking part and their roles."),
  /** Links to related events. */
  related: z.array(RelatedEvent).max(100).describe("Links to related events."),
};

/** Input to create an event. New events start as drafts. */
export const CreateEventInput = z
  .object({
    ...eventInputFields,
    slug: eventInputFields.slug.optional(),
    summary: eventInputFields.summary.default(""),
    date: eventInputFields.date.optional(),
    places: eventInputFields.places.default([]),
    actors: eventInputFields.actors.default([]),
    related: eventInputFields.related.default([]),
  })
  .strict()
  .meta({ id: "CreateEventInput", description: "Fields to create an event" });
export type CreateEventInput = z.infer<typeof CreateEventInput>;

/**
 * Input to update an event: any subset of the fields, and only those change (no defaults).
 * Status changes go through the workflow, not here.
 */
export const UpdateEventInput = z
  .object(eventInputFields)
  .partial()
  .strict()
  .meta({ id: "UpdateEventInput", description: "Fields to change on an event" });
export type UpdateEventInput = z.infer<typeof UpdateEventInput>;
