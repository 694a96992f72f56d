import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_IDS } from "../../src/seed/demo-ids";
import { seedDemo } from "../support/seed";
import { expectStatus, withVersion } from "./editing-support";
import { adminFetch, loginAs, type TestSession } from "./support/auth";

type ConflictBody = {
  key: string;
  eventId: string;
  property: string;
  resolved: boolean;
  preferredValue: string | null;
  values: { value: string; claimIds: string[] }[];
  claims: { id: string; rank: string; rankReason: string | null; version: number }[];
  event: { id: string; title: string } | null;
};

const event = DEMO_IDS.events.recognition;
const july4 = DEMO_IDS.claims.postDate;
const july3 = DEMO_IDS.claims.ministryDate;

let editor: TestSession;
let reviewer: TestSession;

beforeAll(async () => {
  await seedDemo();
  editor = await loginAs("editor");
  reviewer = await loginAs("reviewer");
});

describe("conflicts on the seeded recognition date", () => {
  it("lists the open conflict with its values and claims", async () => {
    const res = await adminFetch(editor, "GET", "/admin/api/conflicts");
    const { data } = await expectStatus<{ data: ConflictBody[] }>(res, 200);
    const conflict = data.find((c) => c.eventId === event && c.property === "event.date");
    expect(conflict).toBeDefined();
    expect(conflict?.resolved).toBe(false);
    expect(conflict?.event).toEqual({ id: event, title: expect.stringContaining("Taliban") });
    const byValue = Object.fromEntries(conflict?.values.map((v) => [v.value, v.claimIds]) ?? []);
    expect(byValue["2025-07-03"]).toContain(july3);
    expect(byValue["2025-07-04"]).toContain(july4);
    expect(conflict?.claims.map((c) => c.id)).toEqual(expect.arrayContaining([july3, july4]));
    // The queue counts it too.
    const queue = await expectStatus<{ counts: Record<string, number> }>(
      await adminFetch(editor, "GET", "/admin/api/queue"),
      200,
    );
    expect(queue.counts.open_conflicts).toBe(data.length);
  });

  it("refuses resolution by an editor and names claims outside the conflict", async () => {
    const body = {
      eventId: event,
      property: "event.date",
      preferredClaimIds: [july3],
      deprecated: [{ claimId: july4, reason: "A day late" }],
    };
    expect((await adminFetch(editor, "POST", "/admin/api/conflicts/resolve", body)).status).toBe(
      403,
    );
    const outsider = await adminFetch(reviewer, "POST", "/admin/api/conflicts/resolve", {
      ...body,
      preferredClaimIds: [DEMO_IDS.claims.takeover],
    });
    const problem = await expectStatus<{ errors: { path: string }[] }>(outsider, 400);
    expect(problem.errors[0]?.path).toBe("body.preferredClaimIds.0");
  });

  it("resolves it by ranking: preferred and deprecated with reasons, recorded as revisions", async () => {
    const res = await adminFetch(reviewer, "POST", "/admin/api/conflicts/resolve", {
      eventId: event,
      property: "event.date",
      preferredClaimIds: [july3],
      reason: "The ministry's own announcement is dated 3 July 2025",
      deprecated: [{ claimId: july4, reason: "The post came a day after the announcement" }],
    });
    const body = await expectStatus<{ conflict: ConflictBody; updated: { id: string }[] }>(
      res,
      200,
    );
    expect(body.conflict).toMatchObject({ resolved: true, preferredValue: "2025-07-03" });
    expect(body.updated.map((c) => c.id).sort()).toEqual([july3, july4].sort());
    const ranks = Object.fromEntries(body.conflict.claims.map((c) => [c.id, c]));
    expect(ranks[july3]).toMatchObject({ rank: "preferred" });
    expect(ranks[july4]).toMatchObject({
      rank: "deprecated",
      rankReason: "The post came a day after the announcement",
    });

    const open = await expectStatus<{ data: ConflictBody[] }>(
      await adminFetch(editor, "GET", "/admin/api/conflicts"),
      200,
    );
    expect(open.data.some((c) => c.eventId === event && c.property === "event.date")).toBe(false);
    const all = await expectStatus<{ data: ConflictBody[] }>(
      await adminFetch(editor, "GET", "/admin/api/conflicts?include=all"),
      200,
    );
    expect(all.data.find((c) => c.eventId === event)?.resolved).toBe(true);

    for (const id of [july3, july4]) {
      const revs = await expectStatus<{ data: { action: string; diff: { path: string }[] }[] }>(
        await adminFetch(editor, "GET", `/admin/api/claims/${id}/revisions`),
        200,
      );
      expect(revs.data[0]?.action).toBe("rank");
      expect(revs.data[0]?.diff.map((d) => d.path)).toContain("rank");
    }
  });

  it("sets one claim's rank with PUT …/rank, needing a reason unless normal", async () => {
    const claim = await expectStatus<{ version: number }>(
      await adminFetch(reviewer, "GET", `/admin/api/claims/${july4}`),
      200,
    );
    const noReason = await withVersion(
      reviewer,
      "PUT",
      `/admin/api/claims/${july4}/rank`,
      claim.version,
      {
        rank: "preferred",
      },
    );
    expect(
      (await expectStatus<{ errors: { path: string }[] }>(noReason, 400)).errors[0]?.path,
    ).toBe("body.reason");
    const stale = await withVersion(
      reviewer,
      "PUT",
      `/admin/api/claims/${july4}/rank`,
      claim.version - 1,
      {
        rank: "normal",
      },
    );
    expect(stale.status).toBe(412);
    const res = await withVersion(
      reviewer,
      "PUT",
      `/admin/api/claims/${july4}/rank`,
      claim.version,
      {
        rank: "normal",
      },
    );
    expect(await expectStatus(res, 200)).toMatchObject({
      rank: "normal",
      version: claim.version + 1,
    });
    // Back to normal, 4 July contradicts the preferred 3 July again: the conflict reopens.
    const open = await expectStatus<{ data: ConflictBody[] }>(
      await adminFetch(editor, "GET", "/admin/api/conflicts"),
      200,
    );
    expect(open.data.some((c) => c.eventId === event && c.property === "event.date")).toBe(true);
  });
});
