import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ClaimDetailSchema } from "../../src/routes/public/claims/claims.routes";
import { DEMO_IDS } from "../../src/seed/demo-ids";
import { adminFetch, loginAs } from "../admin/support/auth";
import { api, getJson } from "../support/api";
import { exec, makeClaim, makeEvent, makeSource } from "../support/factories";
import { seedDemo } from "../support/seed";

type Page = {
  data: { id: string; modality: string; review: { verdict: string } | null }[];
  next: string | null;
};
type Problem = { code: string; errors?: { path: string }[] };
type ClaimDetail = z.infer<typeof ClaimDetailSchema>;
const ids = async (q: string) => (await getJson<Page>(`/v1/claims?${q}`)).data.map((c) => c.id);

beforeAll(async () => {
  await seedDemo();
});

describe("GET /v1/claims", () => {
  it("lists the published claims", async () => {
    const all = await ids("limit=100");
    expect(all).toEqual(expect.arrayContaining(Object.values(DEMO_IDS.claims)));
  });

  it("filters by event, verdict, modality and text", async () => {
    expect((await ids(`event=${DEMO_IDS.events.invasion2001}`)).sort()).toEqual([
      DEMO_IDS.claims.invasion,
    ]);
    expect((await ids("verdict=mixed")).sort()).toEqual([DEMO_IDS.claims.announcedJuly4]);
    expect(await ids("modality=hedged")).toEqual([DEMO_IDS.claims.implications]);
    expect(await ids("modality=prediction")).toEqual([DEMO_IDS.claims.paveTheWay]);
    expect(await ids("q=pave%20the%20way")).toEqual([DEMO_IDS.claims.paveTheWay]);
    expect((await ids("verdict=unproven&modality=opinion")).sort()).toEqual([
      DEMO_IDS.claims.isisMotive,
    ]);
  });

  it("filters by updated_since and pages with a cursor", async () => {
    const src = await makeSource();
    const a = await makeClaim({ sourceId: src, updatedAt: "2031-01-01T00:00:00.000Z" });
    const b = await makeClaim({ sourceId: src, updatedAt: "2031-01-02T00:00:00.000Z" });
    const first = await getJson<Page>("/v1/claims?updated_since=2030-12-31T00:00:00Z&limit=1");
    expect(first.data.map((c) => c.id)).toEqual([b]);
    expect(first.next).toBeTruthy();
    const u = new URL(first.next as string);
    const second = await getJson<Page>(`${u.pathname}${u.search}`);
    expect(second.data.map((c) => c.id)).toEqual([a]);
    expect(second.next).toBeNull();
  });

  it("uses the latest review as the verdict", async () => {
    // A later review through the admin API (the stored current verdict follows it).
    const reviewer = await loginAs("reviewer");
    const res = await adminFetch(
      reviewer,
      "POST",
      `/admin/api/claims/${DEMO_IDS.claims.isisMotive}/reviews`,
      { verdict: "false", rationale: "later review" },
    );
    expect(res.status).toBe(201);
    expect(await ids("verdict=false")).toEqual([DEMO_IDS.claims.isisMotive]);
    expect(await ids("verdict=unproven")).not.toContain(DEMO_IDS.claims.isisMotive);
  });

  it("never lists unpublished claims", async () => {
    const src = await makeSource();
    const hidden = await makeClaim({
      sourceId: src,
      text: "Quokka unreviewed claim",
      status: "unreviewed",
    });
    expect(await ids("limit=100")).not.toContain(hidden);
    expect(await ids("q=quokka")).toEqual([]);
  });

  it.each([
    ["verdict=maybe", "query.verdict"],
    ["modality=shouting", "query.modality"],
    ["event=evt_nope", "query.event"],
    ["cursor=%%%", "query.cursor"],
    ["limit=101", "query.limit"],
    ["q=---", "query.q"],
  ])("rejects %s with a 400 naming %s", async (query, path) => {
    const res = await api(`/v1/claims?${query}`);
    expect(res.status).toBe(400);
    expect((await res.json<Problem>()).errors?.map((e) => e.path)).toContain(path);
  });
});

