import { env } from "cloudflare:workers";
import type { Claim, Event } from "@factline/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_IDS } from "../../src/seed/demo-ids";
import { seedDemo } from "../support/seed";
import { expectStatus } from "./editing-support";
import { acceptIngest, counts, defaultSelection, startIngest } from "./ingest-support";
import { loginAs } from "./support/auth";

// The demo database (`pnpm db:seed`): the seed article's actors and events are already stored,
// so ingest matches them by id and an editor can attach the new article to the stored event.
beforeAll(async () => {
  await seedDemo();
});

describe("ingesting into the demo database", () => {
  it("matches the stored actors and suggests the stored recognition event", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, {
      text: `${env.SEED_ARTICLE}\nA second outlet's copy, for the demo test.\n`,
    });
    const main = draft.result.mainEvent;
    const byRole = Object.fromEntries((main?.actors ?? []).map((a) => [a.role, a.actorId]));
    expect(byRole.initiator).toBe(DEMO_IDS.actors.russia);
    expect(byRole.target).toBe(DEMO_IDS.actors.taliban);
    expect(main?.matches[0]?.eventId).toBe(DEMO_IDS.events.recognition);

    const before = await counts();
    const out = await expectStatus<{ event: Event; claims: Claim[]; actors: unknown[] }>(
      await acceptIngest(editor, draft.id, {
        ...defaultSelection(draft.result),
        event: { attachTo: main?.matches[0]?.eventId },
      }),
      201,
    );
    expect(out.event.id).toBe(DEMO_IDS.events.recognition);
    expect(out.actors).toEqual([]);
    for (const claim of out.claims) expect(claim.eventIds).toEqual([DEMO_IDS.events.recognition]);
    const after = await counts();
    expect(after.events).toBe(before.events);
    expect(after.actors).toBe(before.actors);
    expect(after.sources).toBe(before.sources + 2);
  });

  it("recognises the seed article itself as the stored demo article by its content hash", async () => {
    const editor = await loginAs("editor");
    const draft = await startIngest(editor, { text: env.SEED_ARTICLE });
    expect(draft.duplicateOf).toMatchObject({
      sourceId: DEMO_IDS.sources.article,
      matchedBy: "content_hash",
    });
  });
});
