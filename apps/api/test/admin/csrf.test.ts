import { describe, expect, it } from "vitest";
import { adminFetch, countRows, loginAs, ORIGIN } from "./support/auth";

type Problem = { status: number; code: string; errors?: { path: string }[] };

const newUser = () => ({
  email: `csrf-${crypto.randomUUID().slice(0, 8)}@factline.test`,
  name: "CSRF target",
  role: "admin",
  password: "a long enough password",
});

describe("CSRF protection on cookie-authenticated writes", () => {
  it("accepts a same-origin JSON write", async () => {
    const admin = await loginAs("admin");
    const res = await adminFetch(admin, "POST", "/admin/api/users", newUser());
    expect(res.status).toBe(201);
  });

  it.each([
    ["a foreign Origin", { origin: "http://evil.example" }],
    ["no Origin and no Referer", { origin: undefined }],
    ["Origin null", { origin: "null" }],
    ["a foreign Referer without Origin", { origin: undefined, referer: "http://evil.example/x" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
  ])("rejects %s with 403 naming header.origin and writes nothing", async (_name, headers) => {
    const admin = await loginAs("admin");
    const before = await countRows("users");
    const revisions = await countRows("revisions");
    const res = await adminFetch(admin, "POST", "/admin/api/users", newUser(), headers);
    expect(res.status).toBe(403);
    const body = await res.json<Problem>();
    expect(body.code).toBe("forbidden");
    expect(body.errors?.[0]?.path).toBe("header.origin");
    expect(await countRows("users")).toBe(before);
    expect(await countRows("revisions")).toBe(revisions);
  });

  it("accepts a same-origin Referer when Origin is absent", async () => {
    const admin = await loginAs("admin");
    const res = await adminFetch(admin, "POST", "/admin/api/users", newUser(), {
      origin: undefined,
      referer: `${ORIGIN}/admin/users`,
    });
    expect(res.status).toBe(201);
  });

  it("rejects a JSON body sent as text/plain (a no-preflight cross-site fetch) with 415", async () => {
    const admin = await loginAs("admin");
    const before = await countRows("users");
    const res = await adminFetch(admin, "POST", "/admin/api/users", JSON.stringify(newUser()), {
      "content-type": "text/plain",
    });
    expect(res.status).toBe(415);
    expect((await res.json<Problem>()).code).toBe("unsupported_media_type");
    expect(await countRows("users")).toBe(before);
  });

  it("rejects a form-encoded body with 415", async () => {
    const admin = await loginAs("admin");
    const res = await adminFetch(admin, "POST", "/admin/api/users", "email=a%40b.test&role=admin", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(415);
  });

  it("rejects a cross-origin logout, leaving the session alive", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "DELETE", "/admin/api/session", undefined, {
      origin: "https://evil.example",
    });
    expect(res.status).toBe(403);
    expect((await adminFetch(editor, "GET", "/admin/api/me")).status).toBe(200);
  });

  it("rejects a cross-origin login (login CSRF)", async () => {
    const res = await adminFetch(
      null,
      "POST",
      "/admin/api/session",
      { email: "a@b.test", password: "whatever" },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
  });

  it("does not require Origin on reads", async () => {
    const editor = await loginAs("editor");
    const res = await adminFetch(editor, "GET", "/admin/api/me", undefined, { origin: undefined });
    expect(res.status).toBe(200);
  });
});
