import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { isVersionMismatch, versionGuard } from "../../src/db/queries/write-guard";
import { eventsTable } from "../../src/db/schema";

describe("write_guards trigger", () => {
  it("aborts the whole batch when the version differs and leaves no guard rows", async () => {
    const db = createDb(env.DB);
    const now = new Date().toISOString();
    await db.insert(eventsTable).values({
      id: "evt_guard1",
      slug: "guard-1",
      title: "A",
      kind: "other",
      version: 3,
      createdAt: now,
      updatedAt: now,
    });
    let err: unknown;
    try {
      await db.batch([
        db.update(eventsTable).set({ title: "changed" }).where(sql`id = 'evt_guard1'`),
        versionGuard(db, "event", "evt_guard1", 2),
      ]);
    } catch (e) {
      err = e;
    }
    expect(isVersionMismatch(err)).toBe(true);
    const row = await db.select().from(eventsTable).where(sql`id = 'evt_guard1'`).get();
    expect(row?.title).toBe("A");
    await db.batch([
      versionGuard(db, "event", "evt_guard1", 3),
      db.update(eventsTable).set({ title: "B" }).where(sql`id = 'evt_guard1'`),
    ]);
    const row2 = await db.select().from(eventsTable).where(sql`id = 'evt_guard1'`).get();
    expect(row2?.title).toBe("B");
    const guards = await env.DB.prepare("SELECT count(*) AS n FROM write_guards").first<{
      n: number;
    }>();
    expect(guards?.n).toBe(0);
  });
});
