/**
 * Restoring a revision taken before a merge: the snapshot names a record that was merged away
 * since. The restore re-points the link to the survivor (and says so), never a dangling link.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { checkIntegrity } from "../../src/db/integrity/run";
import { expectStatus, makeClaim, makeEvent, makeSource, withVersion } from "./editing-support";
import { adminFetch, loginAs } from "./support/auth";

type Revisions = { data: { id: string; version: number; note: string | null }[] };

describe("restoring a revision that names a record merged since", () => {
  it("re-points a claim's event and an event's related event at the survivors", async () => {
    const reviewer = await loginAs("reviewer");
    const source = await makeSource(reviewer);
    const [loser, survivor, other] = [
      await makeEvent(reviewer),
      await makeEvent(reviewer),
      await makeEvent(reviewer),
    ];
    const claim = await makeClaim(reviewer, { sourceId: source.id, eventIds: [loser.id] });
    const related = await expectStatus<{ version: number }>(
      await withVersion(reviewer, "PATCH", `/admin/api/events/${other.id}`, other.version, {
        related: [{ eventId: loser.id, relation: "precedes" }],
      }),
      200,
    );
    // Version 1 of the claim and version 2 of the other event name the loser.
    const claimRevs = await expectStatus<Revisions>(
      await adminFetch(reviewer, "GET", `/admin/api/claims/${claim.id}/revisions`),
      200,
    );
    const eventRevs = await expectStatus<Revisions>(
      await adminFetch(reviewer, "GET", `/admin/api/events/${other.id}/revisions`),
      200,
    );
    await expectStatus(
      await adminFetch(reviewer, "POST", `/admin/api/events/${loser.id}/merge`, {
        into: survivor.id,
      }),
      200,
    );
    const claimNow = await expectStatus<{ version: number }>(
      await adminFetch(reviewer, "GET", `/admin/api/claims/${claim.id}`),
      200,
    );
    const first = claimRevs.data.find((r) => r.version === 1);
    const restored = await expectStatus<{ eventIds: string[] }>(
      await withVersion(
        reviewer,
        "POST",
        `/admin/api/claims/${claim.id}/revisions/${first?.id}/restore`,
        claimNow.version,
      ),
      200,
    );
    expect(restored.eventIds).toEqual([survivor.id]);

    const otherNow = await expectStatus<{ version: number }>(
      await adminFetch(reviewer, "GET", `/admin/api/events/${other.id}`),
      200,
    );
    const withRelation = eventRevs.data.find((r) => r.version === related.version);
    const event = await expectStatus<{ related: { eventId: string }[] }>(
      await withVersion(
        reviewer,
        "POST",
        `/admin/api/events/${other.id}/revisions/${withRelation?.id}/restore`,
        otherNow.version,
      ),
      200,
    );
    expect(event.related.map((r) => r.eventId)).toEqual([survivor.id]);
    const notes = await expectStatus<Revisions>(
      await adminFetch(reviewer, "GET", `/admin/api/events/${other.id}/revisions`),
      200,
    );
    expect(notes.data[0]?.note).toContain(`${loser.id} now ${survivor.id}`);
    expect(await checkIntegrity(env.DB)).toEqual([]);
  });
});
