import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { adminFetch, loginAs, type TestSession } from "./support/auth";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Runs the Worker's Cron Trigger handler as if fired at `at`; it finishes before it returns. */
async function cronAt(at: number): Promise<void> {
  await worker.scheduled(createScheduledController({ scheduledTime: at, cron: "17 * * * *" }), env);
}

async function keyCount(session: TestSession): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM idempotency_keys WHERE user_id = ?")
    .bind(session.user.id)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

async function sessionCount(session: TestSession): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM sessions WHERE user_id = ?")
    .bind(session.user.id)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** A create with an Idempotency-Key, through the real Worker, so the key row is what it stores. */
async function createWithKey(admin: TestSession): Promise<void> {
  const res = await adminFetch(
    admin,
    "POST",
    "/admin/api/users",
    {
      email: `cron-${crypto.randomUUID().slice(0, 8)}@factline.test`,
      name: "Cron",
      role: "editor",
      password: "a long enough password",
    },
    { "idempotency-key": crypto.randomUUID() },
  );
  expect(res.status).toBe(201);
}

describe("the scheduled housekeeping (Cron Trigger)", () => {
  it("keeps an Idempotency-Key for 24 hours and purges it on the first run after", async () => {
    const admin = await loginAs("admin");
    await createWithKey(admin);
    expect(await keyCount(admin)).toBe(1);

    await cronAt(Date.now() + 23 * HOUR);
    expect(await keyCount(admin)).toBe(1);

    await cronAt(Date.now() + 25 * HOUR);
    expect(await keyCount(admin)).toBe(0);
  });

  it("keeps ended sessions for 30 days, then forgets them, and leaves live ones alone", async () => {
    const ended = await loginAs("editor");
    const res = await adminFetch(ended, "DELETE", "/admin/api/session");
    expect(res.status).toBeLessThan(300);
    const live = await loginAs("editor");

    await cronAt(Date.now() + HOUR);
    expect(await sessionCount(ended)).toBe(1);
    expect(await sessionCount(live)).toBe(1);
    const me = await adminFetch(live, "GET", "/admin/api/me");
    expect(me.status).toBe(200);

    await cronAt(Date.now() + 31 * DAY);
    expect(await sessionCount(ended)).toBe(0);
    expect(await sessionCount(live)).toBe(0);
  });
});
