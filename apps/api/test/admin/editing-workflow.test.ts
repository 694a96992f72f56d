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

type Claim = { id: string; version: number; status: string; publishedAt: string | null };
type Change = { id: string; type: string; action: string; mergedInto: string | null };

function move(s: TestSession, kind: "claims" | "events", id: string, version: number, to: string) {
  return withVersion(s, "POST", `/admin/api/${kind}/${id}/transition`, version, { to });
}

async function changesFor(id: string): Promise<Change[]> {
  const page = await expectStatus<{ data: Change[] }>(await api("/v1/changes?limit=1000"), 200);
  return page.data.filter((c) => c.id === id);
}

describe("claim workflow", () => {
  it("runs unreviewed → in_review → reviewed → published → retracted with the domain's rules", async () => {
    const author = await loginAs("reviewer");
    const reviewer = await loginAs("reviewer");
    const editor = await loginAs("editor");
    const admin = await loginAs("admin");
    const source = await makeSource(author);
    const event = await makeEvent(author);
    let claim: Claim = await makeClaim(author, { sourceId: source.id, eventIds: [event.id] });

    claim = await expectStatus<Claim>(await move(author, "claims", claim.id, 1, "in_review"), 200);
    expect(claim).toMatchObject({ status: "in_review", version: 2 });

    // Approval needs a verdict first (422), and never from the claim's author (403).
    const noVerdict = await move(reviewer, "claims", claim.id, 2, "reviewed");
    expect((await expectStatus<{ code: string }>(noVerdict, 422)).code).toBe("unprocessable");
    claim = await expectStatus<Claim>(
      await adminFetch(reviewer, "POST", `/admin/api/claims/${claim.id}/reviews`, {
        verdict: "true",
        rationale: "The ministry and the envoy's credentials ceremony confirm it.",
      }),
      201,
    );
    const self = await move(author, "claims", claim.id, claim.version, "reviewed");
    const selfProblem = await expectStatus<{ code: string; detail: string }>(self, 403);
    expect(selfProblem.code).toBe("forbidden");
    expect(selfProblem.detail).toMatch(/someone else must approve/);
    const wrongRole = await move(editor, "claims", claim.id, claim.version, "reviewed");
    expect((await expectStatus<{ detail: string }>(wrongRole, 403)).detail).toMatch(/reviewers/);

    claim = await expectStatus<Claim>(
      await move(reviewer, "claims", claim.id, claim.version, "reviewed"),
      200,
    );
    expect(claim.status).toBe("reviewed");
    expect((await api(`/v1/claims/${claim.id}`)).status).toBe(404);

    claim = await expectStatus<Claim>(
      await move(reviewer, "claims", claim.id, claim.version, "published"),
      200,
    );
    expect(claim.status).toBe("published");
    expect(claim.publishedAt).toBeTruthy();
    const pub = await expectStatus<{ claim: { id: string } }>(
      await api(`/v1/claims/${claim.id}`),
      200,
    );
    expect(pub.claim.id).toBe(claim.id);
    expect((await changesFor(claim.id)).map((c) => c.action)).toEqual(["upsert"]);

    // Only admins retract; a retraction leaves a tombstone and the claim leaves /v1.
    expect((await move(reviewer, "claims", claim.id, claim.version, "retracted")).status).toBe(403);
    claim = await expectStatus<Claim>(
      await move(admin, "claims", claim.id, claim.version, "retracted"),
      200,
    );
    expect((await api(`/v1/claims/${claim.id}`)).status).toBe(404);
    expect((await changesFor(claim.id)).map((c) => c.action)).toEqual(["upsert", "retract"]);

    const history = await expectStatus<{ data: { action: string; version: number }[] }>(
      await adminFetch(editor, "GET", `/admin/api/claims/${claim.id}/revisions`),
      200,
    );
    expect(history.data.map((r) => r.action)).toEqual([
      "transition",
      "transition",
      "transition",
      "update",
      "transition",
      "create",
    ]);
  });

  it("refuses a move the workflow does not have with 409 and a stale one with 412", async () => {
    const editor = await loginAs("editor");
    const source = await makeSource(editor);
    const claim = await makeClaim(editor, { sourceId: source.id });
    const skip = await move(editor, "claims", claim.id, 1, "published");
    expect((await expectStatus<{ code: string }>(skip, 409)).code).toBe("conflict");
    const bad = await move(editor, "claims", claim.id, 1, "nonsense");
    expect((await expectStatus<{ errors: { path: string }[] }>(bad, 400)).errors[0]?.path).toBe(
      "body.to",
    );
    await expectStatus(await move(editor, "claims", claim.id, 1, "in_review"), 200);
    expect((await move(editor, "claims", claim.id, 1, "unreviewed")).status).toBe(412);
    const noVersion = await adminFetch(editor, "POST", `/admin/api/claims/${claim.id}/transition`, {
      to: "unreviewed",
    });
    expect(noVersion.status).toBe(428);
  });
});

describe("event workflow", () => {
  it("publishes an event into /v1 and retracting it leaves a tombstone in /v1/changes", async () => {
    const editor = await loginAs("editor");
    const reviewer = await loginAs("reviewer");
    const admin = await loginAs("admin");
    const actor = await makeActor(editor, { name: "Workflow country" });
    let event = await makeEvent(editor, {
      title: "Workflow event",
      actors: [{ actorId: actor.id, role: "initiator" }],
    });
    expect((await api(`/v1/events/${event.id}`)).status).toBe(404);
    event = await expectStatus(await move(editor, "events", event.id, 1, "in_review"), 200);
    expect((await move(editor, "events", event.id, 2, "published")).status).toBe(403);
    event = await expectStatus(await move(reviewer, "events", event.id, 2, "published"), 200);
    expect(event.publishedAt).toBeTruthy();
    const pub = await expectStatus<{ event: { title: string } }>(
      await api(`/v1/events/${event.id}`),
      200,
    );
    expect(pub.event.title).toBe("Workflow event");
    // The event's actor became readable with it, and the feed says so.
    expect((await changesFor(actor.id)).map((c) => c.action)).toEqual(["upsert"]);

    // A reviewer's correction to a published event reaches readers at once (cached reads were
    // invalidated); an editor may no longer edit it (the authorization matrix covers that).
    event = await expectStatus(
      await withVersion(reviewer, "PATCH", `/admin/api/events/${event.id}`, event.version, {
        title: "Workflow event, corrected",
      }),
      200,
    );
    const edited = await expectStatus<{ event: { title: string } }>(
      await api(`/v1/events/${event.id}`),
      200,
    );
    expect(edited.event.title).toBe("Workflow event, corrected");

    await expectStatus(await adminFetch(admin, "DELETE", `/admin/api/events/${event.id}`), 200);
    expect((await api(`/v1/events/${event.id}`)).status).toBe(404);
    expect((await changesFor(event.id)).map((c) => c.action)).toEqual([
      "upsert",
      "upsert",
      "retract",
    ]);
  });
});
