import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { createActor } from "../../src/services/actors";
import { expectStatus, withVersion } from "./editing-support";
import { adminFetch, loginAs } from "./support/auth";

describe("large link lists", () => {
  it("writes an event with 100 actors, more than D1 binds in one statement", async () => {
    const editor = await loginAs("editor");
    const db = createDb(env.DB);
    const ctx = {
      user: { id: editor.user.id, role: "editor" as const },
      now: new Date().toISOString(),
    };
    const actors = [];
    for (let i = 0; i < 100; i++) {
      actors.push(
        await createActor(
          db,
          { kind: "person", name: `Person ${i}`, aliases: [], externalIds: {} },
          ctx,
        ),
      );
    }
    const res = await adminFetch(editor, "POST", "/admin/api/events", {
      title: "A crowded meeting",
      kind: "diplomacy.meeting",
      actors: actors.map((a) => ({ actorId: a.id, role: "participant" })),
    });
    const event = await expectStatus<{ id: string; actors: unknown[] }>(res, 201);
    expect(event.actors).toHaveLength(100);
    const edited = await withVersion(editor, "PATCH", `/admin/api/events/${event.id}`, 1, {
      actors: actors.slice(0, 99).map((a) => ({ actorId: a.id, role: "initiator" })),
    });
    expect((await expectStatus<{ actors: unknown[] }>(edited, 200)).actors).toHaveLength(99);
    const read = await expectStatus<{ actors: { role: string }[] }>(
      await adminFetch(editor, "GET", `/admin/api/events/${event.id}`),
      200,
    );
    expect(read.actors.every((a) => a.role === "initiator")).toBe(true);
  });
});
