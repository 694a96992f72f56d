import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_EVENT_SLUG, DEMO_IDS } from "../../src/seed/demo-ids";
import { api, getJson } from "../support/api";
import { seedDemo } from "../support/seed";

beforeAll(async () => {
  await seedDemo();
});

describe("GET /v1/events/{idOrSlug}", () => {
  it("returns the seeded recognition event with claims, sources, actors, related events and the date conflict", async () => {
    const body = await getJson<any>(`/v1/events/${DEMO_EVENT_SLUG}`);
    expect(body.event.id).toBe(DEMO_IDS.events.recognition);
    expect(body.event.date.value).toBe("2025-07-04");
    expect(body.claims.length).toBeGreaterThan(3);
    expect(body.conflicts).toHaveLength(1);
    expect(body.conflicts[0].property).toBe("event.date");
    expect(body.relatedEvents.map((r: any) => r.eventId)).toContain(DEMO_IDS.events.takeover2021);
  });
});
