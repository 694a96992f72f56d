/**
 * Many writers at once, through the real Worker on one D1: the version guard, the idempotency
 * reservation, the ingest guard and the merge checks must each let exactly one writer win.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { checkIntegrity } from "../../src/db/integrity/run";
import { expectStatus, makeClaim, makeEvent, makeSource, withVersion } from "./editing-support";
import { acceptIngest, defaultSelection, seedVariant, startIngest } from "./ingest-support";
import { adminFetch, countRows, loginAs } from "./support/auth";

async function revisionsOf(id: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM revisions WHERE record_id = ?")
    .bind(id)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe("concurrent writers", () => {
  it("50 concurrent PATCHes with the same If-Match: one 200, 49 × 412, one new revision", async () => {
    const editor = await loginAs("editor");
    const event = await makeEvent(editor);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        withVersion(editor, "PATCH", `/admin/api/events/${event.id}`, event.version, {
          title: `Contended title ${i}`,
        }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    expect(await revisionsOf(event.id)).toBe(2);
    const stored = await expectStatus<{ version: number; title: string }>(
      await adminFetch(editor, "GET", `/admin/api/events/${event.id}`),
      200,
    );
    expect(stored.version).toBe(2);
    const winner = answers.find((r) => r.status === 200);
    expect((await winner?.json<{ title: string }>())?.title).toBe(stored.title);
  });

  it("50 concurrent creates with one Idempotency-Key: one record, the rest replay or wait", async () => {
    const editor = await loginAs("editor");
    const body = { title: `Idempotent under load ${crypto.randomUUID()}`, kind: "other" };
    const key = crypto.randomUUID();
    const before = await countRows("events");
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        adminFetch(editor, "POST", "/admin/api/events", body, { "idempotency-key": key }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    // A request arriving while the first still runs is told to retry (409 + Retry-After).
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(await countRows("events")).toBe(before + 1);
    const ids = new Set(
      await Promise.all(
        answers
          .filter((r) => r.status === 201)
          .map(async (r) => (await r.json<{ id: string }>()).id),
      ),
    );
    expect(ids.size).toBe(1);
  });

  it("two concurrent accepts of one ingest: one wins, the other is refused, one source", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: seedVariant(env.SEED_ARTICLE, "contended") });
    const before = await countRows("sources");
    const selection = defaultSelection(draft.result);
    const [a, b] = await Promise.all([
      acceptIngest(editor, draft.id, selection),
      acceptIngest(editor, draft.id, selection),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const created = await countRows("sources");
    // The article and its embedded post(s), once.
    expect(created - before).toBe(1 + draft.result.embeddedPosts.length);
  });

  it("concurrent merges of A into B and B into A leave no cycle", async () => {
    const reviewer = await loginAs("reviewer");
    const source = await makeSource(reviewer);
    const [a, b] = await Promise.all([
      makeClaim(reviewer, { sourceId: source.id }),
      makeClaim(reviewer, { sourceId: source.id }),
    ]);
    await Promise.all([
      adminFetch(reviewer, "POST", `/admin/api/claims/${a.id}/merge`, { into: b.id }),
      adminFetch(reviewer, "POST", `/admin/api/claims/${b.id}/merge`, { into: a.id }),
    ]);
    const rows = await env.DB.prepare("SELECT id, merged_into FROM claims WHERE id IN (?, ?)")
      .bind(a.id, b.id)
      .all<{ id: string; merged_into: string | null }>();
    const merged = rows.results.filter((r) => r.merged_into !== null);
    expect(merged).toHaveLength(1);

    const [e1, e2] = await Promise.all([makeEvent(reviewer), makeEvent(reviewer)]);
    await Promise.all([
      adminFetch(reviewer, "POST", `/admin/api/events/${e1.id}/merge`, { into: e2.id }),
      adminFetch(reviewer, "POST", `/admin/api/events/${e2.id}/merge`, { into: e1.id }),
    ]);
    const events = await env.DB.prepare("SELECT id, merged_into FROM events WHERE id IN (?, ?)")
      .bind(e1.id, e2.id)
      .all<{ id: string; merged_into: string | null }>();
    expect(events.results.filter((r) => r.merged_into !== null)).toHaveLength(1);
  });

  it("leaves every invariant of the database intact", async () => {
    expect(await checkIntegrity(env.DB)).toEqual([]);
  });
});
