import { describe, expect, it } from "vitest";
import {
  expectStatus,
  makeActor,
  makeClaim,
  makeSource,
  storedRow,
  withVersion,
} from "./editing-support";
import { loginAs } from "./support/auth";

describe("a claim keeps a claimant", () => {
  it("rejects an update that clears both sourceId and actorId with 400 naming body.sourceId and keeps the stored claim", async () => {
    const editor = await loginAs("editor");
    const source = await makeSource(editor);
    const claim = await makeClaim(editor, { sourceId: source.id });
    const before = await storedRow("claims", claim.id);

    const res = await withVersion(editor, "PATCH", `/admin/api/claims/${claim.id}`, claim.version, {
      sourceId: null,
      actorId: null,
    });
    const problem = await expectStatus<{ errors: { path: string }[] }>(res, 400);
    expect(problem.errors.map((e) => e.path)).toContain("body.sourceId");
    expect(await storedRow("claims", claim.id)).toEqual(before);
  });

  it("accepts clearing the source when an actor becomes the claimant", async () => {
    const editor = await loginAs("editor");
    const source = await makeSource(editor);
    const actor = await makeActor(editor);
    const claim = await makeClaim(editor, { sourceId: source.id });
    const res = await withVersion(editor, "PATCH", `/admin/api/claims/${claim.id}`, claim.version, {
      sourceId: null,
      actorId: actor.id,
    });
    const updated = await expectStatus<{ sourceId: string | null; actorId: string }>(res, 200);
    expect(updated).toMatchObject({ sourceId: null, actorId: actor.id });
  });
});
