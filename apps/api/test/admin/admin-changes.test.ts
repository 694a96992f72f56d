import { describe, expect, it } from "vitest";
import { expectStatus, makeEvent, withVersion } from "./editing-support";
import { adminFetch, loginAs } from "./support/auth";

type Changes = {
  data: { id: string; type: string; recordId: string; version: number; userId: string | null }[];
  last: string | null;
};

describe("admin change feed", () => {
  it("lists every write, drafts included, after the cursor and keeps the cursor when idle", async () => {
    const editor = await loginAs("editor");
    const colleague = await loginAs("editor");
    const start = await expectStatus<Changes>(
      await adminFetch(editor, "GET", "/admin/api/changes?limit=5"),
      200,
    );
    const draft = await makeEvent(editor);
    await expectStatus(
      await withVersion(colleague, "PATCH", `/admin/api/events/${draft.id}`, 1, {
        title: "Changed by a colleague",
      }),
      200,
    );
    const after = start.last ? `&after=${start.last}` : "";
    const page = await expectStatus<Changes>(
      await adminFetch(editor, "GET", `/admin/api/changes?limit=50${after}`),
      200,
    );
    const mine = page.data.filter((c) => c.recordId === draft.id);
    expect(mine.map((c) => [c.type, c.version, c.userId])).toEqual([
      ["event", 1, editor.user.id],
      ["event", 2, colleague.user.id],
    ]);
    expect(page.last).toBe(page.data[page.data.length - 1]?.id);

    const idle = await expectStatus<Changes>(
      await adminFetch(editor, "GET", `/admin/api/changes?after=${page.last}`),
      200,
    );
    expect(idle).toEqual({ data: [], last: page.last });
  });

  it("answers a cursor that is not a revision id with a problem naming the field", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "GET", "/admin/api/changes?after=evt_nope");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body = (await res.json()) as { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path)).toContain("query.after");
  });

  it("needs a session", async () => {
    const res = await adminFetch(null, "GET", "/admin/api/changes");
    expect(res.status).toBe(401);
  });
});
