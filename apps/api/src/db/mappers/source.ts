import type { Source } from "@factline/domain";
import type { SourceRow } from "../schema";
import { toPartialDate } from "./partial-date";

/** A sources row as the domain's Source. */
export function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    kind: row.kind,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    actorId: row.actorId,
    publishedDate: toPartialDate({
      value: row.publishedValue,
      precision: row.publishedPrecision,
      earliest: row.publishedEarliest,
      latest: row.publishedLatest,
    }),
    retrievedAt: row.retrievedAt,
    language: row.language,
    contentHash: row.contentHash,
    text: row.text,
    reliability: row.reliability,
    embeddedIn: row.embeddedIn,
    note: row.note,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A source without its text: what lists and the event detail carry (the text can be long). */
export type SourceSummary = Omit<Source, "text">;

/** A sources row (text not selected) as a SourceSummary. */
export function toSourceSummary(row: Omit<SourceRow, "text">): SourceSummary {
  const { text: _text, ...rest } = toSource({ ...row, text: "" });
  return rest;
}
