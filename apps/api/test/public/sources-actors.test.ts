import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ActorDetailSchema } from "../../src/routes/public/actors/actors.routes";
import type { SourceDetailSchema } from "../../src/routes/public/sources/sources.routes";
import { DEMO_IDS } from "../../src/seed/demo-ids";
import { api, getJson } from "../support/api";
import { exec, makeActor, makeClaim, makeEvent, makeSource } from "../support/factories";
import { seedDemo } from "../support/seed";

type Page = { data: { id: string; name: string }[]; next: string | null };
type SourceDetail = z.infer<typeof SourceDetailSchema>;
type ActorDetail = z.infer<typeof ActorDetailSchema>;

beforeAll(async () => {
  await seedDemo();
});

describe("GET /v1/sources/{id}", () => {
  it("returns the article with its embedded post and the claims citing it", async () => {
    const body = await getJson<SourceDetail>(`/v1/sources/${DEMO_IDS.sources.article}`);
    expect(body.source).toMatchObject({ kind: "article", url: null, language: "en" });
    expect(body.source.text).toContain("Russia’s recognition could lead");
    expect(body.source.text).not.toContain("β");
    expect(body.embeds.map((s) => s.id)).toEqual([DEMO_IDS.sources.post]);
    expect(body.claims.map((c) => c.id)).toContain(DEMO_IDS.claims.recognized);
  });

  it("returns the post with the article it is embedded in", async () => {
    const body = await getJson<SourceDetail>(`/v1/sources/${DEMO_IDS.sources.post}`);
    expect(body.source).toMatchObject({
      kind: "social_post",
      author: "@LegitTargets",
      embeddedIn: DEMO_IDS.sources.article,
    });
    expect(body.source.publishedDate?.value).toBe("2025-07-04");
    expect(body.embeddedIn?.id).toBe(DEMO_IDS.sources.article);
  });

  it("hides sources no published claim cites, and retracted ones", async () => {
    const uncited = await makeSource();
    const onlyDraft = await makeSource();
    await makeClaim({ sourceId: onlyDraft, status: "unreviewed" });
    const retracted = await makeSource({ status: "retracted" });
    await makeClaim({ sourceId: retracted });
    for (const id of [uncited, onlyDraft, retracted]) {
      expect((await api(`/v1/sources/${id}`)).status).toBe(404);
    }
  });
});

describe("GET /v1/actors", () => {
  it("lists actors of published events by name, hiding those only in drafts", async () => {
    const hidden = await makeActor({ name: "Aardvark Front" });
    await makeEvent({ status: "draft", actors: [{ actorId: hidden, role: "initiator" }] });
    const page = await getJson<Page>("/v1/actors?limit=100");
    const names = page.data.map((a) => a.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(
      expect.arrayContaining(["Russia", "Taliban", "NATO", "Al-Qaeda", "United States"]),
    );
    expect(names).not.toContain("Aardvark Front");
    // Named in the article but in no published event or claim: not public.
    expect(names).not.toContain("ISIS");
  });

  it("filters by name or alias and by kind, and pages by cursor", async () => {
    expect((await getJson<Page>("/v1/actors?q=russian%20fed")).data.map((a) => a.name)).toEqual([
      "Russia",
    ]);
    expect((await getJson<Page>("/v1/actors?kind=group")).data.map((a) => a.name)).toEqual([
      "Al-Qaeda",
      "Taliban",
    ]);
    const first = await getJson<Page>("/v1/actors?limit=2");
    const u = new URL(first.next as string);
    const second = await getJson<Page>(`${u.pathname}${u.search}`);
    expect(
      second.data[0]?.name && first.data[1]?.name && second.data[0].name > first.data[1].name,
    ).toBe(true);
  });

  it("treats LIKE wildcards in q as plain text", async () => {
    expect((await getJson<Page>("/v1/actors?q=%25")).data).toEqual([]);
    expect((await getJson<Page>("/v1/actors?q=_")).data).toEqual([]);
  });

  it("rejects a bad kind, limit or cursor with 400", async () => {
    for (const [q, path] of [
      ["kind=planet", "query.kind"],
      ["limit=0", "query.limit"],
      ["cursor=abc", "query.cursor"],
    ]) {
      const res = await api(`/v1/actors?${q}`);
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain(path);
    }
  });
});

describe("GET /v1/actors/{id}", () => {
  it("returns the actor and its published events, latest first", async () => {
    const body = await getJson<ActorDetail>(`/v1/actors/${DEMO_IDS.actors.taliban}`);
    expect(body.actor).toMatchObject({ name: "Taliban", kind: "group" });
    expect(body.events.map((e) => e.id)).toEqual([
      DEMO_IDS.events.recognition,
      DEMO_IDS.events.takeover2021,
      DEMO_IDS.events.invasion2001,
      DEMO_IDS.events.rule1990s,
    ]);
  });

  it("carries external ids", async () => {
    const body = await getJson<ActorDetail>(`/v1/actors/${DEMO_IDS.actors.russia}`);
    expect(body.actor.externalIds).toEqual({ wikidata: "Q159", iso3166: "RU" });
  });

  it("answers 404 for an actor outside the published record and 308 for a merged one", async () => {
    expect((await api(`/v1/actors/${DEMO_IDS.actors.isis}`)).status).toBe(404);
    const dup = await makeActor({ name: "Russian Federation (dup)" });
    await exec("UPDATE actors SET merged_into = ? WHERE id = ?", DEMO_IDS.actors.russia, dup);
    const res = await api(`/v1/actors/${dup}`, { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(`/v1/actors/${DEMO_IDS.actors.russia}`);
  });
});
