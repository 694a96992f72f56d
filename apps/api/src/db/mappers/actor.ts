import type { Actor } from "@factline/domain";
import type { ActorRow } from "../schema";

/** An actors row as the domain's Actor. */
export function toActor(row: ActorRow): Actor {
  const externalIds: Actor["externalIds"] = {};
  if (row.wikidata) externalIds.wikidata = row.wikidata;
  if (row.iso3166) externalIds.iso3166 = row.iso3166;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    aliases: row.aliases ?? [],
    externalIds,
    description: row.description,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
