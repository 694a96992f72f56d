import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_IDS } from "../../src/seed/demo-ids";
import { api, getJson } from "../support/api";
import { makeClaim, makeEvent, makeSource } from "../support/factories";
import { seedDemo } from "../support/seed";

type Hit = {
  type: string;
  id: string;
  title: string;
  snippet: string;
  score: number;
  href: string;
};
type Result = { data: Hit[]; query: string; next: string | null };
const search = (q: string, extra = "") =>
  getJson<Result>(`/v1/search?q=${encodeURIComponent(q)}${extra}`);

beforeAll(async () => {
  await seedDemo();
});

describe("GET /v1/search", () => {
  it("finds events, claims and sources, best match first, with <mark> snippets", async () => {
    const { data } = await search("taliban government");
    expect(new Set(data.map((h) => h.type))).toEqual(new Set(["event", "claim", "source"]));
    const scores = data.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    for (const hit of data) expect(hit.snippet).toMatch(/<mark>(taliban|government)<\/mark>/i);
    expect(data[0]?.href).toMatch(/^http:\/\/factline\.test\/v1\/(events|claims|sources)\//);
  });

  it("matches the last word as a prefix", async () => {
    const ids = (await search("formally recogn", "&type=event")).data.map((h) => h.id);
    expect(ids).toContain(DEMO_IDS.events.recognition);
  });

  it("restricts to the given types", async () => {
    const { data } = await search("taliban", "&type=claim");
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((h) => h.type === "claim")).toBe(true);
  });

  it("ignores accents and case", async () => {
    expect((await search("AFGHÁNISTAN")).data.length).toBeGreaterThan(0);
  });

  it.each([
    ['"unbalanced taliban', false],
    ['"taliban', true],
    ['taliban"', true],
    ["NEAR(taliban russia", false],
    ["NEAR(taliban russia) NEAR", false],
    ["NEAR(", false],
    ["taliban*", true],
    ["-taliban", true],
    ["russia -taliban", true],
    ["russia AND OR NOT taliban", true],
    ["(russia", true],
    ["russia)", true],
    ["title:russia", false],
    ["^russia", true],
    ["русский", false],
    ["塔利班", false],
    ["🇦🇫 afghanistan", true],
  ])("answers 200 for %s (hits: %s) and never a 5xx", async (q, expectHits) => {
    const res = await api(`/v1/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    const body = await res.json<Result>();
    expect(body.data.length > 0).toBe(expectHits);
  });

  it.each(["", "   ", '""', "***", "-", "()", "NEAR("])(
    "answers %j with a 400 naming query.q when it has no word",
    async (q) => {
      if (q === "NEAR(") return; // NEAR is a word: covered above.
      const res = await api(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(400);
      const body = await res.json<{ errors: { path: string }[] }>();
      expect(body.errors.map((e) => e.path)).toEqual(["query.q"]);
    },
  );

  it("pages by keyset cursor: the pages at limit=2 are the one big page, none repeated", async () => {
    const source = await makeSource({ title: "Numbat almanac" });
    const event = await makeEvent({ title: "Numbat census", summary: "numbat numbat" });
    // Ties on purpose: identical claims score the same, so the rowid must break them.
    for (let i = 0; i < 5; i++) await makeClaim({ text: "A numbat was seen", sourceId: source });
    await makeClaim({ text: "Numbat numbat numbat count", sourceId: source, eventIds: [event.id] });
    const whole = await search("numbat", "&limit=100");
    expect(whole.next).toBeNull();
    expect(whole.data.length).toBeGreaterThanOrEqual(8);

    const walked: Hit[] = [];
    let path: string | null = "/v1/search?q=numbat&limit=2";
    let pages = 0;
    while (path) {
      const res = await api(path);
      const page = await res.json<Result>();
      walked.push(...page.data);
      pages += 1;
      if (page.next) expect(res.headers.get("link")).toBe(`<${page.next}>; rel="next"`);
      path = page.next ? new URL(page.next).pathname + new URL(page.next).search : null;
    }
    expect(walked.map((h) => `${h.type}:${h.id}`)).toEqual(
      whole.data.map((h) => `${h.type}:${h.id}`),
    );
    expect(pages).toBe(Math.ceil(whole.data.length / 2));
  });

  it("rejects a cursor from another list with a 400 naming query.cursor", async () => {
    const events = await getJson<{ next: string }>("/v1/events?limit=1");
    const cursor = new URL(events.next).searchParams.get("cursor");
    const res = await api(`/v1/search?q=taliban&cursor=${cursor}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("query.cursor");
  });

  it("requires q and a known type", async () => {
    expect((await api("/v1/search")).status).toBe(400);
    const res = await api("/v1/search?q=russia&type=event,tweet");
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("query.type");
  });

  it("escapes stored markup in snippets", async () => {
    const src = await makeSource({ title: "<script>alert(1)</script> wombat report" });
    await makeClaim({ sourceId: src, text: "Wombat <b>claim</b> here" });
    const { data } = await search("wombat");
    expect(data.length).toBe(2);
    for (const hit of data) {
      expect(hit.snippet).not.toMatch(/<(script|b)>/);
      expect(hit.snippet).toContain("<mark>");
    }
  });

  it("never returns unpublished records", async () => {
    const src = await makeSource({ title: "Platypus source", text: "platypus" });
    await makeClaim({ sourceId: src, text: "Platypus draft claim", status: "unreviewed" });
    await makeEvent({ title: "Platypus draft event", status: "draft" });
    expect((await search("platypus")).data).toEqual([]);
  });
});
