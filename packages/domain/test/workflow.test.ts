import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  Action,
  actionsFor,
  can,
  canEdit,
  canTransition,
  checkAction,
  checkEdit,
  checkTransition,
  ERROR_CODES,
  findTransition,
  newId,
  nextStates,
  PERMISSIONS,
  Role,
  TRANSITIONS,
  WORKFLOW_START,
  WORKFLOW_STATES,
  type WorkflowEntity,
  type WorkflowState,
} from "../src";

const roles = Role.options;
const entity = fc.constantFrom<WorkflowEntity>("event", "claim");
const role = fc.constantFrom(...roles);
const move = entity.chain((e) =>
  fc.record({
    entity: fc.constant(e),
    from: fc.constantFrom(...(WORKFLOW_STATES[e] as readonly string[])),
    to: fc.constantFrom(...(WORKFLOW_STATES[e] as readonly string[])),
  }),
) as fc.Arbitrary<{
  entity: WorkflowEntity;
  from: WorkflowState<WorkflowEntity>;
  to: WorkflowState<WorkflowEntity>;
}>;

describe("transition table", () => {
  it("lists only states the entity has, each move once", () => {
    for (const e of ["event", "claim"] as const) {
      const seen = new Set<string>();
      for (const t of TRANSITIONS[e]) {
        expect(WORKFLOW_STATES[e]).toContain(t.from);
        expect(WORKFLOW_STATES[e]).toContain(t.to);
        expect(t.from).not.toBe(t.to);
        expect(seen.has(`${t.from}>${t.to}`)).toBe(false);
        seen.add(`${t.from}>${t.to}`);
      }
    }
  });

  it("lets no role make a move the table does not give it", () => {
    fc.assert(
      fc.property(move, role, ({ entity: e, from, to }, r) => {
        const rule = findTransition(e, from, to);
        expect(canTransition(e, from, to, r)).toBe(rule?.roles.includes(r) ?? false);
      }),
    );
  });

  it("always refuses self-approval, for every role", () => {
    fc.assert(
      fc.property(move, role, ({ entity: e, from, to }, r) => {
        const rule = findTransition(e, from, to);
        fc.pre(rule?.approval === true);
        const me = newId("usr");
        const check = checkTransition({ entity: e, from, to, role: r, actorId: me, authorId: me });
        expect(check.ok).toBe(false);
        if (!check.ok) expect(ERROR_CODES[check.code]).toBe(403);
        expect(nextStates(e, from, r, { actorId: me, authorId: me })).not.toContain(to);
      }),
    );
  });

  it("lets an admin reach every state from the start state", () => {
    for (const e of ["event", "claim"] as const) {
      const reached = new Set<string>([WORKFLOW_START[e]]);
      const queue: string[] = [WORKFLOW_START[e]];
      while (queue.length > 0) {
        const s = queue.shift() as WorkflowState<typeof e>;
        for (const next of nextStates(e, s, "admin", {
          actorId: newId("usr"),
          authorId: newId("usr"),
        })) {
          if (!reached.has(next)) {
            reached.add(next);
            queue.push(next);
          }
        }
      }
      expect([...reached].sort()).toEqual([...WORKFLOW_STATES[e]].sort());
    }
  });

  it("nextStates agrees with canTransition", () => {
    fc.assert(
      fc.property(move, role, ({ entity: e, from }, r) => {
        const expected = (WORKFLOW_STATES[e] as readonly string[]).filter(
          (to) => to !== from && canTransition(e, from, to as never, r),
        );
        expect([...nextStates(e, from, r)].sort()).toEqual(expected.sort());
      }),
    );
  });
});

