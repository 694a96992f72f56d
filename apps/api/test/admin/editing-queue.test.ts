import { describe, expect, it } from "vitest";
import { expectStatus, makeClaim, makeEvent, makeSource, withVersion } from "./editing-support";
import { adminFetch, loginAs } from "./support/auth";

type Queue = {
  counts: Record<string, number>;
  data: { bucket: string; id: string; since: string; recordType: string }[];
  next: string | null;
};

describe("review queue", () => {
  it("counts each bucket and pages through every item oldest first", async () => {
    const editor = await loginAs("editor");
    const source = await makeSource(editor);
    const draft = await makeEvent(editor);
    const inReview = await makeEvent(editor);
    await expectStatus(
      await withVersion(editor, "POST", `/admin/api/events/${inReview.id}/transition`, 1, {
        to: "in_review",
      }),
      200,
    );
    const unreviewed = await makeClaim(editor, { sourceId: source.id });
    const reviewing = await makeClaim(editor, { sourceId: source.id });
    await expectStatus(
      await withVersion(editor, "POST", `/admin/api/claims/${reviewing.id}/transition`, 1, {
        to: "in_review",
      }),
      200,
    );
    const full = await expectStatus<Queue>(
      await adminFetch(editor, "GET", "/admin/api/queue"),
      200,
    );
    expect(full.counts).toEqual({
      unreviewed_claims: 1,
      claims_in_review: 1,
      open_conflicts: 0,
      event_drafts: 1,
      events_in_review: 1,
    });
    const buckets = Object.fromEntries(full.data.map((i) => [i.id, i.bucket]));
    expect(buckets).toEqual({
      [draft.id]: "event_drafts",
      [inReview.id]: "events_in_review",
      [unreviewed.id]: "unreviewed_claims",
      [reviewing.id]: "claims_in_review",
    });
    const since = full.data.map((i) => i.since);
    expect(since).toEqual([...since].sort());

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const page: Queue = await expectStatus<Queue>(
        await adminFetch(editor, "GET", `/admin/api/queue?limit=1${q}`),
        200,
      );
      expect(page.data.length).toBeLessThanOrEqual(1);
      seen.push(...page.data.map((i) => i.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(full.data.map((i) => i.id));

    const onlyDrafts = await expectStatus<Queue>(
      await adminFetch(editor, "GET", "/admin/api/queue?bucket=event_drafts"),
      200,
    );
    expect(onlyDrafts.data.map((i) => i.id)).toEqual([draft.id]);
    expect(onlyDrafts.counts.unreviewed_claims).toBe(1);
  });

  it("rejects a bad cursor or bucket with 400 naming the parameter", async () => {
    const editor = await loginAs("editor");
    const bad = await adminFetch(editor, "GET", "/admin/api/queue?cursor=not-a-cursor");
    expect((await expectStatus<{ errors: { path: string }[] }>(bad, 400)).errors[0]?.path).toBe(
      "query.cursor",
    );
    const bucket = await adminFetch(editor, "GET", "/admin/api/queue?bucket=nope");
    expect((await expectStatus<{ errors: { path: string }[] }>(bucket, 400)).errors[0]?.path).toBe(
      "query.bucket",
    );
  });

  it("needs a session", async () => {
    expect((await adminFetch(null, "GET", "/admin/api/queue")).status).toBe(401);
  });
});
