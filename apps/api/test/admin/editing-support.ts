/**
 * Small factories for the editing tests: records created through the real admin API, and
 * table snapshots for "a rejected write changes nothing" checks.
 */
import { env } from "cloudflare:workers";
import type { Actor, Claim, Event, Source } from "@factline/domain";
import { expect } from "vitest";
import { adminFetch, type TestSession } from "./support/auth";

let n = 0;
const unique = () => {
  n += 1;
  return `${Date.now().toString(36)}-${n}`;
};

async function created<T>(res: Response): Promise<T> {
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return res.json<T>();
}

/** A draft event through POST /admin/api/events. */
export async function makeEvent(s: TestSession, fields: Record<string, unknown> = {}) {
  return created<Event>(
    await adminFetch(s, "POST", "/admin/api/events", {
      title: `Test event ${unique()}`,
      kind: "diplomacy.recognition",
      date: "2025-07-04",
      ...fields,
    }),
  );
}

/** A source through POST /admin/api/sources (unique URL unless given). */
export async function makeSource(s: TestSession, fields: Record<string, unknown> = {}) {
  return created<Source>(
    await adminFetch(s, "POST", "/admin/api/sources", {
      kind: "article",
      title: `Test source ${unique()}`,
      url: `https://news.example/${unique()}`,
      text: "Russia formally recognized the Taliban government on 4 July 2025.",
      ...fields,
    }),
  );
}

/** An actor through POST /admin/api/actors. */
export async function makeActor(s: TestSession, fields: Record<string, unknown> = {}) {
  return created<Actor & { status: string }>(
    await adminFetch(s, "POST", "/admin/api/actors", {
      kind: "country",
      name: `Country ${unique()}`,
      ...fields,
    }),
  );
}

/** An unreviewed claim through POST /admin/api/claims. */
export async function makeClaim(
  s: TestSession,
  fields: Record<string, unknown> & { sourceId: string },
) {
  return created<Claim>(
    await adminFetch(s, "POST", "/admin/api/claims", {
      text: `Russia recognized the Taliban government ${unique()}`,
      ...fields,
    }),
  );
}

/** A request with `If-Match: "<version>"`. */
export function withVersion(
  s: TestSession,
  method: string,
  path: string,
  version: number,
  body?: unknown,
) {
  return adminFetch(s, method, path, body, { "if-match": `"${version}"` });
}

/** Every table a write can touch (write_guards must stay empty). */
export const WRITE_TABLES = [
  "events",
  "event_actors",
  "event_places",
  "event_relations",
  "claims",
  "claim_events",
  "evidence",
  "reviews",
  "sources",
  "actors",
  "revisions",
  "changes",
  "write_guards",
] as const;

/** Row counts of every write table. */
export async function tableCounts(): Promise<Record<string, number>> {
  const rows = await env.DB.batch<{ n: number }>(
    WRITE_TABLES.map((t) => env.DB.prepare(`SELECT count(*) AS n FROM ${t}`)),
  );
  return Object.fromEntries(WRITE_TABLES.map((t, i) => [t, rows[i]?.results[0]?.n ?? -1]));
}

/** One stored row, raw, for before/after comparisons. */
export async function storedRow(table: string, id: string) {
  return env.DB.prepare(`SELECT * FROM ${table} WHERE id = ?`).bind(id).first();
}

/** Reads a JSON body and checks the status, showing the body when it differs. */
export async function expectStatus<T = Record<string, unknown>>(
  res: Response,
  status: number,
): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}
