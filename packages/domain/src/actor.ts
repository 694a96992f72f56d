import { z } from "zod";
import { CountryCode, Timestamp, text, Version } from "./common";
import { ActorId } from "./ids";

/** What kind of party an actor is. */
export const ActorKind = z
  .enum(["country", "organization", "person", "group"])
  .meta({ description: "What kind of party the actor is" });
export type ActorKind = z.infer<typeof ActorKind>;

/** Identifiers of the actor in other registries. */
export const ExternalIds = z
  .object({
    /** Wikidata item, e.g. `Q159` for Russia. */
    wikidata: z
      .string()
      .regex(/^Q\d+$/, { message: "must be a Wikidata QID such as Q159" })
      .optional()
      .meta({ description: "Wikidata QID", example: "Q159" }),
    /** ISO 3166-1 alpha-2 code, for countries. */
    iso3166: CountryCode.optional().describe("ISO 3166-1 alpha-2 code, for countries."),
  })
  .meta({ description: "Identifiers in other registries" });
export type ExternalIds = z.infer<typeof ExternalIds>;

/** A country, organization, person or group that takes part in events or makes claims. */
export const ActorSchema = z
  .object({
    /** The actor's id (`act_…`). */
    id: ActorId.describe("The actor's id (`act_…`)."),
    /** The actor's kind. */
    kind: ActorKind.describe("The actor's kind."),
    /** The usual name, e.g. `Russia`. */
    name: z.string().meta({ description: "Usual name", example: "Russia" }),
    /** Other names and demonyms used in text, e.g. `Russian Federation`, `Moscow`. */
    aliases: z.array(z.string()).meta({ description: "Other names used in text" }),
    /** Identifiers in other registries. */
    externalIds: ExternalIds.describe("Identifiers in other registries."),
    /** A short description. */
    description: z.string().nullable().meta({ description: "Short description" }),
    /** Version for optimistic concurrency. */
    version: Version.describe("Version for optimistic concurrency."),
    /** When the record was created. */
    createdAt: Timestamp.describe("When the record was created."),
    /** When the record last changed. */
    updatedAt: Timestamp.describe("When the record last changed."),
  })
  .meta({ id: "Actor", description: "A party to events: country, organization, person or group" });
export type Actor = z.infer<typeof ActorSchema>;

const actorInputFields = {
  /** The actor's kind. */
  kind: ActorKind.describe("The actor's kind."),
  /** The usual name, e.g. `Russia`. */
  name: text(200).meta({ description: "Usual name", example: "Russia" }),
  /** Other names and demonyms used in text, e.g. `Russian Federation`, `Moscow`. */
  aliases: z.array(text(200)).max(50).meta({ description: "Other names used in text" }),
  /** Identifiers in other registries. */
  externalIds: ExternalIds.describe("Identifiers in other registries."),
  /** A short description. */
  description: text(2000).nullable().meta({ description: "Short description" }),
};

/** Input to create an actor. */
export const CreateActorInput = z
  .object({
    ...actorInputFields,
    aliases: actorInputFields.aliases.default([]),
    externalIds: actorInputFields.externalIds.default({}),
    description: actorInputFields.description.optional(),
  })
  .strict()
  .meta({ id: "CreateActorInput", description: "Fields to create an actor" });
export type CreateActorInput = z.infer<typeof CreateActorInput>;

/** Input to update an actor: any subset of the fields, and only those change. */
export const UpdateActorInput = z
  .object(actorInputFields)
  .partial()
  .strict()
  .meta({ id: "UpdateActorInput", description: "Fields to change on an actor" });
export type UpdateActorInput = z.infer<typeof UpdateActorInput>;
