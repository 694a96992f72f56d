import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api } from "../support/api";
import {
  expectStatus,
  makeActor,
  makeClaim,
  makeEvent,
  makeSource,
  withVersion,
} from "./editing-support";
import { adminFetch, loginAs, type TestSession } from "./support/auth";

type Ev = { id: string; version: number; status: string; places: string[]; actors: unknown[] };
type Cl = {
  id: string;
  version: number;
  status: string;
  eventIds: string[];
  evidence: { id: string }[];
};

async function publishEvent(s: TestSession, author: TestSession, id: string) {
  const a = await expectStatus<Ev>(
    await withVersion(author, "POST", `/admin/api/events/${id}/transition`, 1, { to: "in_review" }),
    200,
  );
  return expectStatus<Ev>(
    await withVersion(s, "POST", `/admin/api/events/${id}/transition`, a.version, {
      to: "published",
    }),
    200,
  );
}

async function publishClaim(reviewer: TestSession, author: TestSession, id: string) {
  let c = await expectStatus<Cl>(await adminFetch(author, "GET", `/admin/api/claims/${id}`), 200);
  c = await expectStatus<Cl>(
    await withVersion(author, "POST", `/admin/api/claims/${id}/transition`, c.version, {
      to: "in_review",
    }),
    200,
  );
  c = await expectStatus<Cl>(
    await adminFetch(reviewer, "POST", `/admin/api/claims/${id}/reviews`, {
      verdict: "true",
      rationale: "Checked.",
    }),
    201,
  );
  for (const to of ["reviewed", "published"]) {
    c = await expectStatus<Cl>(
      await withVersion(reviewer, "POST", `/admin/api/claims/${id}/transition`, c.version, { to }),
      200,
    );
  }
  return c;
}

describe("merging duplicate events", () => {
  it("turns the loser into a 308 to the winner and moves links, claims and relations", async () => {
    const editor = await loginAs("editor");
    const reviewer = await loginAs("reviewer");
    const russia = await makeActor(editor, { name: "Russia" });
    const taliban = await makeActor(editor, { kind: "group", name: "Taliban" });
    const winner = await makeEvent(editor, {
      places: ["RU"],
      actors: [{ actorId: russia.id, role: "initiator" }],
    });
    const loser = await makeEvent(editor, {
      places: ["AF"],
      actors: [
        { actorId: russia.id, role: "initiator" },
        { actorId: taliban.id, role: "target" },
      ],
    });
    const later = await makeEvent(editor, { related: [{ eventId: loser.id, relation: "causes" }] });
    const both = await makeEvent(editor, {
      related: [
        { eventId: loser.id, relation: "causes" },
        { eventId: winner.id, relation: "causes" },
      ],
    });
    const source = await makeSource(editor);
    const claim = await makeClaim(editor, { sourceId: source.id, eventIds: [loser.id] });
    await publishEvent(reviewer, editor, winner.id);
    await publishEvent(reviewer, editor, loser.id);

    expect(
      (await adminFetch(editor, "POST", `/admin/api/events/${loser.id}/merge`, { into: winner.id }))
        .status,
    ).toBe(403);
    const self = await adminFetch(reviewer, "POST", `/admin/api/events/${loser.id}/merge`, {
      into: loser.id,
    });
    expect((await expectStatus<{ errors: { path: string }[] }>(self, 400)).errors[0]?.path).toBe(
      "body.into",
    );

    const res = await adminFetch(reviewer, "POST", `/admin/api/events/${loser.id}/merge`, {
      into: winner.id,
    });
    const merged = await expectStatus<{ winner: Ev; loser: Ev }>(res, 200);
    expect(merged.loser.status).toBe("retracted");
    expect(merged.winner.places).toEqual(["AF", "RU"]);
    expect(merged.winner.actors).toHaveLength(2);

    const movedClaim = await expectStatus<Cl>(
      await adminFetch(editor, "GET", `/admin/api/claims/${claim.id}`),
      200,
    );
    expect(movedClaim.eventIds).toEqual([winner.id]);
    expect(movedClaim.version).toBe(2);
    const laterNow = await expectStatus<{ related: { eventId: string }[] }>(
      await adminFetch(editor, "GET", `/admin/api/events/${later.id}`),
      200,
    );
    expect(laterNow.related.map((r) => r.eventId)).toEqual([winner.id]);
    const bothNow = await expectStatus<{ related: unknown[] }>(
      await adminFetch(editor, "GET", `/admin/api/events/${both.id}`),
      200,
    );
    expect(bothNow.related).toEqual([{ eventId: winner.id, relation: "causes" }]);
    const stored = await env.DB.prepare("SELECT merged_into FROM events WHERE id = ?")
      .bind(loser.id)
      .first<{ merged_into: string }>();
    expect(stored?.merged_into).toBe(winner.id);

    const redirect = await api(`/v1/events/${loser.id}`, { redirect: "manual" });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toContain(`/v1/events/${winner.id}`);
    const feed = await expectStatus<{
      data: { id: string; action: string; mergedInto: string | null }[];
    }>(await api("/v1/changes?limit=1000"), 200);
    expect(feed.data.filter((c) => c.id === loser.id).at(-1)).toMatchObject({
      action: "merge",
      mergedInto: winner.id,
    });

    // The loser is a redirect now: editing it is refused, merging it again too.
    expect(
      (
        await withVersion(editor, "PATCH", `/admin/api/events/${loser.id}`, merged.loser.version, {
          title: "x",
        })
      ).status,
    ).toBe(410);
    const again = await adminFetch(reviewer, "POST", `/admin/api/events/${loser.id}/merge`, {
      into: winner.id,
    });
    expect(again.status).toBe(409);
    const history = await expectStatus<{ data: { action: string }[] }>(
      await adminFetch(editor, "GET", `/admin/api/events/${winner.id}/revisions`),
      200,
    );
    expect(history.data[0]?.action).toBe("merge");
  });
});

