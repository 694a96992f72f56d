/**
 * The authorization matrix, generated from the domain's tables: every role × every write
 * operation on events and claims × every status (and, for claims, with and without a verdict).
 * The expected answer is computed from `@factline/domain` (PERMISSIONS, EDITABLE_BY and the
 * verdict rule), never written by hand, so a rule added to the domain and forgotten in the API
 * fails here. Every refusal must be a 403 problem+json that names the rule and leaves the
 * stored record exactly as it was.
 */
import {
  type Action,
  type Claim,
  ClaimStatus,
  can,
  checkClaimEdit,
  checkEdit,
  EventStatus,
  newId,
  type Role,
} from "@factline/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { exec } from "../support/factories";
import {
  expectStatus,
  makeClaim,
  makeEvent,
  makeSource,
  storedRow,
  withVersion,
} from "./editing-support";
import { adminFetch, loginAs, type TestSession } from "./support/auth";

const ROLES: Role[] = ["editor", "reviewer", "admin"];

type Setup = { id: string; version: number; evidenceId?: string };

/** A write operation: the action it needs, the fields it changes, and how to send it. */
type Operation<T> = {
  name: string;
  action: Action | null;
  /** Fields of the record the operation changes (for the verdict rule). */
  fields: readonly string[];
  send: (s: TestSession, target: T, ctx: Context) => Promise<Response>;
};

type Context = { admin: TestSession; sourceId: string };

const sessions = {} as Record<Role, TestSession>;
let ctx: Context;

beforeAll(async () => {
  for (const role of ROLES) sessions[role] = await loginAs(role);
  const source = await makeSource(sessions.admin);
  ctx = { admin: sessions.admin, sourceId: source.id };
});

async function eventIn(status: EventStatus): Promise<Setup> {
  const e = await makeEvent(ctx.admin);
  await exec("UPDATE events SET status = ? WHERE id = ?", status, e.id);
  return { id: e.id, version: e.version };
}

async function claimIn(status: ClaimStatus, withVerdict: boolean): Promise<Setup> {
  const c = await makeClaim(ctx.admin, { sourceId: ctx.sourceId });
  await exec("UPDATE claims SET status = ? WHERE id = ?", status, c.id);
  const evidenceId = newId("evd");
  await exec(
    "INSERT INTO evidence (id, claim_id, source_id, quote, stance, created_at) VALUES (?, ?, ?, 'a passage', 'supports', ?)",
    evidenceId,
    c.id,
    ctx.sourceId,
    new Date().toISOString(),
  );
  if (withVerdict) {
    await exec(
      "INSERT INTO reviews (id, claim_id, verdict, rationale, reviewer_id, reviewed_at) VALUES (?, ?, 'true', 'checked', ?, ?)",
      `rvw_matrix${c.id.slice(4)}`,
      c.id,
      ctx.admin.user.id,
      new Date().toISOString(),
    );
  }
  return { id: c.id, version: c.version, evidenceId };
}

async function firstRevision(type: "events" | "claims", id: string): Promise<string> {
  const res = await adminFetch(ctx.admin, "GET", `/admin/api/${type}/${id}/revisions`);
  const body = await expectStatus<{ data: { id: string }[] }>(res, 200);
  const last = body.data[body.data.length - 1];
  if (!last) throw new Error(`no revision of ${id}`);
  return last.id;
}

const EVENT_OPS: Operation<Setup>[] = [
  {
    name: "PATCH fields",
    action: "event.update",
    fields: ["title"],
    send: (s, e) =>
      withVersion(s, "PATCH", `/admin/api/events/${e.id}`, e.version, { title: "Rewritten" }),
  },
  {
    name: "restore a revision",
    action: "revision.restore",
    fields: [],
    send: async (s, e) =>
      withVersion(
        s,
        "POST",
        `/admin/api/events/${e.id}/revisions/${await firstRevision("events", e.id)}/restore`,
        e.version,
      ),
  },
  {
    name: "merge into a draft",
    action: "event.merge",
    fields: [],
    send: async (s, e, c) => {
      const winner = await makeEvent(c.admin);
      return adminFetch(s, "POST", `/admin/api/events/${e.id}/merge`, { into: winner.id });
    },
  },
];

