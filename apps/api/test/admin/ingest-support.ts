/**
 * Helpers for the ingest tests: drafts made through the real Worker, and the editor's default
 * selection built from a result the way the admin UI prefills it (never hard-coded ids).
 */
import type { IngestResult } from "@factline/domain";
import { expectStatus, tableCounts, type WRITE_TABLES } from "./editing-support";
import { adminFetch, type TestSession } from "./support/auth";

/** A draft as POST /admin/api/ingest returns it. */
export type IngestDraft = {
  id: string;
  status: string;
  inputKind: string;
  url: string | null;
  contentHash: string | null;
  result: IngestResult;
  duplicateOf: { sourceId: string; matchedBy: string; title: string } | null;
};

/** POSTs an ingest and expects 201. */
export async function startIngest(
  s: TestSession,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<IngestDraft> {
  return expectStatus<IngestDraft>(
    await adminFetch(s, "POST", "/admin/api/ingest", body, headers),
    201,
  );
}

/** The seed with one extra paragraph, so its text (and content hash) is new to the database. */
export function seedVariant(seed: string, tag: string): string {
  return `${seed.trimEnd()}\nAn editor's note for test ${tag}: this paragraph makes the text unique.\n`;
}

/**
 * The selection an editor makes by default: every claim of the main event's cluster plus the
 * highest-scoring claim of one other cluster, every embedded post, and a new event prefilled
 * from the suggestion (actors sent back as suggested).
 */
export function defaultSelection(result: IngestResult) {
  const main = result.mainEvent;
  if (!main) throw new Error("the result has no main event");
  const mainCluster = result.candidateClaims.filter((c) => c.clusterId === main.clusterId);
  const other = result.candidateClaims
    .filter((c) => c.clusterId !== main.clusterId)
    .sort((a, b) => b.score - a.score)[0];
  const claims = [...mainCluster, ...(other ? [other] : [])].map((c) => ({
    candidateId: c.id,
  }));
  return {
    claims,
    embeddedPosts: result.embeddedPosts.map((p) => ({ index: p.index })),
    event: {
      create: {
        title: main.title,
        kind: main.kind,
        date: main.date?.value ?? null,
        places: main.places,
        actors: main.actors,
        summary: "Russia recognized the Taliban government (test).",
      },
    },
  };
}

/** POSTs an accept; the raw Response. */
export function acceptIngest(
  s: TestSession,
  id: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return adminFetch(s, "POST", `/admin/api/ingest/${id}/accept`, body, headers);
}

/** SHA-256 hex of a string, as the API stores content hashes. */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Row counts of every write table, keyed by table name. */
export async function counts(): Promise<Record<(typeof WRITE_TABLES)[number], number>> {
  return (await tableCounts()) as Record<(typeof WRITE_TABLES)[number], number>;
}
