import { describe, expect, it } from "vitest";
import { expectStatus, makeActor, makeEvent, makeSource, withVersion } from "./editing-support";
import { adminFetch, loginAs } from "./support/auth";

type Revision = {
  id: string;
  version: number;
  action: string;
  userId: string | null;
  userName: string | null;
  createdAt: string;
  diff: { path: string; before?: unknown; after?: unknown }[];
  snapshot: Record<string, unknown> | null;
};

describe("revisions", () => {
  it("lists who changed what and when, newest first, with field diffs", async () => {
    const editor = await loginAs("editor", { name: "Edna Editor" });
    const event = await makeEvent(editor, { title: "First title", places: ["AF"] });
    await expectStatus(
      await withVersion(editor, "PATCH", `/admin/api/events/${event.id}`, 1, {
        title: "Second title",
        places: ["AF", "RU"],
      }),
      200,
    );
    const res = await adminFetch(editor, "GET", `/admin/api/events/${event.id}/revisions`);
    const { data } = await expectStatus<{ data: Revision[] }>(res, 200);
    expect(data.map((r) => [r.version, r.action])).toEqual([
      [2, "update"],
      [1, "create"],
    ]);
    expect(data[0]).toMatchObject({ userId: editor.user.id, userName: "Edna Editor" });
    expect(data[0]?.diff).toEqual([
      { path: "places", before: ["AF"], after: ["AF", "RU"] },
      { path: "title", before: "First title", after: "Second title" },
    ]);
    expect(data[0]?.snapshot).toMatchObject({ title: "Second title", version: 2 });
    expect(data[1]?.diff.map((d) => d.path)).toContain("title");
  });

  it("restores an old revision as a new one, honouring If-Match, for reviewers", async () => {
    const editor = await loginAs("editor");
    const reviewer = await loginAs("reviewer");
    const source = await makeSource(editor, { title: "Original", publisher: "Wire" });
    await expectStatus(
      await withVersion(editor, "PATCH", `/admin/api/sources/${source.id}`, 1, {
        title: "Vandalised",
        publisher: null,
      }),
      200,
    );
    const { data } = await expectStatus<{ data: Revision[] }>(
      await adminFetch(editor, "GET", `/admin/api/sources/${source.id}/revisions`),
      200,
    );
    const first = data.find((r) => r.version === 1);
    if (!first) throw new Error("no first revision");
    const path = `/admin/api/sources/${source.id}/revisions/${first.id}/restore`;

    expect((await withVersion(editor, "POST", path, 2)).status).toBe(403);
    expect((await adminFetch(reviewer, "POST", path)).status).toBe(428);
    const stale = await withVersion(reviewer, "POST", path, 1);
    expect((await expectStatus<{ currentVersion: number }>(stale, 412)).currentVersion).toBe(2);

    const unknown = await adminFetch(reviewer, "POST", path, { version: 2, bogus: true });
    expect((await expectStatus<{ errors: { path: string }[] }>(unknown, 400)).errors[0]?.path).toBe(
      "body",
    );
    const res = await adminFetch(reviewer, "POST", path, { version: 2 });
    const restored = await expectStatus<{ title: string; publisher: string; version: number }>(
      res,
      200,
    );
    expect(restored).toMatchObject({ title: "Original", publisher: "Wire", version: 3 });
    expect(res.headers.get("etag")).toBe('"3"');
    const after = await expectStatus<{ data: Revision[] }>(
      await adminFetch(editor, "GET", `/admin/api/sources/${source.id}/revisions`),
      200,
    );
    expect(after.data.map((r) => r.action)).toEqual(["restore", "update", "create"]);
    expect(after.data[0]?.diff).toEqual([
      { path: "publisher", before: null, after: "Wire" },
      { path: "title", before: "Vandalised", after: "Original" },
    ]);
  });

  it("answers 404 for an unknown record or a revision of another record", async () => {
    const editor = await loginAs("reviewer");
    const a = await makeActor(editor);
    const b = await makeActor(editor);
    const missing = `${a.id.slice(0, -4)}ZZZZ`;
    expect((await adminFetch(editor, "GET", `/admin/api/actors/${missing}/revisions`)).status).toBe(
      404,
    );
    const { data } = await expectStatus<{ data: Revision[] }>(
      await adminFetch(editor, "GET", `/admin/api/actors/${a.id}/revisions`),
      200,
    );
    const other = await withVersion(
      editor,
      "POST",
      `/admin/api/actors/${b.id}/revisions/${data[0]?.id}/restore`,
      1,
    );
    expect(other.status).toBe(404);
  });
});
