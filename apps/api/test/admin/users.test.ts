import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  adminFetch,
  countRows,
  createTestUser,
  loginAs,
  loginWith,
  postLogin,
} from "./support/auth";

type Problem = {
  status: number;
  code: string;
  detail: string;
  currentVersion?: number;
  errors?: { path: string }[];
};
type User = {
  id: string;
  email: string;
  name: string;
  role: string;
  active: boolean;
  version: number;
};

const input = (overrides: Record<string, unknown> = {}) => ({
  email: `New-${crypto.randomUUID().slice(0, 8)}@Factline.test`,
  name: "New Person",
  role: "editor",
  password: "a long enough password",
  ...overrides,
});

async function revisionsOf(id: string) {
  const rows = await env.DB.prepare(
    "SELECT action, version, user_id, diff, snapshot FROM revisions WHERE record_type = 'user' AND record_id = ? ORDER BY version",
  )
    .bind(id)
    .all<{
      action: string;
      version: number;
      user_id: string | null;
      diff: string;
      snapshot: string;
    }>();
  return rows.results;
}

describe("GET /admin/api/users", () => {
  it("lists accounts for an admin, without password material", async () => {
    const admin = await loginAs("admin");
    const res = await adminFetch(admin, "GET", "/admin/api/users");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/password|salt/i);
    const { data } = JSON.parse(text) as { data: User[] };
    expect(data.map((u) => u.id)).toContain(admin.user.id);
  });

  it("pages with limit and cursor, oldest first, to the end; a bad cursor is a 400 naming it", async () => {
    const admin = await loginAs("admin");
    for (let i = 0; i < 5; i++) {
      const res = await adminFetch(admin, "POST", "/admin/api/users", {
        email: `page-${i}@example.org`,
        name: `Page ${i}`,
        role: "editor",
        password: "a long enough password 1",
      });
      expect(res.status).toBe(201);
    }
    const all = await adminFetch(admin, "GET", "/admin/api/users?limit=200");
    const everyone = (await all.json<{ data: User[]; next: string | null }>()).data.map(
      (u) => u.id,
    );
    expect(everyone.length).toBeGreaterThanOrEqual(6);
    expect([...everyone].sort()).toEqual(everyone);
    const seen: string[] = [];
    let path: string | null = "/admin/api/users?limit=2";
    while (path) {
      const res = await adminFetch(admin, "GET", path);
      expect(res.status).toBe(200);
      const page = await res.json<{ data: User[]; next: string | null }>();
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((u) => u.id));
      path = page.next ? `/admin/api/users?limit=2&cursor=${page.next}` : null;
    }
    expect(seen).toEqual(everyone);
    const bad = await adminFetch(admin, "GET", "/admin/api/users?cursor=nope");
    expect(bad.status).toBe(400);
    expect((await bad.json<Problem>()).errors?.[0]?.path).toBe("query.cursor");
  });

  it.each(["editor", "reviewer"] as const)(
    "refuses the %s role with 403 and a reason",
    async (role) => {
      const session = await loginAs(role);
      const res = await adminFetch(session, "GET", "/admin/api/users");
      expect(res.status).toBe(403);
      const body = await res.json<Problem>();
      expect(body.code).toBe("forbidden");
      expect(body.detail).toMatch(/admins/);
    },
  );
});