const CLAIM_OPS: Operation<Setup>[] = [
  {
    name: "PATCH text",
    action: "claim.update",
    fields: ["text"],
    send: (s, c) =>
      withVersion(s, "PATCH", `/admin/api/claims/${c.id}`, c.version, { text: "Rewritten claim" }),
  },
  {
    name: "PATCH modality",
    action: "claim.update",
    fields: ["modality"],
    send: (s, c) =>
      withVersion(s, "PATCH", `/admin/api/claims/${c.id}`, c.version, { modality: "hedged" }),
  },
  {
    name: "add evidence",
    action: "evidence.create",
    fields: [],
    send: (s, c, x) =>
      adminFetch(s, "POST", `/admin/api/claims/${c.id}/evidence`, {
        sourceId: x.sourceId,
        quote: "another passage",
        stance: "context",
      }),
  },
  {
    name: "remove evidence",
    action: "evidence.delete",
    fields: [],
    send: (s, c) => adminFetch(s, "DELETE", `/admin/api/claims/${c.id}/evidence/${c.evidenceId}`),
  },
  {
    name: "record a verdict",
    action: "claim.review",
    fields: [],
    send: (s, c) =>
      adminFetch(s, "POST", `/admin/api/claims/${c.id}/reviews`, {
        verdict: "mixed",
        rationale: "Partly right.",
      }),
  },
  {
    name: "set the rank",
    action: "claim.rank",
    fields: [],
    send: (s, c) =>
      withVersion(s, "PUT", `/admin/api/claims/${c.id}/rank`, c.version, {
        rank: "deprecated",
        reason: "Superseded.",
      }),
  },
  {
    name: "restore a revision",
    action: "revision.restore",
    fields: [],
    send: async (s, c) =>
      withVersion(
        s,
        "POST",
        `/admin/api/claims/${c.id}/revisions/${await firstRevision("claims", c.id)}/restore`,
        c.version,
      ),
  },
  {
    name: "merge into an unreviewed claim",
    action: "claim.merge",
    fields: [],
    send: async (s, c, x) => {
      const winner = await makeClaim(x.admin, { sourceId: x.sourceId });
      return adminFetch(s, "POST", `/admin/api/claims/${c.id}/merge`, { into: winner.id });
    },
  },
];

/** What the domain says: allowed, or the rule that refuses. */
function expectedEvent(role: Role, op: Operation<Setup>, status: EventStatus) {
  if (op.action && !can(role, op.action))
    return { ok: false as const, rule: `action.${op.action}` };
  return checkEdit("event", status, role).ok
    ? { ok: true as const }
    : { ok: false as const, rule: `edit.event.${status}` };
}

function expectedClaim(role: Role, op: Operation<Setup>, status: ClaimStatus, verdict: boolean) {
  if (op.action && !can(role, op.action))
    return { ok: false as const, rule: `action.${op.action}` };
  if (!checkEdit("claim", status, role).ok)
    return { ok: false as const, rule: `edit.claim.${status}` };
  return checkClaimEdit({ status, role, hasVerdict: verdict, fields: op.fields }).ok
    ? { ok: true as const }
    : { ok: false as const, rule: "edit.claim.verdict_bound" };
}

async function expectAnswer(
  res: Response,
  expected: { ok: true } | { ok: false; rule: string },
  table: "events" | "claims",
  id: string,
  before: unknown,
) {
  const text = await res.text();
  if (expected.ok) {
    expect([200, 201], text).toContain(res.status);
    return;
  }
  expect(res.status, text).toBe(403);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  const problem = JSON.parse(text) as { code: string; rule?: string; errors?: unknown[] };
  expect(problem.code).toBe("forbidden");
  // Route-level permission refusals name the action; edit refusals name the edit rule.
  if (expected.rule.startsWith("edit.")) expect(problem.rule).toBe(expected.rule);
  expect(await storedRow(table, id)).toEqual(before);
}

