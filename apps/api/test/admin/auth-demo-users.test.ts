import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { DEMO_REVIEWER_ID } from "../../src/seed/demo-ids";
import { DEMO_PASSWORD, DEMO_USERS } from "../../src/seed/demo-users";
import { writeDemoUsers } from "../../src/seed/write-demo-seed";
import { postLogin } from "./support/auth";

const runSeed = () => writeDemoUsers(createDb(env.DB));

describe("demo accounts seed", () => {
  it("creates one account per role that logs in with the documented password, idempotently", async () => {
    await runSeed();
    await runSeed();
    const rows = await env.DB.prepare(
      "SELECT email, role, password_iterations FROM users WHERE email LIKE '%@factline.local' ORDER BY email",
    ).all<{ email: string; role: string; password_iterations: number }>();
    expect(rows.results.map((r) => [r.email, r.role])).toEqual(
      DEMO_USERS.map((u) => [u.email, u.role]).sort(),
    );
    expect(rows.results.every((r) => r.password_iterations === 100_000)).toBe(true);
    const revisions = await env.DB.prepare(
      "SELECT count(*) AS n FROM revisions WHERE record_type = 'user' AND record_id IN (SELECT id FROM users WHERE email LIKE '%@factline.local')",
    ).first<{ n: number }>();
    expect(revisions?.n).toBe(DEMO_USERS.length);
    const reviewer = await env.DB.prepare("SELECT id FROM users WHERE email = ?")
      .bind("reviewer@factline.local")
      .first<{ id: string }>();
    expect(reviewer?.id).toBe(DEMO_REVIEWER_ID);
    for (const user of DEMO_USERS) {
      const res = await postLogin(user.email, DEMO_PASSWORD);
      expect(res.status).toBe(200);
      expect((await res.json<{ user: { role: string } }>()).user.role).toBe(user.role);
    }
  });
});
