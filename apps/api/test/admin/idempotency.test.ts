import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { adminFetch, countRows, loginAs } from "./support/auth";

type Problem = { status: number; code: string; errors?: { path: string }[] };

const input = () => ({
  email: `idem-${crypto.randomUUID().slice(0, 8)}@factline.test`,
  name: "Idempotent",
  role: "editor",
  password: "a long enough password",
});

describe("Idempotency-Key on POST /admin/api/users", () => {
  it("replays the first response for a retry and creates one user", async () => {
    const admin = await loginAs("admin");
    const body = input();
    const key = crypto.randomUUID();
    const users = await countRows("users");
    const first = await adminFetch(admin, "POST", "/admin/api/users", body, {
      "idempotency-key": key,
    });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const created = await first.json<{ id: string }>();

    const retry = await adminFetch(admin, "POST", "/admin/api/users", body, {
      "idempotency-key": key,
    });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.headers.get("location")).toBe(first.headers.get("location"));
    expect(retry.headers.get("content-type")).toMatch(/application\/json/);
    expect(await retry.json()).toEqual(created);
    expect(await countRows("users")).toBe(users + 1);
    const revisions = await env.DB.prepare(
      "SELECT count(*) AS n FROM revisions WHERE record_id = ?",
    )
      .bind(created.id)
      .first<{ n: number }>();
    expect(revisions?.n).toBe(1);
  });

  it("answers the same key with a different body with 422 naming header.idempotency-key", async () => {
    const admin = await loginAs("admin");
    const key = crypto.randomUUID();
    expect(
      (await adminFetch(admin, "POST", "/admin/api/users", input(), { "idempotency-key": key }))
        .status,
    ).toBe(201);
    const users = await countRows("users");
    const res = await adminFetch(admin, "POST", "/admin/api/users", input(), {
      "idempotency-key": key,
    });
    expect(res.status).toBe(422);
    const problem = await res.json<Problem>();
    expect(problem.code).toBe("unprocessable");
    expect(problem.errors?.[0]?.path).toBe("header.idempotency-key");
    expect(await countRows("users")).toBe(users);
  });

  it("keeps keys per user: another admin's identical key is a fresh request", async () => {
    const a = await loginAs("admin");
    const b = await loginAs("admin");
    const key = "shared-key";
    expect(
      (await adminFetch(a, "POST", "/admin/api/users", input(), { "idempotency-key": key })).status,
    ).toBe(201);
    const res = await adminFetch(b, "POST", "/admin/api/users", input(), {
      "idempotency-key": key,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("idempotent-replayed")).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["with a space", "has space"],
    ["too long", "k".repeat(256)],
  ])("rejects a key that is %s with 400", async (_name, key) => {
    const admin = await loginAs("admin");
    const users = await countRows("users");
    const res = await adminFetch(admin, "POST", "/admin/api/users", input(), {
      "idempotency-key": key,
    });
    expect(res.status).toBe(400);
    expect((await res.json<Problem>()).errors?.[0]?.path).toBe("header.idempotency-key");
    expect(await countRows("users")).toBe(users);
  });

  it("answers 409 while the first request with the key is still in progress, creating nothing", async () => {
    const admin = await loginAs("admin");
    const body = input();
    const key = crypto.randomUUID();
    // The state a concurrent first request leaves while its handler runs: a reserved row.
    const { requestFingerprint } = await import("../../src/lib/idempotency");
    const hash = await requestFingerprint("POST", "/admin/api/users", JSON.stringify(body));
    await env.DB.prepare(
      "INSERT INTO idempotency_keys (user_id, key, method, path, request_hash, status, response_body, created_at) VALUES (?, ?, 'POST', '/admin/api/users', ?, 0, '', ?)",
    )
      .bind(admin.user.id, key, hash, new Date().toISOString())
      .run();
    const users = await countRows("users");
    const res = await adminFetch(admin, "POST", "/admin/api/users", body, {
      "idempotency-key": key,
    });
    expect(res.status).toBe(409);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(await countRows("users")).toBe(users);
  });

  it("lets only one of two simultaneous requests with the same key create", async () => {
    const admin = await loginAs("admin");
    const body = input();
    const key = crypto.randomUUID();
    const users = await countRows("users");
    const responses = await Promise.all([
      adminFetch(admin, "POST", "/admin/api/users", body, { "idempotency-key": key }),
      adminFetch(admin, "POST", "/admin/api/users", body, { "idempotency-key": key }),
    ]);
    const statuses = responses.map((r) => r.status).sort();
    // Either the second waited behind the first (replay, 201) or overlapped it (409).
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    expect(await countRows("users")).toBe(users + 1);
  });

  it("treats a key older than 24 hours as new", async () => {
    const admin = await loginAs("admin");
    const key = crypto.randomUUID();
    const first = await adminFetch(admin, "POST", "/admin/api/users", input(), {
      "idempotency-key": key,
    });
    expect(first.status).toBe(201);
    await env.DB.prepare("UPDATE idempotency_keys SET created_at = ? WHERE user_id = ? AND key = ?")
      .bind(new Date(Date.now() - 25 * 3600 * 1000).toISOString(), admin.user.id, key)
      .run();
    const res = await adminFetch(admin, "POST", "/admin/api/users", input(), {
      "idempotency-key": key,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("idempotent-replayed")).toBeNull();
  });

  it("frees the key when the first request fails, so a corrected retry can use it", async () => {
    const admin = await loginAs("admin");
    const key = crypto.randomUUID();
    const bad = await adminFetch(
      admin,
      "POST",
      "/admin/api/users",
      { ...input(), password: "short" },
      {
        "idempotency-key": key,
      },
    );
    expect(bad.status).toBe(400);
    const good = await adminFetch(admin, "POST", "/admin/api/users", input(), {
      "idempotency-key": key,
    });
    expect(good.status).toBe(201);
    expect(good.headers.get("idempotent-replayed")).toBeNull();
  });
});

describe("Idempotency-Key survives a Worker that dies after its write", () => {
  // The Worker "dies" after the create's batch committed but before the key's response headers
  // are stored: a trigger makes that last write fail, as an evicted isolate would never make it.
  async function breakKeyCompletion() {
    await env.DB.prepare(
      "CREATE TRIGGER IF NOT EXISTS die_before_answer BEFORE UPDATE ON idempotency_keys WHEN NEW.response_headers IS NOT NULL BEGIN SELECT RAISE(ABORT, 'injected failure: worker died'); END",
    ).run();
  }
  async function healKeyCompletion() {
    await env.DB.prepare("DROP TRIGGER IF EXISTS die_before_answer").run();
  }

  const creates: { name: string; path: string; table: string; body: () => unknown }[] = [
    {
      name: "an event",
      path: "/admin/api/events",
      table: "events",
      body: () => ({ title: `Crash-safe ${crypto.randomUUID()}`, kind: "other" }),
    },
    {
      name: "a user",
      path: "/admin/api/users",
      table: "users",
      body: input,
    },
    {
      name: "an ingest",
      path: "/admin/api/ingest",
      table: "ingests",
      body: () => ({
        text: `Paris — France signed a treaty on 4 July 2025. ${crypto.randomUUID()}`,
      }),
    },
  ];

  for (const create of creates) {
    it(`a retry of ${create.name} after the crash replays the stored response and creates nothing`, async () => {
      const admin = await loginAs("admin");
      const body = create.body();
      const key = crypto.randomUUID();
      const before = await countRows(create.table);
      await breakKeyCompletion();
      try {
        const first = await adminFetch(admin, "POST", create.path, body, {
          "idempotency-key": key,
        });
        expect(first.status).toBe(500);
      } finally {
        await healKeyCompletion();
      }
      expect(await countRows(create.table)).toBe(before + 1);

      const retry = await adminFetch(admin, "POST", create.path, body, { "idempotency-key": key });
      expect(retry.status, await retry.clone().text()).toBe(201);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.headers.get("content-type")).toMatch(/application\/json/);
      const replayed = await retry.json<{ id: string }>();
      const stored = await env.DB.prepare(`SELECT id FROM ${create.table} WHERE id = ?`)
        .bind(replayed.id)
        .first();
      expect(stored).not.toBeNull();
      expect(await countRows(create.table)).toBe(before + 1);
    });
  }
});