describe("authorization matrix: events (role × operation × status)", () => {
  for (const role of ROLES) {
    for (const op of EVENT_OPS) {
      it.each(EventStatus.options)(`${role}: ${op.name} on a %s event`, async (status) => {
        const e = await eventIn(status);
        const before = await storedRow("events", e.id);
        const res = await op.send(sessions[role], e, ctx);
        await expectAnswer(res, expectedEvent(role, op, status), "events", e.id, before);
      });
    }
  }
});

describe("authorization matrix: claims (role × operation × status × verdict)", () => {
  const cases = ClaimStatus.options.flatMap((status) =>
    [false, true].map((verdict) => ({ status, verdict })),
  );
  for (const role of ROLES) {
    for (const op of CLAIM_OPS) {
      it.each(cases)(`${role}: ${op.name} on a $status claim (verdict: $verdict)`, async (k) => {
        const c = await claimIn(k.status, k.verdict);
        const before = await storedRow("claims", c.id);
        const res = await op.send(sessions[role], c, ctx);
        await expectAnswer(
          res,
          expectedClaim(role, op, k.status, k.verdict),
          "claims",
          c.id,
          before,
        );
      });
    }
  }
});

describe("the probe's cases, end to end", () => {
  it("an editor's PATCH of a published event is refused and /v1 keeps the old title", async () => {
    const e = await makeEvent(sessions.admin, { title: "Kept title" });
    await exec(
      "UPDATE events SET status = 'published', published_at = ? WHERE id = ?",
      new Date().toISOString(),
      e.id,
    );
    const res = await withVersion(
      sessions.editor,
      "PATCH",
      `/admin/api/events/${e.id}`,
      e.version,
      {
        title: "Defaced",
      },
    );
    const problem = await expectStatus<{ rule: string; errors: { path: string }[] }>(res, 403);
    expect(problem.rule).toBe("edit.event.published");
    expect(problem.errors[0]?.path).toBe("path.id");
    const pub = await expectStatus<{ event: { title: string } }>(
      await adminFetch(null, "GET", `/v1/events/${e.id}`, undefined, {
        "x-forwarded-for": "203.0.113.9",
      }),
      200,
    );
    expect(pub.event.title).toBe("Kept title");
  });

  it("an editor may not rewrite a claim's text once it has a verdict, but may fix its modality", async () => {
    const c = await claimIn("in_review", true);
    const refused = await withVersion(
      sessions.editor,
      "PATCH",
      `/admin/api/claims/${c.id}`,
      c.version,
      {
        text: "Something else entirely",
      },
    );
    const problem = await expectStatus<{ rule: string; errors: { path: string }[] }>(refused, 403);
    expect(problem).toMatchObject({ rule: "edit.claim.verdict_bound" });
    expect(problem.errors[0]?.path).toBe("body.text");
    const ok = await withVersion(sessions.editor, "PATCH", `/admin/api/claims/${c.id}`, c.version, {
      modality: "hedged",
    });
    expect((await expectStatus<Claim>(ok, 200)).modality).toBe("hedged");
  });

  it("an editor may not rate a source's reliability on create or edit; a reviewer may", async () => {
    const created = await adminFetch(sessions.editor, "POST", "/admin/api/sources", {
      kind: "article",
      title: "Rated by an editor",
      url: "https://news.example/rated-by-editor",
      text: "Body.",
      reliability: "high",
    });
    const problem = await expectStatus<{ errors: { path: string }[] }>(created, 403);
    expect(problem.errors[0]?.path).toBe("body.reliability");

    const source = await makeSource(sessions.editor);
    const patch = await withVersion(
      sessions.editor,
      "PATCH",
      `/admin/api/sources/${source.id}`,
      source.version,
      {
        reliability: "low",
      },
    );
    await expectStatus(patch, 403);
    expect((await storedRow("sources", source.id))?.reliability).toBe("unrated");
    const byReviewer = await withVersion(
      sessions.reviewer,
      "PATCH",
      `/admin/api/sources/${source.id}`,
      source.version,
      { reliability: "low" },
    );
    expect((await expectStatus<{ reliability: string }>(byReviewer, 200)).reliability).toBe("low");
  });
});