describe("GET /v1/claims/{id}", () => {
  it("returns the claim with evidence, verdict, events, sources and claimant", async () => {
    const body = await getJson<ClaimDetail>(`/v1/claims/${DEMO_IDS.claims.ministryDate}`);
    expect(body.claim).toMatchObject({
      id: DEMO_IDS.claims.ministryDate,
      assertion: { property: "event.date", value: "2025-07-03" },
      rank: "normal",
      review: { verdict: "true" },
    });
    expect(body.events.map((e) => e.id)).toEqual([DEMO_IDS.events.recognition]);
    expect(body.sources[0]).toMatchObject({
      kind: "official_statement",
      publisher: "Ministry of Foreign Affairs of the Russian Federation",
      url: null,
    });
    expect(body.sources[0]?.note).toMatch(/demo/i);
    expect(body.actors.map((a) => a.name)).toEqual(["Russia"]);
  });

  it("serves ClaimReview JSON-LD with the verdict's rating", async () => {
    const res = await api(`/v1/claims/${DEMO_IDS.claims.recognized}`, {
      headers: { accept: "application/ld+json, application/json;q=0.5" },
    });
    expect(res.headers.get("content-type")).toBe("application/ld+json");
    const ld = await res.json<{
      "@type": string;
      reviewRating: unknown;
      itemReviewed: { "@type": string };
    }>();
    expect(ld["@type"]).toBe("ClaimReview");
    expect(ld.reviewRating).toMatchObject({ ratingValue: 5, bestRating: 5, worstRating: 1 });
    expect(ld.itemReviewed["@type"]).toBe("Claim");
  });

  it("answers Accept: text/csv with 406", async () => {
    const res = await api(`/v1/claims/${DEMO_IDS.claims.recognized}`, {
      headers: { accept: "text/csv" },
    });
    expect(res.status).toBe(406);
  });

  it("answers 404 for unpublished and unknown claims, 400 for a malformed id", async () => {
    const src = await makeSource();
    const ev = await makeEvent();
    const draft = await makeClaim({ sourceId: src, eventIds: [ev.id], status: "in_review" });
    expect((await api(`/v1/claims/${draft}`)).status).toBe(404);
    expect((await api("/v1/claims/clm_01JZ0DEM000000000000009999")).status).toBe(404);
    const bad = await api("/v1/claims/nope");
    expect(bad.status).toBe(400);
    expect((await bad.json<Problem>()).errors?.[0]?.path).toBe("param.id");
  });

  it("redirects a merged claim to the winner with 308", async () => {
    const src = await makeSource();
    const loser = await makeClaim({ sourceId: src });
    await exec("UPDATE claims SET merged_into = ? WHERE id = ?", DEMO_IDS.claims.recognized, loser);
    const res = await api(`/v1/claims/${loser}`, { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(`/v1/claims/${DEMO_IDS.claims.recognized}`);
  });
});

describe("what the public record does not show", () => {
  it("publishes no internal user ids: no claim author, no reviewer id, in detail, list and export", async () => {
    const sourceId = await makeSource({ title: "Ids source" });
    const eventId = (await makeEvent({ title: "Ids event" })).id;
    const id = await makeClaim({ sourceId, eventIds: [eventId], verdict: "true" });
    await exec(
      "UPDATE claims SET created_by = ? WHERE id = ?",
      "usr_01JZ0000000000000000000000",
      id,
    );
    const detail = await (await api(`/v1/claims/${id}`)).json<{ claim: Record<string, unknown> }>();
    expect(detail.claim.review).toMatchObject({ verdict: "true" });
    expect(JSON.stringify(detail)).not.toMatch(/reviewerId|createdBy|usr_/);
    const event = await (await api(`/v1/events/${eventId}`)).text();
    expect(event).not.toMatch(/reviewerId|createdBy|usr_/);
    const list = await (await api(`/v1/claims?event=${eventId}`)).text();
    expect(list).not.toMatch(/reviewerId|createdBy|usr_/);
    const exported = await (await api("/v1/export.ndjson")).text();
    expect(exported).toContain(id);
    expect(exported).not.toMatch(/reviewerId|createdBy|usr_/);
  });

  it("escapes < in JSON-LD so a quoted </script> cannot end an embedding script element", async () => {
    const sourceId = await makeSource({ title: "Script source" });
    const id = await makeClaim({ sourceId, text: "He wrote </script><script>alert(1)</script>" });
    const res = await api(`/v1/claims/${id}`, { headers: { accept: "application/ld+json" } });
    const body = await res.text();
    expect(body).not.toContain("</script>");
    expect(body).not.toContain("<");
    expect(JSON.stringify(JSON.parse(body))).toContain("</script><script>alert(1)</script>");
  });
});
