/**
 * The integrity checker (src/db/integrity): silent on a database written only through the API,
 * and naming each invariant a direct write breaks.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { checkIntegrity } from "../../src/db/integrity/run";
import { expectStatus, makeClaim, makeEvent, makeSource, withVersion } from "./editing-support";
import { adminFetch, loginAs } from "./support/auth";

const names = async () => new Set((await checkIntegrity(env.DB)).map((v) => v.check));

describe("the integrity checker", () => {
  it("finds nothing wrong after ordinary work through the API", async () => {
    const reviewer = await loginAs("reviewer");
    const editor = await loginAs("editor");
    const source = await makeSource(editor);
    const event = await makeEvent(editor);
    const claim = await makeClaim(editor, { sourceId: source.id, eventIds: [event.id] });
    await expectStatus(
      await withVersion(editor, "PATCH", `/admin/api/events/${event.id}`, event.version, {
        title: "Edited once",
      }),
      200,
    );
    const other = await makeClaim(editor, { sourceId: source.id });
    await expectStatus(
      await adminFetch(reviewer, "POST", `/admin/api/claims/${other.id}/merge`, { into: claim.id }),
      200,
    );
    expect(await checkIntegrity(env.DB)).toEqual([]);
  });

  it("names a version without its revision, a dangling link, a merge cycle and FTS drift", async () => {
    const editor = await loginAs("editor");
    const source = await makeSource(editor);
    const [a, b] = [await makeEvent(editor), await makeEvent(editor)];
    const claim = await makeClaim(editor, { sourceId: source.id, eventIds: [a.id] });
    await env.DB.batch([
      env.DB.prepare("UPDATE events SET version = version + 1 WHERE id = ?").bind(a.id),
      env.DB.prepare(
        "INSERT INTO claim_events (claim_id, event_id) VALUES (?, 'evt_01JZ0MISSING0000000000000')",
      ).bind(claim.id),
      env.DB.prepare("UPDATE events SET merged_into = ? WHERE id = ?").bind(b.id, a.id),
      env.DB.prepare("UPDATE events SET merged_into = ? WHERE id = ?").bind(a.id, b.id),
      env.DB.prepare(
        "INSERT INTO write_guards (record_type, record_id, expected_version) SELECT 'event', ?, 99 WHERE 0",
      ).bind(a.id),
    ]);
    const found = await names();
    expect(found).toContain("revisions.events");
    expect(found).toContain("links.claim_events.event_id");
    expect(found).toContain("merges.events");
    // Undo the cycle, then make the public search index drift: publish a row behind its back.
    await env.DB.batch([
      env.DB.prepare("UPDATE events SET merged_into = NULL WHERE id IN (?, ?)").bind(a.id, b.id),
      env.DB.prepare("DROP TRIGGER IF EXISTS events_public_fts_update"),
      env.DB.prepare("UPDATE events SET status = 'published' WHERE id = ?").bind(b.id),
    ]);
    expect(await names()).toContain("fts.events_public_fts");
  });

  it("flags idempotency keys and sessions kept past their retention", async () => {
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000).toISOString();
    const user = (await loginAs("editor")).user;
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO idempotency_keys (user_id, key, method, path, request_hash, status, response_body, created_at) VALUES (?, 'stale', 'POST', '/x', 'h', 201, '{}', ?)",
      ).bind(user.id, old),
      env.DB.prepare(
        "INSERT INTO sessions (id, user_id, created_at, expires_at, last_seen_at) VALUES ('stale-session', ?, ?, ?, ?)",
      ).bind(user.id, old, old, old),
    ]);
    const found = await names();
    expect(found).toContain("retention.idempotency_keys");
    expect(found).toContain("retention.sessions");
  });
});
