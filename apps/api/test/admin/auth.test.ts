import { exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { LOGIN_WINDOW_MS } from "../../src/db/queries/login-attempts";
import { adminFetch, createTestUser, loginAs, postLogin, sessionCookieFrom } from "./support/auth";

type Problem = { status: number; code: string; detail: string; errors?: { path: string }[] };

describe("POST /admin/api/session", () => {
  it("logs in with the right password and sets an HttpOnly SameSite=Lax session cookie", async () => {
    const { user, password } = await createTestUser("editor");
    const res = await postLogin(user.email.toUpperCase(), password);
    expect(res.status).toBe(200);
    const body = await res.json<{ user: Record<string, unknown>; session: { id: string } }>();
    expect(body.user).toMatchObject({ id: user.id, email: user.email, role: "editor" });
    expect(Object.keys(body.user)).not.toContain("passwordHash");
    expect(JSON.stringify(body)).not.toMatch(/password/i);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^factline_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    // Plain http on a test host: no Secure, so local development works.
    expect(cookie).not.toMatch(/Secure/i);
  });

  it("uses a __Host- prefixed Secure cookie over https", async () => {
    const { user, password } = await createTestUser("editor");
    const res = await exports.default.fetch("https://factline.example/admin/api/session", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://factline.example" },
      body: JSON.stringify({ email: user.email, password }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-factline_session=/);
    expect(cookie).toMatch(/Secure/);
    const me = await exports.default.fetch("https://factline.example/admin/api/me", {
      headers: { cookie: cookie.split(";")[0] ?? "" },
    });
    expect(me.status).toBe(200);
  });

  it("answers a wrong password and an unknown email with the same 401", async () => {
    const { user } = await createTestUser("editor");
    const wrong = await postLogin(user.email, "not the password at all");
    const unknown = await postLogin("nobody-here@factline.test", "not the password at all");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = await wrong.json<Problem>();
    const b = await unknown.json<Problem>();
    expect(a.code).toBe("unauthenticated");
    expect({ ...a, requestId: undefined, instance: undefined }).toEqual({
      ...b,
      requestId: undefined,
      instance: undefined,
    });
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a deactivated account with the same 401 even with the right password", async () => {
    const admin = await loginAs("admin");
    const { user, password } = await createTestUser("editor");
    const off = await adminFetch(admin, "PATCH", `/admin/api/users/${user.id}`, {
      active: false,
      version: user.version,
    });
    expect(off.status).toBe(200);
    const res = await postLogin(user.email, password);
    expect(res.status).toBe(401);
    expect((await res.json<Problem>()).detail).toBe("The email or password is wrong");
  });

  it("rejects a body without a password as a 400 naming body.password", async () => {
    const res = await adminFetch(null, "POST", "/admin/api/session", { email: "a@b.test" });
    expect(res.status).toBe(400);
    const body = await res.json<Problem>();
    expect(body.errors?.map((e) => e.path)).toContain("body.password");
  });
});

describe("login throttling", () => {
  // Counters live in fixed 15-minute windows: a test whose attempts straddled a window's end
  // would see them split across two counters. Start each one well inside a window.
  beforeEach(async () => {
    const left = LOGIN_WINDOW_MS - (Date.now() % LOGIN_WINDOW_MS);
    if (left < 30_000) await new Promise((r) => setTimeout(r, left + 100));
  }, 60_000);

  it("answers 429 with Retry-After after 5 attempts for one email from one IP, even with the right password", async () => {
    const { user, password } = await createTestUser("editor");
    const ip = { "cf-connecting-ip": "10.0.0.1" };
    for (let i = 0; i < 5; i++) {
      expect((await postLogin(user.email, "wrong password!!", ip)).status).toBe(401);
    }
    const blocked = await postLogin(user.email, password, ip);
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect((await blocked.json<Problem>()).code).toBe("rate_limited");
    expect(blocked.headers.get("set-cookie")).toBeNull();
  });

  it("does not let a stranger lock the owner out: 5 wrong passwords from one IP leave other IPs free", async () => {
    const { user, password } = await createTestUser("editor");
    for (let i = 0; i < 5; i++) {
      await postLogin(user.email, "wrong password!!", { "cf-connecting-ip": "198.51.100.66" });
    }
    const owner = await postLogin(user.email, password, { "cf-connecting-ip": "192.0.2.10" });
    expect(owner.status).toBe(200);
  });

  it("checks at most 5 of 40 concurrent wrong passwords for one account and IP", async () => {
    const { user } = await createTestUser("editor");
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        postLogin(user.email, "wrong password!!", { "cf-connecting-ip": "10.9.9.9" }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
  });

  it("slows, not locks, an email guessed from many IPs: one attempt per 30-second slot", async () => {
    const { user, password } = await createTestUser("editor");
    for (let i = 0; i < 10; i++) {
      const res = await postLogin(user.email, "wrong password!!", {
        "cf-connecting-ip": `10.7.0.${i}`,
      });
      expect(res.status).toBe(401);
    }
    // The owner's attempt gets the slot and succeeds; the count of failures then starts over.
    expect((await postLogin(user.email, password, { "cf-connecting-ip": "10.7.1.1" })).status).toBe(
      200,
    );
    for (let i = 0; i < 10; i++) {
      await postLogin(user.email, "wrong password!!", { "cf-connecting-ip": `10.7.2.${i}` });
    }
    // Slowed: the next attempt takes the slot, the one after it waits for the next slot.
    const first = await postLogin(user.email, "wrong password!!", {
      "cf-connecting-ip": "10.7.3.1",
    });
    expect(first.status).toBe(401);
    const second = await postLogin(user.email, password, { "cf-connecting-ip": "10.7.3.2" });
    expect(second.status).toBe(429);
    expect(Number(second.headers.get("retry-after"))).toBeLessThanOrEqual(30);
  });

  it("throttles an unknown email exactly like a known one", async () => {
    const email = "ghost@factline.test";
    for (let i = 0; i < 5; i++) {
      expect(
        (await postLogin(email, "wrong password!!", { "cf-connecting-ip": "10.2.0.1" })).status,
      ).toBe(401);
    }
    const blocked = await postLogin(email, "wrong password!!", { "cf-connecting-ip": "10.2.0.1" });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBeTruthy();
  });

  it("answers 429 after 20 failures from one IP across different emails", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < 20; i++) {
      const res = await postLogin(`spray-${i}@factline.test`, "wrong password!!", {
        "cf-connecting-ip": ip,
      });
      expect(res.status).toBe(401);
    }
    const { user, password } = await createTestUser("editor");
    const blocked = await postLogin(user.email, password, { "cf-connecting-ip": ip });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another IP is not affected.
    const other = await postLogin(user.email, password, { "cf-connecting-ip": "203.0.113.8" });
    expect(other.status).toBe(200);
  });

  it("forgets an email's failures after a successful login", async () => {
    const { user, password } = await createTestUser("editor");
    for (let i = 0; i < 4; i++) {
      expect(
        (await postLogin(user.email, "wrong password!!", { "cf-connecting-ip": `10.3.0.${i}` }))
          .status,
      ).toBe(401);
    }
    expect((await postLogin(user.email, password, { "cf-connecting-ip": "10.3.1.0" })).status).toBe(
      200,
    );
    for (let i = 0; i < 4; i++) {
      expect(
        (await postLogin(user.email, "wrong password!!", { "cf-connecting-ip": `10.3.2.${i}` }))
          .status,
      ).toBe(401);
    }
    const res = await postLogin(user.email, password, { "cf-connecting-ip": "10.3.3.0" });
    expect(res.status).toBe(200);
    expect(sessionCookieFrom(res)).toContain("factline_session=");
  });
});

describe("OpenAPI document", () => {
  it("describes the admin session and users routes in the admin document", async () => {
    const res = await exports.default.fetch("http://factline.test/admin/api/openapi.json");
    const doc = await res.json<{
      paths: Record<string, Record<string, { operationId: string }>>;
    }>();
    expect(doc.paths["/admin/api/session"]?.post?.operationId).toBe("login");
    expect(doc.paths["/admin/api/me"]?.get?.operationId).toBe("getMe");
    expect(doc.paths["/admin/api/users/{id}"]?.patch?.operationId).toBe("updateUser");
  });
});
