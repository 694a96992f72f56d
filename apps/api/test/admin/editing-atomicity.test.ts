import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { loadEvent } from "../../src/db/queries/load";
import { runWrite } from "../../src/services/batch";
import { eventWriteStatements, updateEvent } from "../../src/services/events";
import {
  expectStatus,
  makeClaim,
  makeEvent,
  makeSource,
  storedRow,
  tableCounts,
  withVersion,
} from "./editing-support";
import { adminFetch, loginAs } from "./support/auth";

describe("optimistic concurrency", () => {
  it("lets exactly one of two concurrent PATCHes on the same version win", async () => {
    const editor = await loginAs("editor");
    const other = await loginAs("editor");
    const event = await makeEvent(editor);
    const [a, b] = await Promise.all([
      withVersion(editor, "PATCH", `/admin/api/events/${event.id}`, 1, { summary: "from A" }),
      withVersion(other, "PATCH", `/admin/api/events/${event.id}`, 1, { summary: "from B" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? "from A" : "from B";
    const stored = await storedRow("events", event.id);
    expect(stored).toMatchObject({ summary: winner, version: 2 });
    const revisions = await env.DB.prepare(
      "SELECT count(*) AS n FROM revisions WHERE record_id = ? AND action = 'update'",
    )
      .bind(event.id)
      .first<{ n: number }>();
    expect(revisions?.n).toBe(1);
  });

  it("aborts the batch inside D1 when the version moved after the write layer read it", async () => {
    // Both writers read version 1 before either writes: only the version guard in the batch
    // can tell the second one that its read is stale.
    const editor = await loginAs("editor");
    const event = await makeEvent(editor);
    const db = createDb(env.DB);
    const ctx = {
      user: { id: editor.user.id, role: "editor" as const },
      now: new Date().toISOString(),
    };
    const results = await Promise.allSettled(
      ["one", "two", "three", "four"].map((summary) =>
        updateEvent(db, event.id, { summary }, 1, ctx),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "precondition_failed" });
    }
    expect((await storedRow("events", event.id))?.version).toBe(2);
    expect((await tableCounts()).write_guards).toBe(0);
  });
});

describe("the version guard inside the batch", () => {
  it("aborts a batch built from a stale read: links, revision and change feed all roll back", async () => {
    const editor = await loginAs("editor");
    const event = await makeEvent(editor, { places: ["AF"] });
    const db = createDb(env.DB);
    const ctx = {
      user: { id: editor.user.id, role: "editor" as const },
      now: new Date().toISOString(),
    };
    const stale = (await loadEvent(db, event.id))?.event;
    if (!stale) throw new Error("event not stored");
    await expectStatus(
      await withVersion(editor, "PATCH", `/admin/api/events/${event.id}`, 1, { summary: "first" }),
      200,
    );
    const before = await storedRow("events", event.id);
    const counts = await tableCounts();
    const after = { ...stale, places: ["US"], status: "published" as const, version: 2 };
    // The guard is the batch's first statement; the link rewrite, revision and change row follow.
    const statements = eventWriteStatements(db, ctx, stale, after, "update");
    await expect(
      runWrite(db, statements, async () => ({ version: 2, record: null })),
    ).rejects.toMatchObject({ code: "precondition_failed" });
    expect(await storedRow("events", event.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });
});

describe("a failed write changes nothing", () => {
  it("rolls back statements that already ran when a later one in the batch fails", async () => {
    // Two records in one batch, as a merge writes them: the first record's row, links,
    // revision and change row all run before the second one's slug hits the unique index.
    const editor = await loginAs("editor");
    const taken = await makeEvent(editor, { slug: "mid-batch-taken" });
    const first = await makeEvent(editor, { places: ["AF"] });
    const second = await makeEvent(editor);
    const db = createDb(env.DB);
    const ctx = {
      user: { id: editor.user.id, role: "editor" as const },
      now: new Date().toISOString(),
    };
    const a = (await loadEvent(db, first.id))?.event;
    const b = (await loadEvent(db, second.id))?.event;
    if (!a || !b) throw new Error("events not stored");
    const rows = [await storedRow("events", first.id), await storedRow("events", second.id)];
    const counts = await tableCounts();
    const statements = [
      ...eventWriteStatements(
        db,
        ctx,
        a,
        { ...a, places: ["RU"], status: "published", version: 2 },
        "update",
      ),
      ...eventWriteStatements(db, ctx, b, { ...b, slug: taken.slug, version: 2 }, "update"),
    ];
    await expect(runWrite(db, statements, async () => null)).rejects.toMatchObject({
      code: "conflict",
    });
    expect([await storedRow("events", first.id), await storedRow("events", second.id)]).toEqual(
      rows,
    );
    expect(await tableCounts()).toEqual(counts);
  });

  it("rejects a duplicate source URL with 409 and leaves every table as it was", async () => {
    const editor = await loginAs("editor");
    const first = await makeSource(editor, { url: "https://news.example/dup?utm_source=x" });
    expect(first.url).toBe("https://news.example/dup");
    const counts = await tableCounts();
    const res = await adminFetch(editor, "POST", "/admin/api/sources", {
      kind: "article",
      title: "Same article again",
      url: "https://news.example/dup",
    });
    const problem = await expectStatus<{ code: string; errors: { path: string }[] }>(res, 409);
    expect(problem.code).toBe("conflict");
    expect(problem.errors[0]?.path).toBe("body.url");
    expect(await tableCounts()).toEqual(counts);
  });

  it("rejects an event slug collision on update with 409: row, links and revisions unchanged", async () => {
    const editor = await loginAs("editor");
    const taken = await makeEvent(editor, { slug: "taken-slug" });
    const event = await makeEvent(editor, { places: ["AF"] });
    const before = await storedRow("events", event.id);
    const counts = await tableCounts();
    // The edit also replaces the place links: they must stay as they were too.
    const res = await withVersion(editor, "PATCH", `/admin/api/events/${event.id}`, 1, {
      slug: taken.slug,
      places: ["RU", "US"],
    });
    expect((await expectStatus<{ errors: { path: string }[] }>(res, 409)).errors[0]?.path).toBe(
      "body.slug",
    );
    expect(await storedRow("events", event.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
    const read = await expectStatus<{ places: string[] }>(
      await adminFetch(editor, "GET", `/admin/api/events/${event.id}`),
      200,
    );
    expect(read.places).toEqual(["AF"]);
  });

  it("refuses a merge at a stale version with 412 and changes nothing", async () => {
    const reviewer = await loginAs("reviewer");
    const source = await makeSource(reviewer);
    const winner = await makeClaim(reviewer, { sourceId: source.id });
    const loser = await makeClaim(reviewer, { sourceId: source.id });
    await expectStatus(
      await adminFetch(reviewer, "POST", `/admin/api/claims/${loser.id}/evidence`, {
        sourceId: source.id,
        quote: "recognized",
      }),
      201,
    );
    const counts = await tableCounts();
    const loserRow = await storedRow("claims", loser.id);
    const res = await adminFetch(reviewer, "POST", `/admin/api/claims/${loser.id}/merge`, {
      into: winner.id,
      version: 1,
    });
    expect((await expectStatus<{ currentVersion: number }>(res, 412)).currentVersion).toBe(2);
    expect(await tableCounts()).toEqual(counts);
    expect(await storedRow("claims", loser.id)).toEqual(loserRow);
  });
});
