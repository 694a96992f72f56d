import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { EventDetailSchema } from "../../src/routes/public/events/events.routes";
import type { SourceDetailSchema } from "../../src/routes/public/sources/sources.routes";
import { DEMO_EVENT_SLUG, DEMO_IDS } from "../../src/seed/demo-ids";
import { api, getJson } from "../support/api";
import { exec, makeActor, makeEvent } from "../support/factories";
import { seedDemo } from "../support/seed";

type Page = { data: { id: string; date: { value: string } | null }[]; next: string | null };
type Problem = { code: string; status: number; errors?: { path: string }[] };
type EventDetail = z.infer<typeof EventDetailSchema>;
type SourceDetail = z.infer<typeof SourceDetailSchema>;

const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

async function allPages(first: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let path: string | null = first;
  let pages = 0;
  while (path) {
    const page: Page = await getJson<Page>(path);
    ids.push(...page.data.map((e) => e.id));
    pages += 1;
    path = page.next ? pathOf(page.next) : null;
  }
  return { ids, pages };
}

beforeAll(async () => {
  await seedDemo();
});

describe("GET /v1/events/{idOrSlug}", () => {
  it("returns the recognition event by slug with claims, sources, actors, related events and the open date conflict", async () => {
    const body = await getJson<EventDetail>(`/v1/events/${DEMO_EVENT_SLUG}`);
    expect(body.event).toMatchObject({
      id: DEMO_IDS.events.recognition,
      kind: "diplomacy.recognition",
      status: "published",
      date: { value: "2025-07-04", precision: "day" },
    });
    expect(body.claims.length).toBeGreaterThanOrEqual(6);
    for (const claim of body.claims) {
      expect(claim.status).toBe("published");
      expect(claim.evidence.length).toBeGreaterThan(0);
      expect(claim.review?.verdict).toBeTruthy();
    }
    const modalities = body.claims.map((c) => c.modality);
    expect(modalities).toEqual(expect.arrayContaining(["assertion", "hedged", "prediction"]));
    expect(body.sources.map((s) => s.kind).sort()).toEqual([
      "article",
      "official_statement",
      "social_post",
    ]);
    expect(body.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(["Russia", "Taliban", "Afghanistan"]),
    );
    expect(body.relatedEvents.map((r) => [r.eventId, r.relation, r.direction])).toEqual(
      expect.arrayContaining([
        [DEMO_IDS.events.takeover2021, "precedes", "incoming"],
        [DEMO_IDS.events.rule1990s, "precedes", "incoming"],
        [DEMO_IDS.events.invasion2001, "precedes", "incoming"],
      ]),
    );
    expect(body.conflicts).toHaveLength(1);
    expect(body.conflicts[0]).toMatchObject({ property: "event.date", resolved: false });
    expect(body.conflicts[0]?.values.map((v) => v.value)).toEqual(["2025-07-03", "2025-07-04"]);
  });

  it("finds the same event by id", async () => {
    const body = await getJson<EventDetail>(`/v1/events/${DEMO_IDS.events.recognition}`);
    expect(body.event.slug).toBe(DEMO_EVENT_SLUG);
  });

  it("quotes evidence verbatim at its offsets in the source text", async () => {
    const body = await getJson<EventDetail>(`/v1/events/${DEMO_EVENT_SLUG}`);
    expect(body.sources.every((s) => (s as { text?: string }).text === undefined)).toBe(true);
    const texts = new Map<string, string>();
    for (const s of body.sources) {
      texts.set(s.id, (await getJson<SourceDetail>(`/v1/sources/${s.id}`)).source.text);
    }
    for (const claim of body.claims) {
      for (const ev of claim.evidence) {
        expect(
          (texts.get(ev.sourceId) as string).slice(ev.start ?? undefined, ev.end ?? undefined),
        ).toBe(ev.quote);
      }
    }
  });

  it("answers an unknown id with a 404 problem naming the path", async () => {
    const res = await api("/v1/events/no-such-event");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await res.json<Problem>();
    expect(body.code).toBe("not_found");
    expect(body.errors?.[0]?.path).toBe("path.id");
  });

  it("hides draft events (404) and their ids from related lists", async () => {
    const draft = await makeEvent({ title: "Secret draft", status: "draft" });
    await exec(
      "INSERT INTO event_relations (event_id, related_event_id, relation) VALUES (?, ?, 'precedes')",
      draft.id,
      DEMO_IDS.events.recognition,
    );
    expect((await api(`/v1/events/${draft.id}`)).status).toBe(404);
    expect((await api(`/v1/events/${draft.slug}`)).status).toBe(404);
    const body = await getJson<EventDetail>(`/v1/events/${DEMO_EVENT_SLUG}`);
    expect(JSON.stringify(body)).not.toContain(draft.id);
  });

  it("redirects a merged event to the winner with 308", async () => {
    const loser = await makeEvent({ title: "Duplicate of the recognition" });
    await exec(
      "UPDATE events SET merged_into = ?, status = 'retracted' WHERE id = ?",
      DEMO_IDS.events.recognition,
      loser.id,
    );
    const res = await api(`/v1/events/${loser.id}`, { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(`/v1/events/${DEMO_IDS.events.recognition}`);
  });

  it("serves schema.org Event JSON-LD for Accept: application/ld+json", async () => {
    const res = await api(`/v1/events/${DEMO_EVENT_SLUG}`, {
      headers: { accept: "application/ld+json" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/ld+json");
    expect(res.headers.get("vary")).toContain("Accept");
    const ld = await res.json<Record<string, unknown>>();
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("Event");
    expect(ld.name).toBe("Russia formally recognizes the Taliban government of Afghanistan");
    expect(ld.startDate).toBe("2025-07-04");
  });

  it("answers an Accept it cannot produce with 406", async () => {
    const res = await api(`/v1/events/${DEMO_EVENT_SLUG}`, { headers: { accept: "text/csv" } });
    expect(res.status).toBe(406);
    expect((await res.json<Problem>()).code).toBe("not_acceptable");
  });
});

describe("GET /v1/events", () => {
  it("lists published events newest first by date", async () => {
    const page = await getJson<Page>("/v1/events?limit=100");
    const seeded = page.data.filter((e) => Object.values(DEMO_IDS.events).includes(e.id as never));
    expect(seeded.map((e) => e.date?.value)).toEqual(["2025-07-04", "2021-08", "2001", "1990s"]);
  });

  it("filters by text, actor, place and kind", async () => {
    const ids = async (q: string) => (await getJson<Page>(`/v1/events?${q}`)).data.map((e) => e.id);
    expect(await ids("q=invasion")).toEqual([DEMO_IDS.events.invasion2001]);
    expect(await ids("q=TALIBAN%20recogn")).toEqual([DEMO_IDS.events.recognition]);
    expect(await ids(`actor=${DEMO_IDS.actors.nato}`)).toEqual([DEMO_IDS.events.takeover2021]);
    expect(await ids("place=RU")).toEqual([DEMO_IDS.events.recognition]);
    expect(await ids("kind=conflict.invasion")).toEqual([DEMO_IDS.events.invasion2001]);
    expect(await ids("kind=diplomacy.recognition&place=AF")).toEqual([DEMO_IDS.events.recognition]);
  });

  it("filters by date ranges that overlap the event's partial date", async () => {
    const ids = async (q: string) => (await getJson<Page>(`/v1/events?${q}`)).data.map((e) => e.id);
    // 1990s overlaps 1996; 2001 overlaps 2001-10; 2021-08 overlaps 2021.
    expect(await ids("from=1996&to=1996")).toEqual([DEMO_IDS.events.rule1990s]);
    expect(await ids("from=2001-10&to=2001-10")).toEqual([DEMO_IDS.events.invasion2001]);
    expect(await ids("from=2021&to=2021")).toEqual([DEMO_IDS.events.takeover2021]);
    expect(await ids("from=2025-07-04")).toContain(DEMO_IDS.events.recognition);
    expect(await ids("from=2025-07-05&to=2025-12")).not.toContain(DEMO_IDS.events.recognition);
    expect(await ids("to=1989")).toEqual([]);
  });

  it("filters by updated_since", async () => {
    const fresh = await makeEvent({
      title: "Updated later",
      updatedAt: "2030-01-01T00:00:00.000Z",
    });
    const ids = (await getJson<Page>("/v1/events?updated_since=2029-12-31T00:00:00Z")).data.map(
      (e) => e.id,
    );
    expect(ids).toEqual([fresh.id]);
  });

  it("pages through every event with limit=1 and an opaque cursor, repeating none", async () => {
    const all = (await getJson<Page>("/v1/events?limit=100")).data.map((e) => e.id);
    const walked = await allPages("/v1/events?limit=1");
    expect(walked.ids).toEqual(all);
    expect(walked.pages).toBe(all.length);
  });

  it("pages through undated events after dated ones", async () => {
    const undated = await makeEvent({ title: "No date yet", date: null });
    const undated2 = await makeEvent({ title: "No date either", date: null });
    const walked = await allPages("/v1/events?limit=2");
    expect(walked.ids.slice(-2).sort()).toEqual([undated.id, undated2.id].sort());
    expect(new Set(walked.ids).size).toBe(walked.ids.length);
  });

  it("gives a Link header with rel=next matching the body", async () => {
    const res = await api("/v1/events?limit=1");
    const body = await res.json<Page>();
    expect(body.next).toBeTruthy();
    expect(res.headers.get("link")).toBe(`<${body.next}>; rel="next"`);
  });

  it("returns one page with next null when everything fits exactly", async () => {
    const count = (await getJson<Page>("/v1/events?limit=100")).data.length;
    const res = await api(`/v1/events?limit=${count}`);
    const body = await res.json<Page>();
    expect(body.data).toHaveLength(count);
    expect(body.next).toBeNull();
    expect(res.headers.get("link")).toBeNull();
  });

  it("names each event's actors and their kinds in the list, so one request renders it", async () => {
    const person = await makeActor({ name: "Quokka Envoy", kind: "person" });
    const country = await makeActor({ name: "Quokkaland", kind: "country" });
    const event = await makeEvent({
      title: "Quokka summit",
      actors: [
        { actorId: person, role: "participant" },
        { actorId: country, role: "initiator" },
      ],
    });
    type Named = { actorId: string; role: string; name: string; kind: string };
    const page = await getJson<{ data: { id: string; actors: Named[] }[] }>("/v1/events?q=quokka");
    expect(page.data.map((e) => e.id)).toEqual([event.id]);
    expect(page.data[0]?.actors).toEqual(
      [
        { actorId: person, role: "participant", name: "Quokka Envoy", kind: "person" },
        { actorId: country, role: "initiator", name: "Quokkaland", kind: "country" },
      ].sort((a, b) => (a.actorId < b.actorId ? -1 : 1)),
    );
    // The detail's event says the same.
    const detail = await getJson<{ event: { actors: Named[] } }>(`/v1/events/${event.slug}`);
    expect(detail.event.actors).toEqual(page.data[0]?.actors);
  });

  it("returns an empty page when nothing matches", async () => {
    const body = await getJson<Page>("/v1/events?q=zzzznothing");
    expect(body).toEqual({ data: [], next: null });
  });

  it("never lists drafts, retracted or merged events", async () => {
    const actor = await makeActor({ name: "Draft-only actor" });
    const draft = await makeEvent({
      title: "Zebra draft event",
      status: "draft",
      actors: [{ actorId: actor, role: "initiator" }],
    });
    const retracted = await makeEvent({ title: "Zebra retracted event", status: "retracted" });
    const walked = await allPages("/v1/events?limit=100");
    expect(walked.ids).not.toContain(draft.id);
    expect(walked.ids).not.toContain(retracted.id);
    expect((await getJson<Page>("/v1/events?q=zebra")).data).toEqual([]);
    expect((await getJson<Page>(`/v1/events?actor=${actor}`)).data).toEqual([]);
  });

  it.each([
    ["cursor=not-a-cursor", "query.cursor"],
    ["cursor=eyJrIjoiY2xhaW1zIiwidiI6e319", "query.cursor"],
    ["limit=0", "query.limit"],
    ["limit=101", "query.limit"],
    ["limit=abc", "query.limit"],
    ["from=2025-02-30", "query.from"],
    ["kind=unknown.kind", "query.kind"],
    ["actor=russia", "query.actor"],
    ["place=Russia", "query.place"],
    ["updated_since=yesterday", "query.updated_since"],
    ["q=%22%22", "query.q"],
  ])("rejects %s with a 400 naming %s", async (query, path) => {
    const res = await api(`/v1/events?${query}`);
    expect(res.status).toBe(400);
    const body = await res.json<Problem>();
    expect(body.code).toBe("validation_failed");
    expect(body.errors?.map((e) => e.path)).toContain(path);
  });
});
