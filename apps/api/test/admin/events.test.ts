import { describe, expect, it } from "vitest";
import { adminFetch, countRows, loginAs } from "./support/auth";

type EventBody = { id: string; slug: string; title: string; version: number; status: string };

describe("admin events", () => {
  it("creates a draft event and reads it back with its version as ETag", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "POST", "/admin/api/events", {
      title: "Russia formally recognizes the Taliban government",
      kind: "diplomacy.recognition",
      date: "2025-07-04",
      places: ["RU", "AF"],
    });
    expect(res.status).toBe(201);
    const created = await res.json<EventBody>();
    expect(created).toMatchObject({ status: "draft", version: 1 });
    expect(res.headers.get("etag")).toBe('"1"');
    const read = await adminFetch(editor, "GET", `/admin/api/events/${created.id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(created);
    expect(await countRows("revisions")).toBeGreaterThan(0);
  });
});