describe("checkTransition", () => {
  const reviewer = newId("usr");
  const author = newId("usr");

  it("lets editors submit and withdraw but not publish or retract", () => {
    expect(canTransition("event", "draft", "in_review", "editor")).toBe(true);
    expect(canTransition("event", "in_review", "draft", "editor")).toBe(true);
    expect(canTransition("claim", "unreviewed", "in_review", "editor")).toBe(true);
    const publish = checkTransition({
      entity: "event",
      from: "in_review",
      to: "published",
      role: "editor",
    });
    expect(publish).toEqual({
      ok: false,
      code: "forbidden",
      reason: "Only reviewers and admins may move an event from in_review to published",
    });
    expect(canTransition("claim", "in_review", "reviewed", "editor")).toBe(false);
    expect(canTransition("claim", "reviewed", "published", "editor")).toBe(false);
  });

  it("lets reviewers review and publish others' claims but not retract", () => {
    const base = {
      entity: "claim",
      role: "reviewer",
      actorId: reviewer,
      authorId: author,
    } as const;
    expect(checkTransition({ ...base, from: "in_review", to: "reviewed" })).toEqual({ ok: true });
    expect(checkTransition({ ...base, from: "reviewed", to: "published" })).toEqual({ ok: true });
    expect(checkTransition({ ...base, from: "published", to: "retracted" })).toMatchObject({
      ok: false,
      code: "forbidden",
      reason: "Only admins may move a claim from published to retracted",
    });
    expect(canTransition("event", "in_review", "published", "reviewer")).toBe(true);
    expect(canTransition("event", "published", "retracted", "reviewer")).toBe(false);
  });

  it("refuses a reviewer or admin approving their own claim, with a reason", () => {
    for (const r of ["reviewer", "admin"] as const) {
      for (const [from, to] of [
        ["in_review", "reviewed"],
        ["reviewed", "published"],
      ] as const) {
        const check = checkTransition({
          entity: "claim",
          from,
          to,
          role: r,
          actorId: author,
          authorId: author,
        });
        expect(check).toEqual({
          ok: false,
          code: "forbidden",
          reason: `You wrote this claim, so someone else must approve it (${from} to ${to})`,
        });
      }
    }
    // Moves that are not approvals stay open to the author.
    expect(
      checkTransition({
        entity: "claim",
        from: "reviewed",
        to: "in_review",
        role: "reviewer",
        actorId: author,
        authorId: author,
      }),
    ).toEqual({ ok: true });
  });

  it("allows approval of claims with no recorded author (ingested or seeded)", () => {
    expect(
      checkTransition({
        entity: "claim",
        from: "in_review",
        to: "reviewed",
        role: "reviewer",
        actorId: reviewer,
        authorId: null,
      }),
    ).toEqual({ ok: true });
  });

  it("lets admins retract and reopen, sending a retracted record back through review", () => {
    expect(canTransition("claim", "published", "retracted", "admin")).toBe(true);
    expect(canTransition("event", "published", "retracted", "admin")).toBe(true);
    expect(nextStates("claim", "retracted", "admin")).toEqual(["in_review"]);
    expect(nextStates("event", "retracted", "admin")).toEqual(["in_review"]);
    expect(canTransition("event", "retracted", "published", "admin")).toBe(false);
  });

  it("answers 409 for moves no role may make, listing where the record can go", () => {
    expect(
      checkTransition({ entity: "event", from: "draft", to: "published", role: "admin" }),
    ).toEqual({
      ok: false,
      code: "conflict",
      reason: "An event cannot go from draft to published; from draft it can go to in_review",
    });
    expect(
      checkTransition({ entity: "claim", from: "published", to: "unreviewed", role: "admin" }),
    ).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(
      checkTransition({ entity: "claim", from: "reviewed", to: "reviewed", role: "admin" }),
    ).toEqual({
      ok: false,
      code: "conflict",
      reason: "The claim is already reviewed",
    });
  });

  it("answers 400 for a status the entity does not have", () => {
    const check = checkTransition({
      entity: "event",
      from: "draft",
      to: "reviewed" as never,
      role: "admin",
    });
    expect(check).toMatchObject({ ok: false, code: "validation_failed" });
    if (!check.ok) expect(check.reason).toContain("draft, in_review, published, retracted");
  });

  it("answers 422 when a verdict is needed and missing", () => {
    expect(
      checkTransition({
        entity: "claim",
        from: "in_review",
        to: "reviewed",
        role: "reviewer",
        actorId: reviewer,
        authorId: author,
        hasReview: false,
      }),
    ).toEqual({
      ok: false,
      code: "unprocessable",
      reason: "Record a verdict before moving the claim to reviewed",
    });
    expect(nextStates("claim", "in_review", "reviewer", { hasReview: false })).toEqual([
      "unreviewed",
    ]);
    expect(nextStates("claim", "in_review", "reviewer", { hasReview: true })).toEqual([
      "unreviewed",
      "reviewed",
    ]);
  });

  it("gives the UI only the buttons a role may press", () => {
    expect(nextStates("event", "draft", "editor")).toEqual(["in_review"]);
    expect(nextStates("event", "in_review", "editor")).toEqual(["draft"]);
    expect(nextStates("event", "in_review", "reviewer")).toEqual(["draft", "published"]);
    expect(nextStates("event", "published", "reviewer")).toEqual([]);
    expect(nextStates("claim", "published", "admin")).toEqual(["retracted"]);
  });
});