describe("merging duplicate claims", () => {
  it("moves evidence and events to the winner and redirects the loser", async () => {
    const editor = await loginAs("editor");
    const reviewer = await loginAs("reviewer");
    const source = await makeSource(editor);
    const e1 = await makeEvent(editor);
    const e2 = await makeEvent(editor);
    const winner = await makeClaim(editor, { sourceId: source.id, eventIds: [e1.id] });
    const loser = await makeClaim(editor, { sourceId: source.id, eventIds: [e2.id] });
    const { evidenceId } = await expectStatus<{ evidenceId: string }>(
      await adminFetch(editor, "POST", `/admin/api/claims/${loser.id}/evidence`, {
        sourceId: source.id,
        quote: "formally recognized",
      }),
      201,
    );
    await publishClaim(reviewer, editor, loser.id);

    const admin = await loginAs("admin");
    const dead = await makeClaim(editor, { sourceId: source.id });
    await expectStatus(await adminFetch(admin, "DELETE", `/admin/api/claims/${dead.id}`), 200);
    const intoDead = await adminFetch(reviewer, "POST", `/admin/api/claims/${loser.id}/merge`, {
      into: dead.id,
    });
    expect(
      (await expectStatus<{ errors: { path: string }[] }>(intoDead, 400)).errors[0]?.path,
    ).toBe("body.into");
    const res = await adminFetch(reviewer, "POST", `/admin/api/claims/${loser.id}/merge`, {
      into: winner.id,
    });
    const merged = await expectStatus<{ winner: Cl; loser: Cl }>(res, 200);
    expect(merged.winner.evidence.map((e) => e.id)).toEqual([evidenceId]);
    expect(merged.winner.eventIds).toEqual([e1.id, e2.id].sort());
    expect(merged.loser).toMatchObject({ status: "retracted", evidence: [] });
    const row = await env.DB.prepare("SELECT claim_id FROM evidence WHERE id = ?")
      .bind(evidenceId)
      .first<{ claim_id: string }>();
    expect(row?.claim_id).toBe(winner.id);
    const redirect = await api(`/v1/claims/${loser.id}`, { redirect: "manual" });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toContain(`/v1/claims/${winner.id}`);
  });
});
