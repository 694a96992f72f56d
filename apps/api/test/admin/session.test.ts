import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { adminFetch, loginAs, loginWith, ORIGIN } from "./support/auth";

type Problem = { status: number; code: string; detail: string };
type Me = {
  user: { id: string; role: string; email: string };
  session: { id: string; expiresAt: string };
};

function get(path: string, cookie?: string): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}${path}`, { headers: cookie ? { cookie } : {} });
}

async function expectUnauthenticated(res: Response) {
  expect(res.status).toBe(401);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect((await res.json<Problem>()).code).toBe("unauthenticated");
}

describe("GET /admin/api/me", () => {
  it("returns the signed-in user and role", async () => {
    const reviewer = await loginAs("reviewer");
    const res = await get("/admin/api/me", reviewer.cookie);
    expect(res.status).toBe(200);
    const body = await res.json<Me>();
    expect(body.user).toMatchObject({
      id: reviewer.user.id,
      role: "reviewer",
      email: reviewer.user.email,
    });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 401 without a session cookie", async () => {
    await expectUnauthenticated(await get("/admin/api/me"));
  });

  it("answers 401 for a forged token", async () => {
    await expectUnauthenticated(await get("/admin/api/me", `factline_session=${"A".repeat(43)}`));
    await expectUnauthenticated(await get("/admin/api/me", "factline_session=not-a-token"));
  });

  it("answers 401 once the session has expired", async () => {
    const editor = await loginAs("editor");
    const { session } = await (await get("/admin/api/me", editor.cookie)).json<Me>();
    await env.DB.prepare("UPDATE sessions SET expires_at = ? WHERE id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), session.id)
      .run();
    await expectUnauthenticated(await get("/admin/api/me", editor.cookie));
  });

  it("answers 401 past the absolute lifetime even if the sliding expiry is ahead", async () => {
    const editor = await loginAs("editor");
    const { session } = await (await get("/admin/api/me", editor.cookie)).json<Me>();
    await env.DB.prepare("UPDATE sessions SET created_at = ? WHERE id = ?")
      .bind(new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString(), session.id)
      .run();
    await expectUnauthenticated(await get("/admin/api/me", editor.cookie));
  });

  it("answers 401 for a revoked session", async () => {
    const editor = await loginAs("editor");
    const { session } = await (await get("/admin/api/me", editor.cookie)).json<Me>();
    await env.DB.prepare("UPDATE sessions SET revoked_at = ? WHERE id = ?")
      .bind(new Date().toISOString(), session.id)
      .run();
    await expectUnauthenticated(await get("/admin/api/me", editor.cookie));
  });

  it("stores only a hash of the cookie token", async () => {
    const editor = await loginAs("editor");
    const token = editor.cookie.split("=")[1] ?? "";
    const rows = await env.DB.prepare("SELECT id FROM sessions WHERE user_id = ?")
      .bind(editor.user.id)
      .all<{ id: string }>();
    expect(rows.results).toHaveLength(1);
    expect(rows.results[0]?.id).not.toBe(token);
    expect(rows.results[0]?.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it("moves the sliding expiry forward when a session is used after a while", async () => {
    const editor = await loginAs("editor");
    const { session } = await (await get("/admin/api/me", editor.cookie)).json<Me>();
    const old = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    const soon = new Date(Date.now() + 60 * 1000).toISOString();
    await env.DB.prepare("UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?")
      .bind(old, soon, session.id)
      .run();
    expect((await get("/admin/api/me", editor.cookie)).status).toBe(200);
    const row = await env.DB.prepare("SELECT expires_at FROM sessions WHERE id = ?")
      .bind(session.id)
      .first<{ expires_at: string }>();
    expect(new Date(row?.expires_at ?? 0).getTime()).toBeGreaterThan(Date.now() + 11 * 3600 * 1000);
  });
});

describe("unknown /admin/api paths", () => {
  it("answer 401 without a session and a 404 problem with one, never the admin UI page", async () => {
    await expectUnauthenticated(await get("/admin/api/nope"));
    const editor = await loginAs("editor");
    const res = await get("/admin/api/nope", editor.cookie);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("session pruning", () => {
  it("forgets a user's sessions that ended over 30 days ago when they log in again", async () => {
    const editor = await loginAs("editor");
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString();
    await env.DB.prepare("UPDATE sessions SET expires_at = ? WHERE user_id = ?")
      .bind(longAgo, editor.user.id)
      .run();
    await loginWith(editor.user, editor.password);
    const rows = await env.DB.prepare("SELECT expires_at FROM sessions WHERE user_id = ?")
      .bind(editor.user.id)
      .all<{ expires_at: string }>();
    expect(rows.results).toHaveLength(1);
    expect(rows.results[0]?.expires_at).not.toBe(longAgo);
  });
});

describe("DELETE /admin/api/session", () => {
  it("logs out: revokes the session in D1 and clears the cookie", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "DELETE", "/admin/api/session");
    expect(res.status).toBe(204);
    expect(res.headers.get("set-cookie")).toMatch(/factline_session=;.*Max-Age=0/i);
    const row = await env.DB.prepare("SELECT revoked_at FROM sessions WHERE user_id = ?")
      .bind(editor.user.id)
      .first<{ revoked_at: string | null }>();
    expect(row?.revoked_at).toBeTruthy();
    await expectUnauthenticated(await get("/admin/api/me", editor.cookie));
  });

  it("answers 401 when not logged in", async () => {
    await expectUnauthenticated(await adminFetch(null, "DELETE", "/admin/api/session"));
  });
});

describe("/admin/api/sessions", () => {
  it("lists only your own live sessions and marks the current one", async () => {
    const first = await loginAs("editor");
    const second = await loginWith(first.user, first.password);
    await loginAs("editor");
    const res = await get("/admin/api/sessions", second.cookie);
    expect(res.status).toBe(200);
    const { data } = await res.json<{ data: { id: string; current: boolean }[] }>();
    expect(data).toHaveLength(2);
    expect(data.filter((s) => s.current)).toHaveLength(1);
  });

  it("revokes another of your sessions, which then gets 401", async () => {
    const first = await loginAs("editor");
    const second = await loginWith(first.user, first.password);
    const { session } = await (await get("/admin/api/me", first.cookie)).json<Me>();
    const res = await adminFetch(second, "DELETE", `/admin/api/sessions/${session.id}`);
    expect(res.status).toBe(204);
    await expectUnauthenticated(await get("/admin/api/me", first.cookie));
    expect((await get("/admin/api/me", second.cookie)).status).toBe(200);
  });

  it("cannot revoke another user's session (404) and leaves it working", async () => {
    const victim = await loginAs("admin");
    const attacker = await loginAs("editor");
    const { session } = await (await get("/admin/api/me", victim.cookie)).json<Me>();
    const res = await adminFetch(attacker, "DELETE", `/admin/api/sessions/${session.id}`);
    expect(res.status).toBe(404);
    expect((await get("/admin/api/me", victim.cookie)).status).toBe(200);
  });

  it("lets an admin log a user out everywhere", async () => {
    const admin = await loginAs("admin");
    const editor = await loginAs("editor");
    const res = await adminFetch(admin, "DELETE", `/admin/api/users/${editor.user.id}/sessions`);
    expect(res.status).toBe(200);
    expect((await res.json<{ revoked: number }>()).revoked).toBe(1);
    await expectUnauthenticated(await get("/admin/api/me", editor.cookie));
  });

  it("refuses an editor revoking someone else's sessions with 403", async () => {
    const editor = await loginAs("editor");
    const other = await loginAs("reviewer");
    const res = await adminFetch(editor, "DELETE", `/admin/api/users/${other.user.id}/sessions`);
    expect(res.status).toBe(403);
    expect((await get("/admin/api/me", other.cookie)).status).toBe(200);
  });
});