describe("POST /admin/api/users", () => {
  it("creates a user with a create revision, and the user can log in", async () => {
    const admin = await loginAs("admin");
    const body = input();
    const res = await adminFetch(admin, "POST", "/admin/api/users", body);
    expect(res.status).toBe(201);
    const user = await res.json<User>();
    expect(user).toMatchObject({
      email: body.email.toLowerCase(),
      role: "editor",
      active: true,
      version: 1,
    });
    expect(res.headers.get("location")).toBe(`/admin/api/users/${user.id}`);
    const revisions = await revisionsOf(user.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", version: 1, user_id: admin.user.id });
    expect(revisions[0]?.diff).not.toMatch(/password|hash|salt/i);
    expect((await postLogin(body.email, body.password)).status).toBe(200);
  });

  it("answers a duplicate email (any case) with 409 naming body.email and adds nothing", async () => {
    const admin = await loginAs("admin");
    const body = input();
    expect((await adminFetch(admin, "POST", "/admin/api/users", body)).status).toBe(201);
    const users = await countRows("users");
    const revisions = await countRows("revisions");
    const res = await adminFetch(admin, "POST", "/admin/api/users", {
      ...input(),
      email: body.email.toUpperCase(),
    });
    expect(res.status).toBe(409);
    expect((await res.json<Problem>()).errors?.[0]?.path).toBe("body.email");
    expect(await countRows("users")).toBe(users);
    expect(await countRows("revisions")).toBe(revisions);
  });

  it("rejects a short password with 400 naming body.password", async () => {
    const admin = await loginAs("admin");
    const res = await adminFetch(admin, "POST", "/admin/api/users", input({ password: "short" }));
    expect(res.status).toBe(400);
    expect((await res.json<Problem>()).errors?.map((e) => e.path)).toContain("body.password");
  });

  it("refuses an editor with 403 and writes nothing", async () => {
    const editor = await loginAs("editor");
    const users = await countRows("users");
    const res = await adminFetch(editor, "POST", "/admin/api/users", input({ role: "admin" }));
    expect(res.status).toBe(403);
    expect(await countRows("users")).toBe(users);
  });
});

describe("PATCH /admin/api/users/{id}", () => {
  it("changes the role with If-Match, bumps the version and records a revision diff", async () => {
    const admin = await loginAs("admin");
    const { user } = await createTestUser("editor");
    const res = await adminFetch(
      admin,
      "PATCH",
      `/admin/api/users/${user.id}`,
      { role: "reviewer" },
      {
        "if-match": `"${user.version}"`,
      },
    );
    expect(res.status).toBe(200);
    const updated = await res.json<User>();
    expect(updated).toMatchObject({ role: "reviewer", version: 2 });
    expect(res.headers.get("etag")).toBe('"2"');
    const revisions = await revisionsOf(user.id);
    expect(revisions.map((r) => r.action)).toEqual(["create", "update"]);
    expect(JSON.parse(revisions[1]?.diff ?? "[]")).toEqual([
      { path: "role", before: "editor", after: "reviewer" },
    ]);
    expect(revisions[1]?.user_id).toBe(admin.user.id);
  });

  it("changes the password without putting password material in the revision", async () => {
    const admin = await loginAs("admin");
    const { user, password } = await createTestUser("editor");
    const res = await adminFetch(admin, "PATCH", `/admin/api/users/${user.id}`, {
      password: "a brand new passphrase",
      version: 1,
    });
    expect(res.status).toBe(200);
    const revision = (await revisionsOf(user.id))[1];
    expect(JSON.parse(revision?.diff ?? "[]")).toEqual([
      { path: "password", before: null, after: "changed" },
    ]);
    expect(`${revision?.diff}${revision?.snapshot}`).not.toMatch(/passphrase|hash|salt/i);
    expect((await postLogin(user.email, password)).status).toBe(401);
    expect((await postLogin(user.email, "a brand new passphrase")).status).toBe(200);
  });

  it("ends the user's sessions on a password change, but keeps the admin's own when it is theirs", async () => {
    const admin = await loginAs("admin");
    const editor = await loginAs("editor");
    const res = await adminFetch(admin, "PATCH", `/admin/api/users/${editor.user.id}`, {
      password: "another brand new passphrase",
      version: 1,
    });
    expect(res.status).toBe(200);
    expect((await adminFetch(editor, "GET", "/admin/api/me")).status).toBe(401);

    const elsewhere = await loginWith(admin.user, admin.password);
    const own = await adminFetch(admin, "PATCH", `/admin/api/users/${admin.user.id}`, {
      password: "my own new passphrase",
      version: 1,
    });
    expect(own.status).toBe(200);
    expect((await adminFetch(admin, "GET", "/admin/api/me")).status).toBe(200);
    expect((await adminFetch(elsewhere, "GET", "/admin/api/me")).status).toBe(401);
  });

  it("answers 428 without If-Match or version, and changes nothing", async () => {
    const admin = await loginAs("admin");
    const { user } = await createTestUser("editor");
    const res = await adminFetch(admin, "PATCH", `/admin/api/users/${user.id}`, {
      name: "Renamed",
    });
    expect(res.status).toBe(428);
    expect((await res.json<Problem>()).code).toBe("precondition_required");
    expect(await revisionsOf(user.id)).toHaveLength(1);
  });

  it("answers a stale version with 412 and the current version, keeping the stored user", async () => {
    const admin = await loginAs("admin");
    const { user } = await createTestUser("editor");
    expect(
      (
        await adminFetch(admin, "PATCH", `/admin/api/users/${user.id}`, {
          name: "First",
          version: 1,
        })
      ).status,
    ).toBe(200);
    const revisions = await countRows("revisions");
    const res = await adminFetch(
      admin,
      "PATCH",
      `/admin/api/users/${user.id}`,
      { name: "Second" },
      {
        "if-match": '"1"',
      },
    );
    expect(res.status).toBe(412);
    const body = await res.json<Problem>();
    expect(body.currentVersion).toBe(2);
    expect(body.code).toBe("precondition_failed");
    const stored = await env.DB.prepare("SELECT name, version FROM users WHERE id = ?")
      .bind(user.id)
      .first<{ name: string; version: number }>();
    expect(stored).toEqual({ name: "First", version: 2 });
    expect(await countRows("revisions")).toBe(revisions);
  });

  it("deactivates a user and revokes their sessions in the same write", async () => {
    const admin = await loginAs("admin");
    const editor = await loginAs("editor");
    const res = await adminFetch(admin, "PATCH", `/admin/api/users/${editor.user.id}`, {
      active: false,
      version: 1,
    });
    expect(res.status).toBe(200);
    expect((await res.json<User>()).active).toBe(false);
    expect((await adminFetch(editor, "GET", "/admin/api/me")).status).toBe(401);
    const live = await env.DB.prepare(
      "SELECT count(*) AS n FROM sessions WHERE user_id = ? AND revoked_at IS NULL",
    )
      .bind(editor.user.id)
      .first<{ n: number }>();
    expect(live?.n).toBe(0);
  });

  it("answers 404 for an unknown user id", async () => {
    const admin = await loginAs("admin");
    const res = await adminFetch(
      admin,
      "PATCH",
      "/admin/api/users/usr_01K6Z8Q0F8W3M5N7P9R1S3T5V7",
      {
        name: "Nobody",
        version: 1,
      },
    );
    expect(res.status).toBe(404);
  });

  it("refuses a reviewer with 403 and leaves the user unchanged", async () => {
    const reviewer = await loginAs("reviewer");
    const { user } = await createTestUser("editor");
    const res = await adminFetch(reviewer, "PATCH", `/admin/api/users/${user.id}`, {
      role: "admin",
      version: 1,
    });
    expect(res.status).toBe(403);
    const stored = await env.DB.prepare("SELECT role FROM users WHERE id = ?")
      .bind(user.id)
      .first();
    expect(stored).toEqual({ role: "editor" });
  });
});

describe("last active admin guard", () => {
  it("refuses to demote or deactivate the last active admin with 409, and allows it once another admin exists", async () => {
    // Each test file has its own D1, but earlier tests in this file created admins: deactivate
    // every other admin first so `admin` is the only active one.
    const admin = await loginAs("admin");
    const others = await env.DB.prepare(
      "SELECT id FROM users WHERE role = 'admin' AND active = 1 AND id <> ?",
    )
      .bind(admin.user.id)
      .all<{ id: string }>();
    for (const { id } of others.results) {
      const current = await env.DB.prepare("SELECT version FROM users WHERE id = ?")
        .bind(id)
        .first<{ version: number }>();
      const res = await adminFetch(admin, "PATCH", `/admin/api/users/${id}`, {
        active: false,
        version: current?.version,
      });
      expect(res.status).toBe(200);
    }
    const revisions = await countRows("revisions");
    const demote = await adminFetch(admin, "PATCH", `/admin/api/users/${admin.user.id}`, {
      role: "editor",
      version: 1,
    });
    expect(demote.status).toBe(409);
    expect((await demote.json<Problem>()).errors?.[0]?.path).toBe("body.role");
    const deactivate = await adminFetch(admin, "PATCH", `/admin/api/users/${admin.user.id}`, {
      active: false,
      version: 1,
    });
    expect(deactivate.status).toBe(409);
    expect(await countRows("revisions")).toBe(revisions);
    const stored = await env.DB.prepare("SELECT role, active, version FROM users WHERE id = ?")
      .bind(admin.user.id)
      .first();
    expect(stored).toEqual({ role: "admin", active: 1, version: 1 });

    const { user: second } = await createTestUser("admin");
    expect(second.role).toBe("admin");
    const ok = await adminFetch(admin, "PATCH", `/admin/api/users/${admin.user.id}`, {
      role: "editor",
      version: 1,
    });
    expect(ok.status).toBe(200);
  });
});