describe("permissions", () => {
  it("has an entry for every action, naming only real roles", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
    for (const a of ACTIONS) {
      expect(PERMISSIONS[a].length).toBeGreaterThan(0);
      for (const r of PERMISSIONS[a]) expect(roles).toContain(r);
    }
  });

  it("lets admins do everything", () => {
    expect(actionsFor("admin")).toEqual([...ACTIONS]);
  });

  it("gives each role at least what the role below it has", () => {
    for (const a of ACTIONS) {
      if (can("editor", a)) expect(can("reviewer", a), a).toBe(true);
      if (can("reviewer", a)) expect(can("admin", a), a).toBe(true);
    }
  });

  it("lets editors write but not judge, delete or manage users", () => {
    for (const a of [
      "event.create",
      "claim.update",
      "source.create",
      "evidence.create",
      "ingest.accept",
    ] as const) {
      expect(can("editor", a), a).toBe(true);
    }
    for (const a of [
      "claim.rank",
      "claim.review",
      "claim.merge",
      "event.delete",
      "user.manage",
    ] as const) {
      expect(can("editor", a), a).toBe(false);
    }
  });

  it("lets reviewers rank, review and merge but not manage users or delete", () => {
    expect(can("reviewer", "claim.rank")).toBe(true);
    expect(can("reviewer", "claim.review")).toBe(true);
    expect(can("reviewer", "claim.merge")).toBe(true);
    expect(can("reviewer", "user.manage")).toBe(false);
    expect(can("reviewer", "claim.delete")).toBe(false);
  });

  it("explains refusals for the API's 403", () => {
    expect(checkAction("editor", "claim.rank")).toEqual({
      ok: false,
      code: "forbidden",
      reason: "Only reviewers and admins may rank a claim",
    });
    expect(checkAction("reviewer", "user.manage")).toEqual({
      ok: false,
      code: "forbidden",
      reason: "Only admins may manage users",
    });
    expect(checkAction("admin", "user.manage")).toEqual({ ok: true });
  });

  it("validates action names with a schema", () => {
    expect(Action.safeParse("claim.rank").success).toBe(true);
    expect(Action.safeParse("claim.fly").success).toBe(false);
    expect(can("admin", "claim.fly" as never)).toBe(false);
  });
});

describe("editing by status", () => {
  it("lets editors edit drafts and records in review, but not reviewed or published ones", () => {
    expect(canEdit("event", "draft", "editor")).toBe(true);
    expect(canEdit("claim", "in_review", "editor")).toBe(true);
    expect(canEdit("claim", "reviewed", "editor")).toBe(false);
    expect(checkEdit("event", "published", "editor")).toEqual({
      ok: false,
      code: "forbidden",
      reason: "Only reviewers and admins may edit an event that is published",
    });
    expect(canEdit("event", "published", "reviewer")).toBe(true);
  });

  it("freezes retracted records for everyone but admins", () => {
    for (const r of roles) {
      expect(canEdit("event", "retracted", r)).toBe(r === "admin");
      expect(canEdit("claim", "retracted", r)).toBe(r === "admin");
    }
  });

  it("covers every status of every entity, and admins may edit in all of them", () => {
    for (const e of ["event", "claim"] as const) {
      for (const s of WORKFLOW_STATES[e])
        expect(canEdit(e, s as never, "admin"), `${e}:${s}`).toBe(true);
    }
    expect(checkEdit("event", "gone" as never, "admin")).toMatchObject({
      ok: false,
      code: "validation_failed",
    });
  });
});

describe("refusal reasons", () => {
  it("name the allowed roles and the record for every refused action", () => {
    for (const r of roles) {
      for (const a of ACTIONS) {
        const check = checkAction(r, a);
        if (check.ok) continue;
        expect(check.reason).toMatch(
          /^Only (reviewers and admins|admins|editors, reviewers and admins) may \w+ (an? [a-z ]+|users)$/,
        );
        expect(check.reason).not.toContain("undefined");
      }
    }
  });
});
